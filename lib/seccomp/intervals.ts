// A total map from the 32-bit syscall-number space to "what happens",
// kept as sorted disjoint intervals. Later assignments override earlier ones,
// which is how precedence (stub > ABI check > rules > default) is expressed.

export interface Interval<T> {
  lo: number;
  hi: number;
  value: T;
}

export class IntervalMap<T> {
  private items: Interval<T>[];

  constructor(initial: T) {
    this.items = [{ lo: 0, hi: 0xffffffff, value: initial }];
  }

  set(lo: number, hi: number, value: T): void {
    const out: Interval<T>[] = [];
    for (const it of this.items) {
      if (it.hi < lo || it.lo > hi) {
        out.push(it);
        continue;
      }
      if (it.lo < lo) out.push({ lo: it.lo, hi: lo - 1, value: it.value });
      if (it.hi > hi) out.push({ lo: hi + 1, hi: it.hi, value: it.value });
    }
    out.push({ lo, hi, value });
    this.items = out.sort((a, b) => a.lo - b.lo);
  }

  /** Intervals in order, neighbours with `same` values merged. */
  list(same: (a: T, b: T) => boolean): Interval<T>[] {
    const out: Interval<T>[] = [];
    for (const it of this.items) {
      const last = out[out.length - 1];
      if (last && same(last.value, it.value)) last.hi = it.hi;
      else out.push({ ...it });
    }
    return out;
  }
}
