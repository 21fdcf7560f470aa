// Emit the symbolic BPF for a normalised profile.
//
// Layout:
//   ld arch; jeq AUDIT_ARCH_n -> section n; ...; ret bad-arch
//   section: ld nr; balanced binary search (jge) over number intervals;
//   each leaf is either a `ret` or the argument checks of one syscall.
// A binary search keeps the cost per syscall at ~log2(intervals) jumps, and
// runs of adjacent syscalls with the same unconditional action collapse into
// one interval, so an allowlist costs a few dozen instructions, not hundreds.
import { type Ins, Labels } from './bpf.js';
import type { Cond, Rule, SyscallEntry } from './rules.js';
import type { Interval } from './intervals.js';

/** Byte offsets in struct seccomp_data (little-endian). */
const OFF_NR = 0;
const OFF_ARCH = 4;
const argLo = (i: number): number => 16 + 8 * i;
const argHi = (i: number): number => 16 + 8 * i + 4;

/** A leaf of the number search. `bits` is per leaf because x86_64 (64-bit
 *  args) and x32 (32-bit args) share one section. */
export type Leaf = { kind: 'ret'; value: number } | { kind: 'rules'; entry: SyscallEntry; bits: 32 | 64 };

export interface Section {
  audit: number;
  intervals: Interval<Leaf>[];
  defaultValue: number;
}

const lo32 = (v: bigint): number => Number(v & 0xffffffffn);
const hi32 = (v: bigint): number => Number((v >> 32n) & 0xffffffffn);

/** One 32-bit word comparison; `pass`/`fail` are labels. */
function word(out: Ins[], off: number, mask: number, test: (ok: string, ko: string) => Ins[], ok: string, ko: string): void {
  out.push({ op: 'ld', k: off });
  if (mask !== 0xffffffff) out.push({ op: 'and', k: mask });
  out.push(...test(ok, ko));
}

/** Emit `cond` for a 64-bit ABI, as libseccomp compares: high word first,
 *  low word only when the high words are equal. Falls through on pass. */
function cond64(out: Ins[], c: Cond, fail: string, L: Labels): void {
  const pass = L.next('P');
  const [hOff, lOff] = [argHi(c.index), argLo(c.index)];
  const [dh, dl] = [hi32(c.datum), lo32(c.datum)];
  const [mh, ml] = [hi32(c.mask), lo32(c.mask)];
  const lowWord = L.next('W');
  switch (c.op) {
    case 'EQ':
    case 'MASKED_EQ':
      if (mh !== 0) word(out, hOff, mh, (t, f) => [{ op: 'jeq', k: dh, jt: t, jf: f }], lowWord, fail);
      out.push({ op: 'label', name: lowWord });
      if (ml !== 0) word(out, lOff, ml, (t, f) => [{ op: 'jeq', k: dl, jt: t, jf: f }], pass, fail);
      break;
    case 'NE':
      word(out, hOff, mh, (t, f) => [{ op: 'jeq', k: dh, jt: t, jf: f }], lowWord, pass);
      out.push({ op: 'label', name: lowWord });
      word(out, lOff, ml, (t, f) => [{ op: 'jeq', k: dl, jt: t, jf: f }], fail, pass);
      break;
    default: {
      // GT/GE pass when hi > d.hi; LT/LE fail then. Equal high words defer
      // to an unsigned low-word compare.
      const greater = c.op === 'GT' || c.op === 'GE';
      const [gt, lt] = greater ? [pass, fail] : [fail, pass];
      const eq = L.next('E');
      word(
        out,
        hOff,
        mh,
        (t, f) => [
          { op: 'jgt', k: dh, jt: t, jf: eq },
          { op: 'label', name: eq },
          { op: 'jeq', k: dh, jt: lowWord, jf: f },
        ],
        gt,
        lt,
      );
      out.push({ op: 'label', name: lowWord });
      const strict = c.op === 'GT' || c.op === 'LE';
      out.push({ op: 'ld', k: lOff });
      out.push({ op: strict ? 'jgt' : 'jge', k: dl, jt: greater ? pass : fail, jf: greater ? fail : pass });
    }
  }
  out.push({ op: 'label', name: pass });
}

/** Emit `cond` for a 32-bit ABI: only the low word exists; libseccomp
 *  truncates datum and mask to 32 bits. */
function cond32(out: Ins[], c: Cond, fail: string, L: Labels): void {
  const pass = L.next('P');
  const d = lo32(c.datum);
  const m = c.op === 'MASKED_EQ' ? lo32(c.mask) : 0xffffffff;
  const tests: Record<Cond['op'], (ok: string, ko: string) => Ins[]> = {
    EQ: (t, f) => [{ op: 'jeq', k: d, jt: t, jf: f }],
    MASKED_EQ: (t, f) => [{ op: 'jeq', k: d, jt: t, jf: f }],
    NE: (t, f) => [{ op: 'jeq', k: d, jt: f, jf: t }],
    GT: (t, f) => [{ op: 'jgt', k: d, jt: t, jf: f }],
    GE: (t, f) => [{ op: 'jge', k: d, jt: t, jf: f }],
    LT: (t, f) => [{ op: 'jge', k: d, jt: f, jf: t }],
    LE: (t, f) => [{ op: 'jgt', k: d, jt: f, jf: t }],
  };
  word(out, argLo(c.index), m, tests[c.op], pass, fail);
  out.push({ op: 'label', name: pass });
}

function rulesLeaf(out: Ins[], rules: Rule[], bits: 32 | 64, defaultValue: number, L: Labels): void {
  for (const rule of rules) {
    const next = L.next('R');
    for (const c of rule.conds) (bits === 64 ? cond64 : cond32)(out, c, next, L);
    out.push({ op: 'ret', k: rule.action });
    out.push({ op: 'label', name: next });
  }
  out.push({ op: 'ret', k: defaultValue });
}

function leaf(out: Ins[], l: Leaf, s: Section, L: Labels): void {
  if (l.kind === 'ret') out.push({ op: 'ret', k: l.value });
  else if (l.entry.unconditional !== undefined) out.push({ op: 'ret', k: l.entry.unconditional });
  else rulesLeaf(out, l.entry.rules, l.bits, s.defaultValue, L);
}

/** Subtrees of at most this many intervals share one pool of `ret`s placed
 *  right after them, so tree jumps can target a return directly instead of
 *  each leaf carrying its own copy, while staying within jump reach. */
const POOL_SPAN = 32;

type Pool = Map<number, string>;

function poolLabel(pool: Pool, value: number, L: Labels): string {
  if (!pool.has(value)) pool.set(value, L.next('V'));
  return pool.get(value)!;
}

/** Binary search over intervals[from..to] (inclusive); A holds nr. */
function search(out: Ins[], s: Section, from: number, to: number, L: Labels, pool?: Pool): void {
  if (from === to) return leaf(out, s.intervals[from].value, s, L);
  if (!pool && to - from < POOL_SPAN) {
    const local: Pool = new Map();
    search(out, s, from, to, L, local);
    for (const [value, name] of local) out.push({ op: 'label', name }, { op: 'ret', k: value });
    return;
  }
  const mid = Math.ceil((from + to + 1) / 2);
  const side = (a: number, b: number): { label: string; inline: boolean } => {
    const v = s.intervals[a].value;
    if (pool && a === b && v.kind === 'ret') return { label: poolLabel(pool, v.value, L), inline: false };
    return { label: L.next('S'), inline: true };
  };
  const left = side(from, mid - 1);
  const right = side(mid, to);
  out.push({ op: 'jge', k: s.intervals[mid].lo, jt: right.label, jf: left.label });
  if (left.inline) {
    out.push({ op: 'label', name: left.label });
    search(out, s, from, mid - 1, L, pool);
  }
  if (right.inline) {
    out.push({ op: 'label', name: right.label });
    search(out, s, mid, to, L, pool);
  }
}

export function emitProgram(sections: Section[], badArch: number, L: Labels): Ins[] {
  const out: Ins[] = [{ op: 'ld', k: OFF_ARCH }];
  const starts = sections.map(() => L.next('A'));
  sections.forEach((s, i) => {
    const next = L.next('N');
    out.push({ op: 'jeq', k: s.audit, jt: starts[i], jf: next }, { op: 'label', name: next });
  });
  out.push({ op: 'ret', k: badArch });
  sections.forEach((s, i) => {
    out.push({ op: 'label', name: starts[i] }, { op: 'ld', k: OFF_NR });
    search(out, s, 0, s.intervals.length - 1, L);
  });
  return out;
}
