/**
 * The cgroup v2 device filter: a BPF_PROG_TYPE_CGROUP_DEVICE program built
 * from device rules exactly as runc's devicefilter builds it (same
 * instructions in the same order), so the two runtimes enforce the same
 * policy. Pure: produces bytes and a text dump; loading lives in ../ebpf.ts.
 *
 * The kernel calls the program with struct bpf_cgroup_dev_ctx:
 *   u32 access_type  (low 16 bits: BPF_DEVCG_DEV_*, high 16: BPF_DEVCG_ACC_*)
 *   u32 major; u32 minor
 * and lets the access through when it returns 1.
 */
import { HutchError } from '../../errors.js';
import type { DeviceRule } from '../types.js';
import { DeviceEmulator } from './rules.js';

const BPF_DEVCG_ACC_MKNOD = 1;
const BPF_DEVCG_ACC_READ = 2;
const BPF_DEVCG_ACC_WRITE = 4;
const BPF_DEVCG_DEV_BLOCK = 1;
const BPF_DEVCG_DEV_CHAR = 2;

/** Opcodes used (class | op | source). */
const OP = {
  LdXMemW: 0x61, // BPF_LDX | BPF_MEM | BPF_W
  AndImm32: 0x54, // BPF_ALU | BPF_AND | BPF_K
  RShImm32: 0x74, // BPF_ALU | BPF_RSH | BPF_K
  MovImm32: 0xb4, // BPF_ALU | BPF_MOV | BPF_K
  MovReg32: 0xbc, // BPF_ALU | BPF_MOV | BPF_X
  JNEImm: 0x55, // BPF_JMP | BPF_JNE | BPF_K
  JNEReg: 0x5d, // BPF_JMP | BPF_JNE | BPF_X
  Exit: 0x95, // BPF_JMP | BPF_EXIT
} as const;

type OpName = keyof typeof OP;

export interface BpfInsn {
  op: OpName;
  dst: number;
  src: number;
  off: number;
  imm: number;
  /** Label of this instruction (a block start). */
  sym?: string;
  /** Jump target label; resolved into `off` when encoding. */
  ref?: string;
}

export interface DeviceFilterProgram {
  insns: BpfInsn[];
  license: string;
}

const ins = (op: OpName, dst: number, src: number, off: number, imm: number, ref?: string): BpfInsn =>
  ref === undefined ? { op, dst, src, off, imm } : { op, dst, src, off, imm, ref };

/** Register loads of the context fields: r2 type, r3 access, r4 major, r5 minor. */
function prologue(): BpfInsn[] {
  return [
    ins('LdXMemW', 2, 1, 0, 0),
    ins('AndImm32', 2, 0, 0, 0xffff),
    ins('LdXMemW', 3, 1, 0, 0),
    ins('RShImm32', 3, 0, 0, 16),
    ins('LdXMemW', 4, 1, 4, 0),
    ins('LdXMemW', 5, 1, 8, 0),
  ];
}

function accessBits(access: string): number {
  let bits = 0;
  for (const c of access) {
    if (c === 'r') bits |= BPF_DEVCG_ACC_READ;
    else if (c === 'w') bits |= BPF_DEVCG_ACC_WRITE;
    else if (c === 'm') bits |= BPF_DEVCG_ACC_MKNOD;
    else throw new HutchError(`unknown device access ${JSON.stringify(c)}`, { code: 'cgroup' });
  }
  return bits;
}

/** One rule: fall through to the next block unless type/access/major/minor all match. */
function ruleBlock(rule: DeviceRule, next: string): BpfInsn[] {
  if (rule.type !== 'b' && rule.type !== 'c') throw new HutchError(`invalid type ${JSON.stringify(rule.type)}`, { code: 'cgroup' });
  if (rule.major > 0xffffffff || rule.minor > 0xffffffff)
    throw new HutchError(`invalid device ${rule.major}:${rule.minor}`, { code: 'cgroup' });
  const out: BpfInsn[] = [ins('JNEImm', 2, 0, -1, rule.type === 'c' ? BPF_DEVCG_DEV_CHAR : BPF_DEVCG_DEV_BLOCK, next)];
  const bits = accessBits(rule.access);
  // rwm matches every access: no need to test it.
  if (bits !== (BPF_DEVCG_ACC_READ | BPF_DEVCG_ACC_WRITE | BPF_DEVCG_ACC_MKNOD)) {
    // Every requested access bit must be among the allowed ones: (r3 & bits) == r3, with r1 as scratch.
    out.push(ins('MovReg32', 1, 3, 0, 0), ins('AndImm32', 1, 0, 0, bits), ins('JNEReg', 1, 3, -1, 0, next));
  }
  // imm is a signed 32-bit field: majors/minors above 2^31 wrap like Go's int32() cast.
  if (rule.major >= 0) out.push(ins('JNEImm', 4, 0, -1, rule.major | 0, next));
  if (rule.minor >= 0) out.push(ins('JNEImm', 5, 0, -1, rule.minor | 0, next));
  out.push(ins('MovImm32', 0, 0, 0, rule.allow ? 1 : 0), ins('Exit', 0, 0, 0, 0));
  return out;
}

/** Build the program for a rule list (any order, any 'a' rules), like runc's deviceFilter. */
export function buildDeviceFilter(rules: DeviceRule[]): DeviceFilterProgram {
  const emu = DeviceEmulator.fromRules(rules);
  const clean = emu.canonicalRules();
  const insns = prologue();
  let block = 0;
  clean.forEach((rule, idx) => {
    if (rule.type === 'a') {
      // Only a leading allow-all (black-list mode) can appear; it is the default verdict below.
      if (idx !== 0 || rule.allow !== emu.defaultAllow)
        throw new HutchError(`[internal error] bad wildcard rule at ${idx}`, { code: 'cgroup' });
      return;
    }
    const blockInsns = ruleBlock(rule, `block-${block + 1}`);
    blockInsns[0] = { ...blockInsns[0]!, sym: `block-${block}` };
    insns.push(...blockInsns);
    block++;
  });
  insns.push({ ...ins('MovImm32', 0, 0, 0, emu.defaultAllow ? 1 : 0), sym: `block-${block}` }, ins('Exit', 0, 0, 0, 0));
  return { insns, license: 'Apache' };
}

/** Resolve jump labels and encode struct bpf_insn (8 bytes each, little-endian). */
export function encodeProgram(insns: BpfInsn[]): Buffer {
  const labels = new Map<string, number>();
  insns.forEach((i, idx) => {
    if (i.sym !== undefined) labels.set(i.sym, idx);
  });
  const buf = Buffer.alloc(insns.length * 8);
  insns.forEach((i, idx) => {
    let off = i.off;
    if (i.ref !== undefined) {
      const target = labels.get(i.ref);
      if (target === undefined) throw new HutchError(`[internal error] unresolved BPF label ${i.ref}`, { code: 'cgroup' });
      off = target - idx - 1;
    }
    const o = idx * 8;
    buf.writeUInt8(OP[i.op], o);
    buf.writeUInt8(((i.src & 0xf) << 4) | (i.dst & 0xf), o + 1);
    buf.writeInt16LE(off, o + 2);
    buf.writeInt32LE(i.imm, o + 4);
  });
  return buf;
}

/** Text dump in the format of cilium/ebpf's asm.Instructions (runc's devicefilter tests compare these). */
export function dumpProgram(insns: BpfInsn[]): string {
  const lines: string[] = [];
  insns.forEach((i, idx) => {
    if (i.sym !== undefined) lines.push(`${i.sym}:`);
    lines.push(`${idx}: ${formatInsn(i)}`);
  });
  return lines.join('\n');
}

function formatInsn(i: BpfInsn): string {
  const ref = i.ref === undefined ? '' : ` <${i.ref}>`;
  switch (i.op) {
    case 'LdXMemW':
      return `LdXMemW dst: r${i.dst} src: r${i.src} off: ${i.off} imm: ${i.imm}`;
    case 'AndImm32':
    case 'RShImm32':
    case 'MovImm32':
      return `${i.op} dst: r${i.dst} imm: ${i.imm}`;
    case 'MovReg32':
      return `MovReg32 dst: r${i.dst} src: r${i.src}`;
    case 'JNEImm':
      return `JNEImm dst: r${i.dst} off: ${i.off} imm: ${i.imm}${ref}`;
    case 'JNEReg':
      return `JNEReg dst: r${i.dst} off: ${i.off} src: r${i.src}${ref}`;
    case 'Exit':
      return 'Exit';
  }
}

/**
 * Evaluate the program on one access, for tests: a tiny interpreter of the
 * handful of opcodes the builder emits.
 */
export function runDeviceFilter(insns: BpfInsn[], ctx: { type: 'b' | 'c'; access: string; major: number; minor: number }): number {
  const code = encodeProgram(insns);
  const r = new Array<number>(11).fill(0);
  const mem = [
    ((accessBits(ctx.access) << 16) | (ctx.type === 'c' ? BPF_DEVCG_DEV_CHAR : BPF_DEVCG_DEV_BLOCK)) >>> 0,
    ctx.major >>> 0,
    ctx.minor >>> 0,
  ];
  for (let pc = 0; pc < insns.length; pc++) {
    const op = code.readUInt8(pc * 8);
    const regs = code.readUInt8(pc * 8 + 1);
    const dst = regs & 0xf;
    const src = regs >> 4;
    const off = code.readInt16LE(pc * 8 + 2);
    const imm = code.readInt32LE(pc * 8 + 4);
    switch (op) {
      case OP.LdXMemW:
        r[dst] = mem[off / 4]!;
        break;
      case OP.AndImm32:
        r[dst] = (r[dst]! & imm) >>> 0;
        break;
      case OP.RShImm32:
        r[dst] = r[dst]! >>> imm;
        break;
      case OP.MovImm32:
        r[dst] = imm >>> 0;
        break;
      case OP.MovReg32:
        r[dst] = r[src]! >>> 0;
        break;
      case OP.JNEImm:
        if (r[dst] !== imm >>> 0) pc += off;
        break;
      case OP.JNEReg:
        if (r[dst] !== r[src]) pc += off;
        break;
      case OP.Exit:
        return r[0]!;
      default:
        throw new HutchError(`unknown opcode ${op}`, { code: 'cgroup' });
    }
  }
  throw new HutchError('program fell off the end', { code: 'cgroup' });
}
