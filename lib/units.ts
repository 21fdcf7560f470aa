/** Quantities on command lines: sizes as docker/runc spell them, durations as Go does. */
import { HutchError } from './errors.js';

/** docker/go-units RAMInBytes: 512, 100k, 64m, 1g (binary units). "-1" means unlimited. */
export function parseBytes(flag: string, v: string): number {
  const m = /^(-?\d+(?:\.\d+)?)\s*([kmgtp]?)i?b?$/i.exec(v.trim());
  if (!m) throw new HutchError(`invalid value for --${flag}: ${JSON.stringify(v)}`, { code: 'usage' });
  const pow = ' kmgtp'.indexOf((m[2] || ' ').toLowerCase());
  return Math.round(Number(m[1]) * 1024 ** pow);
}

const DURATION_UNITS: Readonly<Record<string, number>> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

/** A duration in milliseconds: Go's time.ParseDuration spellings ("1m30s", "500ms", "2.5h"), or plain seconds ("30"). */
export function parseDuration(flag: string, v: string): number {
  const text = v.trim();
  const bad = () =>
    new HutchError(`invalid value for --${flag}: ${JSON.stringify(v)} (a duration such as 30s, 5m, 1h30m or 500ms)`, { code: 'usage' });
  if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * 1000;
  if (!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(text)) throw bad();
  let ms = 0;
  for (const m of text.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g)) ms += Number(m[1]) * DURATION_UNITS[m[2]!]!;
  return ms;
}
