/**
 * Rows of results, the alternating measurement that fills them, and the
 * targets of issue 17 they are judged against.
 */
import type { Section } from './options.js';
import type { Runtime, RuntimeName } from './runtimes.js';
import { CmdError, median } from './shell.js';

export type Unit = 'ms' | 'MB' | '/s';

/**
 * hutch's median against runc's in the same row, against a floor measured
 * in the same rounds (Node's own start, `node -e 0`, or that plus bwrap),
 * or against a fixed bound.
 */
export type Target =
  | { kind: 'runc'; max: number }
  | { kind: 'node'; max: number }
  /** Against `node -e 0` plus bwrap of the same sandbox, timed in the same rounds (the row's floor). */
  | { kind: 'node+bwrap'; max: number }
  | { kind: 'absolute'; max: number }
  /** A rate: hutch's median must reach `min`. */
  | { kind: 'atLeast'; min: number };

export interface Row {
  section: Section;
  label: string;
  unit: Unit;
  samples: Partial<Record<RuntimeName, number[]>>;
  median: Partial<Record<RuntimeName, number | null>>;
  /** hutch / runc. */
  ratio: number | null;
  target?: Target;
  /** The number the target is judged on (a ratio, or hutch's median). */
  judged?: number | null;
  ok?: boolean;
  /** Runtimes that kept failing and were dropped from the row. */
  failed?: RuntimeName[];
  /** A fixed cost with no comparison (the baseline section). */
  single?: boolean;
  /** Median of `node -e 0` measured in the same rounds, for 'node' targets. */
  floor?: number | null;
}

export interface Problem {
  section: string;
  message: string;
}

export class Results {
  readonly rows: Row[] = [];
  readonly errors: Problem[] = [];
  readonly warnings: string[] = [];
  readonly skipped: string[] = [];
  constructor(private readonly log: (msg: string) => void) {}

  add(row: Row): Row {
    this.judge(row);
    this.rows.push(row);
    return row;
  }

  /** A row from samples gathered elsewhere. */
  row(section: Section, label: string, samples: Row['samples'], o: { unit?: Unit; target?: Target; failed?: RuntimeName[] } = {}): Row {
    const med: Row['median'] = {};
    for (const [name, xs] of Object.entries(samples) as [RuntimeName, number[]][]) med[name] = median(xs);
    return {
      section,
      label,
      unit: o.unit ?? 'ms',
      samples,
      median: med,
      ratio: ratio(med),
      ...(o.target ? { target: o.target } : {}),
      ...(o.failed?.length ? { failed: o.failed } : {}),
    };
  }

  /**
   * fn(rt) for every runtime in every round, the order flipped each round;
   * fn returns a number, or named parts (each becomes a row of its own,
   * with its own target) whose sum is the total. A runtime failing in more
   * than half the rounds (at most 3) is dropped from the row as an error;
   * fewer failures are warnings, those rounds left out. `floor`, when
   * given, runs once in every round too (first in one, last in the next):
   * node-relative targets are judged against it, under the same load.
   */
  measure(
    section: Section,
    label: string,
    rts: readonly Runtime[],
    fn: (rt: Runtime) => number | Record<string, number>,
    o: {
      rounds: number;
      warmup: number;
      unit?: Unit;
      target?: Target;
      partTargets?: Record<string, Target>;
      single?: boolean;
      floor?: () => number;
    },
  ): Row {
    const floorSamples: number[] = [];
    const samples: Partial<Record<RuntimeName, number[]>> = {};
    const parts = new Map<string, Partial<Record<RuntimeName, number[]>>>();
    const failures = new Map<RuntimeName, string[]>();
    const dropped = new Set<RuntimeName>();
    const maxFailures = Math.min(3, Math.floor((o.rounds + o.warmup) / 2) + 1);
    for (const rt of rts) samples[rt.name] = [];
    for (let i = -o.warmup; i < o.rounds; i++) {
      const odd = (i + o.warmup) % 2 === 1;
      const order = odd ? [...rts].reverse() : rts;
      const floor = () => {
        if (!o.floor) return;
        const ms = o.floor();
        if (i >= 0) floorSamples.push(ms);
      };
      if (!odd) floor();
      for (const rt of order) {
        if (dropped.has(rt.name)) continue;
        let v: number | Record<string, number>;
        try {
          v = fn(rt);
        } catch (e) {
          if (!(e instanceof CmdError)) throw e;
          const f = failures.get(rt.name) ?? [];
          f.push(e.message);
          failures.set(rt.name, f);
          if (f.length >= maxFailures) dropped.add(rt.name);
          continue;
        }
        if (i < 0) continue;
        if (typeof v === 'number') {
          samples[rt.name]!.push(v);
          continue;
        }
        let sum = 0;
        for (const [k, x] of Object.entries(v)) {
          const p = parts.get(k) ?? {};
          (p[rt.name] ??= []).push(x);
          parts.set(k, p);
          sum += x;
        }
        samples[rt.name]!.push(sum);
      }
      if (odd) floor();
    }
    const floorMedian = o.floor ? median(floorSamples) : undefined;
    for (const [name, f] of failures) {
      if (dropped.has(name)) this.errors.push({ section: label, message: `${name} failed ${f.length} times, not measured: ${f[0]}` });
      else
        this.warnings.push(`${label}: ${name} failed ${f.length} of ${o.rounds + o.warmup} times (those rounds left out); first: ${f[0]}`);
    }
    const failed = [...dropped];
    for (const name of dropped) delete samples[name];
    const withFloor = floorMedian === undefined ? {} : { floor: floorMedian };
    const row = this.add({
      ...this.row(section, label, samples, { unit: o.unit ?? 'ms', ...(o.target ? { target: o.target } : {}), failed }),
      ...(o.single ? { single: true } : {}),
      ...withFloor,
    });
    for (const [k, p] of parts) {
      for (const name of dropped) delete p[name];
      const target = o.partTargets?.[k];
      this.add({ ...this.row(section, `  ${k}`, p, { unit: o.unit ?? 'ms', ...(target ? { target } : {}), failed }), ...withFloor });
    }
    this.log(
      `  ${label}: ${rts.map((rt) => `${o.single ? '' : `${rt.name} `}${fmt(row.median[rt.name], row.unit)}`).join(', ')}${row.ratio ? ` (${row.ratio.toFixed(2)}x)` : ''}`,
    );
    return row;
  }

  private judge(row: Row): void {
    const t = row.target;
    if (!t) return;
    const hutch = row.median.hutch ?? null;
    if (t.kind === 'runc') row.judged = row.ratio;
    else if (t.kind === 'absolute' || t.kind === 'atLeast') row.judged = hutch;
    else row.judged = hutch != null && row.floor ? hutch / row.floor : null;
    row.ok = row.judged != null && (t.kind === 'atLeast' ? row.judged >= t.min : row.judged <= t.max);
  }
}

function ratio(med: Row['median']): number | null {
  const h = med.hutch;
  const r = med.runc;
  return h != null && r ? h / r : null;
}

export function fmt(v: number | null | undefined, unit: Unit): string {
  if (v == null) return '-';
  if (unit === 'MB') return v.toFixed(2);
  if (unit === '/s') return v.toFixed(1);
  return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}
