/** The results as a table (medians side by side, ratios, targets) or as JSON. */
import type { Problem, Results, Row, Target } from './results.js';
import { fmt } from './results.js';
import type { RuntimeName } from './runtimes.js';

export interface Meta {
  date: string;
  host: string;
  node: string;
  rounds: number;
  warmup: number;
  user: string | undefined;
  versions: Partial<Record<RuntimeName, string>>;
  from: Partial<Record<RuntimeName, string>>;
  crun: string;
  peakMethod: string;
  seconds?: number;
}

const GROUPS: Record<string, string> = {
  run: 'times',
  lifecycle: 'times',
  exec: 'times',
  state: 'times',
  podman: 'times',
  memory: 'memory',
  peak: 'memory',
  baseline: 'baseline',
  library: 'library',
  sandbox: 'sandbox',
};
const TITLES: Record<string, string> = {
  baseline: 'fixed costs (ms, median; one command each)',
  times: 'times (ms, median)',
  memory: 'memory (MB; VmRSS, Pss, USS, anonymous of the created init; peak = ru_maxrss)',
  library: 'library API (containers/s; one Node process)',
  sandbox: 'sandbox (ms, median; the library rows in sandboxes/s)',
};
const ORDER = ['baseline', 'times', 'memory', 'library', 'sandbox'];

function targetText(t: Target | undefined): string {
  if (!t) return '';
  if (t.kind === 'runc') return `≤ ${t.max.toFixed(2)}× runc`;
  if (t.kind === 'node' || t.kind === 'node+bwrap') return `≤ ${t.max.toFixed(2)}× ${t.kind}`;
  if (t.kind === 'atLeast') return `≥ ${t.min}/s`;
  return `≤ ${t.max} MB`;
}

/** The judged number: a ratio for relative targets. */
function judgedText(row: Row): string {
  if (!row.target || row.judged == null) return '';
  if (row.target.kind === 'absolute' || row.target.kind === 'atLeast') return fmt(row.judged, row.unit);
  return row.target.kind === 'node' || row.target.kind === 'node+bwrap'
    ? `${row.judged.toFixed(2)}× of ${fmt(row.floor, 'ms')}`
    : `${row.judged.toFixed(2)}×`;
}

export function table(results: Results, meta: Meta, names: RuntimeName[]): string {
  const head = ['measurement', ...names, 'hutch/runc', 'target', 'judged', ''];
  const lines: (string[] | { title: string })[] = [];
  for (const group of ORDER) {
    const rows = results.rows.filter((r) => GROUPS[r.section] === group);
    if (!rows.length) continue;
    lines.push({ title: TITLES[group]! });
    for (const row of rows) {
      const cells = row.single
        ? [fmt(row.median.hutch, row.unit), ...names.slice(1).map(() => '')]
        : names.map((n) => (row.failed?.includes(n) ? 'FAIL' : n in row.median ? fmt(row.median[n], row.unit) : ''));
      const ok = row.target ? (row.ok ? 'ok' : 'MISS') : '';
      lines.push([row.label, ...cells, row.ratio != null ? `${row.ratio.toFixed(2)}×` : '', targetText(row.target), judgedText(row), ok]);
    }
  }
  const rowsOnly = lines.filter((l): l is string[] => Array.isArray(l));
  const widths = head.map((h, i) => Math.max(h.length, ...rowsOnly.map((l) => (l[i] ?? '').length)));
  const line = (l: string[]) =>
    l
      .map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  const out = [
    `hutch vs runc vs crun — ${meta.rounds} rounds (+${meta.warmup} warm-up), alternating; ${meta.host}`,
    `  ${names.map((n) => `${n}: ${meta.versions[n] ?? '-'}`).join('   ')}   node ${meta.node}   rootless user: ${meta.user ?? '-'}`,
    ...names.map((n) => `  ${n} from: ${meta.from[n] ?? '-'}`),
    `  crun: ${meta.crun}`,
    `  peak RSS method: ${meta.peakMethod}`,
    '',
    line(head),
  ];
  for (const l of lines) {
    if (Array.isArray(l)) out.push(line(l));
    else out.push('', `-- ${l.title}`);
  }
  const one = (m: string) => {
    const t = m.replace(/\s*\n\s*/g, ' | ');
    return t.length > 400 ? `${t.slice(0, 400)}…` : t;
  };
  if (results.skipped.length) out.push('', ...results.skipped.map((s) => `skipped: ${s}`));
  if (results.warnings.length) out.push('', ...results.warnings.map((w) => `warning: ${one(w)}`));
  if (results.errors.length) out.push('', ...results.errors.map((e: Problem) => `ERROR ${e.section}: ${one(e.message)}`));
  const judged = results.rows.filter((r) => r.target);
  const missed = judged.filter((r) => !r.ok);
  out.push(
    '',
    !judged.length
      ? 'no target measured'
      : missed.length
        ? `targets missed: ${missed.map((r) => r.label.trim()).join('; ')}`
        : `all ${judged.length} targets met`,
  );
  if (meta.seconds !== undefined) out.push(`(${meta.seconds} s)`);
  return `${out.join('\n')}\n`;
}

export function json(results: Results, meta: Meta): string {
  return `${JSON.stringify({ meta, rows: results.rows, skipped: results.skipped, warnings: results.warnings, errors: results.errors }, null, 2)}\n`;
}
