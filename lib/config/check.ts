/**
 * Type and domain checks for decoded JSON. Every check takes the JSON path
 * of the value so a failure names the offending field exactly
 * (`linux.namespaces[2].type`).
 *
 * `null` counts as absent for optional fields: Go's encoding/json (and so
 * runc) treats `"seccomp": null` like a missing key, and tools emit it.
 */
import { ConfigError } from '../errors.js';

export type Obj = Record<string, unknown>;

export function fail(path: string, problem: string): never {
  throw new ConfigError(path, problem);
}

export function child(path: string, key: string): string {
  if (path === '') return key;
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

export function item(path: string, index: number): string {
  return `${path}[${index}]`;
}

/** How a value is named in "expected X, got Y". */
function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'bigint') return 'number';
  return typeof v;
}

export function asObject(v: unknown, path: string): Obj {
  if (kindOf(v) !== 'object') fail(path, `expected object, got ${kindOf(v)}`);
  return v as Obj;
}

export function asString(v: unknown, path: string): string {
  if (typeof v !== 'string') fail(path, `expected string, got ${kindOf(v)}`);
  return v;
}

export function asBool(v: unknown, path: string): boolean {
  if (typeof v !== 'boolean') fail(path, `expected boolean, got ${kindOf(v)}`);
  return v;
}

function asArray(v: unknown, path: string): unknown[] {
  if (!Array.isArray(v)) fail(path, `expected array, got ${kindOf(v)}`);
  return v;
}

export function asList<T>(v: unknown, path: string, each: (v: unknown, path: string) => T): T[] {
  return asArray(v, path).map((x, i) => each(x, item(path, i)));
}

export function asStringList(v: unknown, path: string): string[] {
  return asList(v, path, asString);
}

export function asMap<T>(v: unknown, path: string, each: (v: unknown, path: string) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, x] of Object.entries(asObject(v, path))) {
    Object.defineProperty(out, k, {
      value: each(x, child(path, k)),
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return out;
}

export function asStringMap(v: unknown, path: string): Record<string, string> {
  return asMap(v, path, asString);
}

export function asOneOf<T extends string>(v: unknown, path: string, allowed: readonly T[], what: string): T {
  const s = asString(v, path);
  if (!(allowed as readonly string[]).includes(s)) fail(path, `unknown ${what} ${JSON.stringify(s)}`);
  return s as T;
}

export function asAbsolutePath(v: unknown, path: string): string {
  const s = asString(v, path);
  if (!s.startsWith('/')) fail(path, `must be an absolute path, got ${JSON.stringify(s)}`);
  return s;
}

type IntKind = 'uint16' | 'int32' | 'uint32' | 'int64' | 'uint64';

const RANGES: Record<IntKind, [bigint, bigint]> = {
  uint16: [0n, 0xffffn],
  int32: [-(2n ** 31n), 2n ** 31n - 1n],
  uint32: [0n, 2n ** 32n - 1n],
  int64: [-(2n ** 63n), 2n ** 63n - 1n],
  uint64: [0n, 2n ** 64n - 1n],
};

function asInteger(v: unknown, path: string, kind: IntKind): number | bigint {
  if (typeof v === 'number') {
    if (!Number.isInteger(v)) fail(path, `expected integer, got ${v}`);
    if (!Number.isSafeInteger(v)) {
      fail(path, `integer ${v} is not exact in a JavaScript number; read config.json with parseJson()`);
    }
  } else if (typeof v !== 'bigint') {
    fail(path, `expected integer, got ${kindOf(v)}`);
  }
  const [min, max] = RANGES[kind];
  const big = BigInt(v);
  if (big < min || big > max) fail(path, `${v} is out of range for ${kind} (${min}..${max})`);
  return Number.isSafeInteger(Number(big)) ? Number(big) : big;
}

/** uint16, int32 and uint32 always fit a number. */
function asSmallInt(v: unknown, path: string, kind: 'uint16' | 'int32' | 'uint32'): number {
  return asInteger(v, path, kind) as number;
}

export function asInt64(v: unknown, path: string): number | bigint {
  return asInteger(v, path, 'int64');
}

export function asUint64(v: unknown, path: string): number | bigint {
  return asInteger(v, path, 'uint64');
}

export function asUint32(v: unknown, path: string): number {
  return asSmallInt(v, path, 'uint32');
}

export function asInt32(v: unknown, path: string): number {
  return asSmallInt(v, path, 'int32');
}

export function asUint16(v: unknown, path: string): number {
  return asSmallInt(v, path, 'uint16');
}

/** A checker for an integer kind bounded further to [min, max]. */
export function intIn(min: number, max: number) {
  return (v: unknown, path: string): number => {
    const n = asInt64(v, path);
    if (n < min || n > max) fail(path, `must be between ${min} and ${max}, got ${n}`);
    return Number(n);
  };
}

/**
 * Reads an optional field: absent or null gives undefined, anything else
 * goes through the checker with the field's path.
 */
export function opt<T>(o: Obj, key: string, path: string, check: (v: unknown, path: string) => T): T | undefined {
  const v = Object.hasOwn(o, key) ? o[key] : undefined;
  if (v === undefined || v === null) return undefined;
  return check(v, child(path, key));
}

export function req<T>(o: Obj, key: string, path: string, check: (v: unknown, path: string) => T): T {
  const out = opt(o, key, path, check);
  if (out === undefined) fail(child(path, key), 'is required');
  return out;
}

/** Drops undefined values so the parsed spec has no keys that were absent. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) {
    if (o[k] === undefined) delete o[k];
  }
  return o;
}

/** Kernel list format ("0-3,7"), as used for CPU and NUMA node sets. */
export function asCpuList(v: unknown, path: string): string {
  return cpuListBelow(Number.MAX_SAFE_INTEGER)(v, path);
}

/**
 * A CPU list whose numbers are all below `limit`: execCPUAffinity becomes a
 * cpu_set_t of CPU_SETSIZE (1024) bits in the plan (sched_setaffinity).
 */
export function cpuListBelow(limit: number): (v: unknown, path: string) => string {
  return (v, path) => {
    const s = asString(v, path);
    if (s === '') return s;
    for (const part of s.split(',')) {
      const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
      if (!m) fail(path, `invalid list ${JSON.stringify(s)} (expected e.g. "0-3,7")`);
      if (m[2] !== undefined && Number(m[2]) < Number(m[1])) {
        fail(path, `invalid range ${JSON.stringify(part)} in ${JSON.stringify(s)}`);
      }
      if (Number(m[2] ?? m[1]) >= limit) fail(path, `CPU ${m[2] ?? m[1]} in ${JSON.stringify(s)} is out of range (0 to ${limit - 1})`);
    }
    return s;
  };
}
