/**
 * Timestamps in Go's time.RFC3339Nano form, which is what runc prints for
 * `created`: UTC, nanosecond fraction with trailing zeros trimmed (and no
 * fraction at all when it is zero), e.g. 2026-11-29T21:23:08.8334Z.
 */

import { perProcess } from '../sys/per-process.js';

// Date.now() has millisecond resolution; a monotonic clock anchored to it
// once per process gives the sub-millisecond digits and keeps successive
// stamps ordered.
const anchor = perProcess(() => ({ wallNs: BigInt(Date.now()) * 1_000_000n, hr: process.hrtime.bigint() }));

/** Nanoseconds since the epoch. */
export function nowNs(): bigint {
  const { wallNs, hr } = anchor();
  return wallNs + (process.hrtime.bigint() - hr);
}

/** Formats epoch nanoseconds (or a Date) as Go's RFC3339Nano in UTC. */
export function rfc3339Nano(t: bigint | Date = nowNs()): string {
  const ns = typeof t === 'bigint' ? t : BigInt(t.getTime()) * 1_000_000n;
  const secs = ns / 1_000_000_000n - (ns < 0n && ns % 1_000_000_000n !== 0n ? 1n : 0n);
  const frac = ns - secs * 1_000_000_000n;
  const base = new Date(Number(secs) * 1000).toISOString().slice(0, 19);
  const digits = frac.toString().padStart(9, '0').replace(/0+$/, '');
  return digits === '' ? `${base}Z` : `${base}.${digits}Z`;
}
