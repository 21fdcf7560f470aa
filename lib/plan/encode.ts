import { ArgKind, HEADER_SIZE, STEP_SIZE } from './format.js';
import type { DataBlock, PlanBuilder, Value } from './builder.js';
import { InternalError } from '../errors.js';

export interface EncodeOptions {
  /** fd the child writes failure reports to. */
  reportFd: number;
  /** Exit code of the child when a step fails. */
  failExitCode: number;
}

const align8 = (n: number) => (n + 7) & ~7;

/** Total bytes the encoded plan needs. */
export function planSize(plan: PlanBuilder): number {
  let size = HEADER_SIZE + plan.steps.length * STEP_SIZE + plan.steps.length * 8;
  for (const b of plan.blocks) size += align8(b.size);
  return size;
}

/**
 * Lay the plan out at virtual address `base` (where it will be mapped in
 * the child: clone copies the parent's address space, so addresses agree).
 * Pointers inside the plan are absolute.
 */
export function encodePlan(plan: PlanBuilder, base: bigint, opts: EncodeOptions): Buffer {
  plan.finish();
  const buf = Buffer.alloc(planSize(plan));
  // Word stores through a typed array: Buffer's write*LE helpers are slow
  // while the code is still cold, which it always is in a CLI call. Host
  // byte order is the plan's: x86_64 and aarch64 are both little endian.
  const words = new Int32Array(buf.buffer, buf.byteOffset, buf.length >> 2);
  const write64 = (at: number, n: number) => {
    if (!Number.isSafeInteger(n) || at & 3) throw new InternalError(`plan: cannot store ${n} at offset ${at}`);
    words[at >> 2] = n | 0;
    words[(at >> 2) + 1] = Math.floor(n / 0x100000000) | 0;
  };
  const stepsOff = HEADER_SIZE;
  const resultsOff = stepsOff + plan.steps.length * STEP_SIZE;
  const dataOff = resultsOff + plan.steps.length * 8;
  // Plain numbers, not BigInt: user-space addresses fit in 53 bits, and the
  // CLI encodes each plan once with cold code, where BigInt is slow.
  const baseN = Number(base);
  if (!Number.isSafeInteger(baseN)) throw new InternalError(`plan: base address 0x${base.toString(16)} out of range`);

  const blockOffset = new Map<number, number>();
  let off = dataOff;
  for (const b of plan.blocks) {
    blockOffset.set(b.id, off);
    off += align8(b.size);
  }
  const addrOf = (b: DataBlock, extra = 0) => baseN + blockOffset.get(b.id)! + extra;

  write64(0, plan.steps.length);
  write64(8, opts.reportFd);
  write64(16, opts.failExitCode);
  write64(24, baseN + stepsOff);
  write64(32, baseN + resultsOff);

  for (const s of plan.steps) {
    const at = stepsOff + s.index * STEP_SIZE;
    let kinds = 0;
    const w = at >> 2;
    words[w] = s.op;
    words[w + 2] = s.policy;
    words[w + 3] = s.target ? s.target.index : -1;
    write64(at + 16, s.nr);
    for (let i = 0; i < s.args.length; i++) {
      const v = s.args[i]!;
      const argAt = at + 24 + 8 * i;
      if (typeof v === 'bigint') buf.writeBigInt64LE(BigInt.asIntN(64, v), argAt);
      else if (typeof v === 'number') write64(argAt, v);
      else {
        const [kind, raw] = encodeRef(v, addrOf);
        kinds |= kind << (3 * i);
        write64(argAt, raw);
      }
    }
    words[w + 1] = kinds;
    words[w + 18] = s.okErrno;
  }

  for (const b of plan.blocks) {
    const at = blockOffset.get(b.id)!;
    if (b.content.kind === 'bytes') b.content.bytes.copy(buf, at);
    else if (b.content.kind === 'pointers') {
      b.content.items.forEach((item, i) => write64(at + 8 * i, addrOf(item)));
    } else if (b.content.kind === 'struct') {
      b.content.bytes.copy(buf, at);
      for (const p of b.content.pointers) write64(at + p.offset, addrOf(p.block));
    }
  }
  return buf;
}

function encodeRef(v: Exclude<Value, number | bigint>, addrOf: (b: DataBlock, extra?: number) => number): [ArgKind, number] {
  switch (v.kind) {
    case 'addr':
      return [ArgKind.Const, addrOf(v.block, v.offset)];
    case 'result':
      return [ArgKind.Result, v.step.index];
    case 'load32':
      return [ArgKind.Load32, addrOf(v.block, v.offset)];
    case 'load64':
      return [ArgKind.Load64, addrOf(v.block, v.offset)];
  }
}
