import { ArgKind, HEADER_SIZE, STEP_SIZE } from './format.js';
import type { DataBlock, PlanBuilder, Value } from './builder.js';

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
  const stepsOff = HEADER_SIZE;
  const resultsOff = stepsOff + plan.steps.length * STEP_SIZE;
  const dataOff = resultsOff + plan.steps.length * 8;

  const blockOffset = new Map<number, number>();
  let off = dataOff;
  for (const b of plan.blocks) {
    blockOffset.set(b.id, off);
    off += align8(b.size);
  }
  const addrOf = (b: DataBlock, extra = 0) => base + BigInt(blockOffset.get(b.id)! + extra);

  buf.writeBigInt64LE(BigInt(plan.steps.length), 0);
  buf.writeBigInt64LE(BigInt(opts.reportFd), 8);
  buf.writeBigInt64LE(BigInt(opts.failExitCode), 16);
  buf.writeBigInt64LE(base + BigInt(stepsOff), 24);
  buf.writeBigInt64LE(base + BigInt(resultsOff), 32);

  for (const s of plan.steps) {
    const at = stepsOff + s.index * STEP_SIZE;
    let kinds = 0;
    buf.writeInt32LE(s.op, at);
    buf.writeInt32LE(s.policy, at + 8);
    buf.writeInt32LE(s.target ? s.target.index : -1, at + 12);
    buf.writeBigInt64LE(BigInt(s.nr), at + 16);
    s.args.forEach((v, i) => {
      const [kind, raw] = encodeValue(v, addrOf);
      kinds |= kind << (3 * i);
      buf.writeBigInt64LE(raw, at + 24 + 8 * i);
    });
    buf.writeInt32LE(kinds, at + 4);
    buf.writeInt32LE(s.okErrno, at + 72);
  }

  for (const b of plan.blocks) {
    const at = blockOffset.get(b.id)!;
    if (b.content.kind === 'bytes') b.content.bytes.copy(buf, at);
    else if (b.content.kind === 'pointers') {
      b.content.items.forEach((item, i) => buf.writeBigUInt64LE(addrOf(item), at + 8 * i));
    } else if (b.content.kind === 'struct') {
      b.content.bytes.copy(buf, at);
      for (const p of b.content.pointers) buf.writeBigUInt64LE(addrOf(p.block), at + p.offset);
    }
  }
  return buf;
}

function encodeValue(v: Value, addrOf: (b: DataBlock, extra?: number) => bigint): [ArgKind, bigint] {
  if (typeof v === 'number') return [ArgKind.Const, BigInt(v)];
  if (typeof v === 'bigint') return [ArgKind.Const, BigInt.asIntN(64, v)];
  switch (v.kind) {
    case 'addr':
      return [ArgKind.Const, addrOf(v.block, v.offset)];
    case 'result':
      return [ArgKind.Result, BigInt(v.step.index)];
    case 'load32':
      return [ArgKind.Load32, addrOf(v.block, v.offset)];
    case 'load64':
      return [ArgKind.Load64, addrOf(v.block, v.offset)];
  }
}
