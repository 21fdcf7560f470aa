// A small classic-BPF interpreter for seccomp programs, for tests: runs a
// program over one struct seccomp_data and returns the filter's verdict.
// Supports what seccomp filters use (absolute word loads, ALU with K/X,
// jumps, index register, scratch memory, returns) and checks what the kernel
// checks at run time (bounds, aligned loads, falling off the end).
import { fromBuffer, type RawIns } from './bpf.js';
import { InternalError } from '../errors.js';

export interface SeccompData {
  nr: number;
  arch: number;
  instructionPointer?: bigint;
  /** Up to six uint64 arguments; missing ones are 0. */
  args?: bigint[];
}

const SECCOMP_DATA_SIZE = 64;

function encodeSeccompData(d: SeccompData): Buffer {
  const buf = Buffer.alloc(SECCOMP_DATA_SIZE);
  buf.writeInt32LE(d.nr | 0, 0);
  buf.writeUInt32LE(d.arch >>> 0, 4);
  buf.writeBigUInt64LE(BigInt.asUintN(64, d.instructionPointer ?? 0n), 8);
  for (let i = 0; i < 6; i++) buf.writeBigUInt64LE(BigInt.asUintN(64, d.args?.[i] ?? 0n), 16 + 8 * i);
  return buf;
}

const CLASS = (c: number): number => c & 0x07;
const SIZE = (c: number): number => c & 0x18;
const MODE = (c: number): number => c & 0xe0;
const OP = (c: number): number => c & 0xf0;
const SRC_X = (c: number): boolean => (c & 0x08) !== 0;

interface State {
  a: number;
  x: number;
  mem: Uint32Array;
  data: Buffer;
}

function load(s: State, ins: RawIns): number {
  const mode = MODE(ins.code);
  if (mode === 0x80) return SECCOMP_DATA_SIZE; // BPF_LEN
  if (mode === 0x00) return ins.k >>> 0; // BPF_IMM
  if (mode === 0x60) return s.mem[ins.k & 15]; // BPF_MEM
  if (mode === 0x20 && SIZE(ins.code) === 0x00) {
    // BPF_ABS, word: seccomp only allows aligned 32-bit loads in bounds.
    if (ins.k % 4 !== 0 || ins.k + 4 > SECCOMP_DATA_SIZE) throw new InternalError(`bpf: bad load offset ${ins.k}`);
    return s.data.readUInt32LE(ins.k);
  }
  throw new InternalError(`bpf: unsupported load 0x${ins.code.toString(16)}`);
}

function alu(s: State, ins: RawIns): number {
  const v = SRC_X(ins.code) ? s.x : ins.k >>> 0;
  const a = s.a;
  switch (OP(ins.code)) {
    case 0x00:
      return (a + v) >>> 0;
    case 0x10:
      return (a - v) >>> 0;
    case 0x20:
      return Math.imul(a, v) >>> 0;
    case 0x30:
      if (v === 0) throw new InternalError('bpf: division by zero');
      return Math.floor(a / v) >>> 0;
    case 0x40:
      return (a | v) >>> 0;
    case 0x50:
      return (a & v) >>> 0;
    case 0x60:
      return v >= 32 ? 0 : (a << v) >>> 0;
    case 0x70:
      return v >= 32 ? 0 : a >>> v;
    case 0x80:
      return -a >>> 0;
    case 0x90:
      if (v === 0) throw new InternalError('bpf: modulo by zero');
      return (a % v) >>> 0;
    case 0xa0:
      return (a ^ v) >>> 0;
    default:
      throw new InternalError(`bpf: unsupported alu 0x${ins.code.toString(16)}`);
  }
}

/** New pc after a jump instruction at `pc`. */
function jump(s: State, ins: RawIns, pc: number): number {
  if (OP(ins.code) === 0x00) return pc + 1 + (ins.k >>> 0); // BPF_JA
  const v = SRC_X(ins.code) ? s.x : ins.k >>> 0;
  let taken: boolean;
  switch (OP(ins.code)) {
    case 0x10:
      taken = s.a === v;
      break;
    case 0x20:
      taken = s.a > v;
      break;
    case 0x30:
      taken = s.a >= v;
      break;
    case 0x40:
      taken = (s.a & v) !== 0;
      break;
    default:
      throw new InternalError(`bpf: unsupported jump 0x${ins.code.toString(16)}`);
  }
  return pc + 1 + (taken ? ins.jt : ins.jf);
}

/** Run `program` over `input`; returns the 32-bit SECCOMP_RET_* value. */
export function runBpf(program: Buffer | RawIns[], input: SeccompData | Buffer): number {
  const prog = Buffer.isBuffer(program) ? fromBuffer(program) : program;
  const data = Buffer.isBuffer(input) ? input : encodeSeccompData(input);
  const s: State = { a: 0, x: 0, mem: new Uint32Array(16), data };
  let pc = 0;
  for (let steps = 0; steps <= prog.length; steps++) {
    const ins = prog[pc];
    if (!ins) throw new InternalError(`bpf: fell off the program at ${pc}`);
    switch (CLASS(ins.code)) {
      case 0x00:
        s.a = load(s, ins);
        pc++;
        break; // BPF_LD
      case 0x01:
        s.x = load(s, ins);
        pc++;
        break; // BPF_LDX
      case 0x02:
        s.mem[ins.k & 15] = s.a;
        pc++;
        break; // BPF_ST
      case 0x03:
        s.mem[ins.k & 15] = s.x;
        pc++;
        break; // BPF_STX
      case 0x04:
        s.a = alu(s, ins);
        pc++;
        break; // BPF_ALU
      case 0x05:
        pc = jump(s, ins, pc);
        break; // BPF_JMP
      case 0x06: // BPF_RET
        return ((ins.code & 0x18) === 0x10 ? s.a : ins.k) >>> 0; // BPF_A or BPF_K
      case 0x07: // BPF_MISC: TAX / TXA
        if (ins.code & 0x80) s.a = s.x;
        else s.x = s.a;
        pc++;
        break;
    }
  }
  throw new InternalError('bpf: program did not terminate');
}
