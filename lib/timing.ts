/**
 * HUTCH_TIMING=1: print, at exit, how long each phase of a call took (ms
 * since the process started), to stderr. For finding where the time goes;
 * costs nothing when unset.
 */
import { perProcess } from './sys/per-process.js';

const enabled = perProcess(() => process.env.HUTCH_TIMING !== undefined && process.env.HUTCH_TIMING !== '');
const marks: [string, number][] = [];

export function mark(label: string): void {
  if (!enabled()) return;
  if (marks.length === 0) process.once('exit', report);
  marks.push([label, performance.now()]);
}

function report(): void {
  let last = 0;
  const lines = marks.map(([label, t]) => {
    const line = `hutch timing: ${t.toFixed(1).padStart(7)} ms  (+${(t - last).toFixed(1).padStart(5)})  ${label}`;
    last = t;
    return line;
  });
  process.stderr.write(lines.join('\n') + '\n');
}
