import { InternalError } from '../errors.js';
// Classic BPF: opcodes, a symbolic instruction form with labels, and an
// assembler that resolves labels to the 8-bit relative jt/jf offsets classic
// BPF allows (inserting JA trampolines when a target is more than 255 away).

const BPF_LD_W_ABS = 0x20; // A = *(u32 *)(data + k)
const BPF_ALU_AND_K = 0x54;
const BPF_JMP_JA = 0x05;
const BPF_JMP_JEQ_K = 0x15;
const BPF_JMP_JGT_K = 0x25;
const BPF_JMP_JGE_K = 0x35;
const BPF_JMP_JSET_K = 0x45;
const BPF_RET_K = 0x06;

/** Kernel limit on classic BPF program length (BPF_MAXINSNS). */
export const BPF_MAXINSNS = 4096;
const JMP_MAX = 255;

type CondOp = 'jeq' | 'jgt' | 'jge' | 'jset';

export type Ins =
  | { op: 'label'; name: string }
  | { op: 'ld'; k: number }
  | { op: 'and'; k: number }
  | { op: CondOp; k: number; jt: string; jf: string }
  | { op: 'ja'; target: string }
  | { op: 'ret'; k: number };

/** One struct sock_filter. */
export interface RawIns {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

const COND_CODE: Readonly<Record<CondOp, number>> = {
  jeq: BPF_JMP_JEQ_K,
  jgt: BPF_JMP_JGT_K,
  jge: BPF_JMP_JGE_K,
  jset: BPF_JMP_JSET_K,
};

/** Issues fresh, unique label names for one program. */
export class Labels {
  private n = 0;
  next(hint = 'L'): string {
    return `${hint}${this.n++}`;
  }
}

function labelPositions(prog: Ins[]): Map<string, number> {
  const pos = new Map<string, number>();
  let pc = 0;
  for (const ins of prog) {
    if (ins.op === 'label') pos.set(ins.name, pc);
    else pc++;
  }
  return pos;
}

/** The instruction a label points at, or undefined. */
function targetIns(prog: Ins[], label: string): Ins | undefined {
  const i = prog.findIndex((x) => x.op === 'label' && x.name === label);
  return prog.slice(i + 1).find((x) => x.op !== 'label');
}

/** A far target is reached through a trampoline placed right after the
 *  jump: a copy of the `ret` when the target is one (cheaper), else a JA. */
function trampoline(prog: Ins[], target: string): Ins {
  const t = targetIns(prog, target);
  return t?.op === 'ret' ? { op: 'ret', k: t.k } : { op: 'ja', target };
}

/** Find the first conditional jump with an out-of-range side and fix it by
 *  inserting a trampoline. Returns false when every jump fits. */
function fixOneLongJump(prog: Ins[], labels: Labels): boolean {
  const pos = labelPositions(prog);
  let pc = 0;
  for (let i = 0; i < prog.length; i++) {
    const ins = prog[i];
    if (ins.op === 'label') continue;
    if (ins.op === 'jeq' || ins.op === 'jgt' || ins.op === 'jge' || ins.op === 'jset') {
      for (const side of ['jt', 'jf'] as const) {
        const dist = distance(pos, ins[side], pc);
        if (dist <= JMP_MAX) continue;
        const name = labels.next('T');
        const tramp = trampoline(prog, ins[side]);
        prog.splice(i + 1, 0, { op: 'label', name }, tramp);
        prog[i] = { ...ins, [side]: name };
        return true;
      }
    }
    pc++;
  }
  return false;
}

function distance(pos: Map<string, number>, label: string, pc: number): number {
  const target = pos.get(label);
  if (target === undefined) throw new InternalError(`bpf: undefined label ${label}`);
  const dist = target - (pc + 1);
  // Classic BPF only jumps forward; a backward jump is a compiler bug.
  if (dist < 0) throw new InternalError(`bpf: backward jump to ${label}`);
  return dist;
}

function encode(ins: Exclude<Ins, { op: 'label' }>, pc: number, pos: Map<string, number>): RawIns {
  switch (ins.op) {
    case 'ld':
      return { code: BPF_LD_W_ABS, jt: 0, jf: 0, k: ins.k };
    case 'and':
      return { code: BPF_ALU_AND_K, jt: 0, jf: 0, k: ins.k >>> 0 };
    case 'ret':
      return { code: BPF_RET_K, jt: 0, jf: 0, k: ins.k >>> 0 };
    case 'ja':
      return { code: BPF_JMP_JA, jt: 0, jf: 0, k: distance(pos, ins.target, pc) };
    default:
      return {
        code: COND_CODE[ins.op],
        jt: distance(pos, ins.jt, pc),
        jf: distance(pos, ins.jf, pc),
        k: ins.k >>> 0,
      };
  }
}

/** Resolve labels and long jumps; returns the raw instructions. */
export function assemble(input: Ins[], labels: Labels): RawIns[] {
  const prog = [...input];
  while (fixOneLongJump(prog, labels));
  const pos = labelPositions(prog);
  const out: RawIns[] = [];
  for (const ins of prog) {
    if (ins.op !== 'label') out.push(encode(ins, out.length, pos));
  }
  return out;
}

/** struct sock_filter[] as the kernel reads it (little-endian hosts only:
 *  x86_64 and aarch64). */
export function toBuffer(raw: RawIns[]): Buffer {
  const buf = Buffer.alloc(raw.length * 8);
  raw.forEach((ins, i) => {
    buf.writeUInt16LE(ins.code, i * 8);
    buf.writeUInt8(ins.jt, i * 8 + 2);
    buf.writeUInt8(ins.jf, i * 8 + 3);
    buf.writeUInt32LE(ins.k >>> 0, i * 8 + 4);
  });
  return buf;
}

export function fromBuffer(buf: Buffer): RawIns[] {
  if (buf.length % 8 !== 0) throw new InternalError('bpf: program length is not a multiple of 8');
  const out: RawIns[] = [];
  for (let off = 0; off < buf.length; off += 8) {
    out.push({
      code: buf.readUInt16LE(off),
      jt: buf.readUInt8(off + 2),
      jf: buf.readUInt8(off + 3),
      k: buf.readUInt32LE(off + 4),
    });
  }
  return out;
}
