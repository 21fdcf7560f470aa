/**
 * Small helpers for cgroupfs files: one write() per value (the kernel parses
 * each write separately), errors that name the file and keep the errno code.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { HutchError } from '../errors.js';
import { goErrnoText } from '../sys/errno.js';

/** The largest u64 the kernel reports; JS numbers round it to 2^64. */
export const UINT64_MAX = 18446744073709551615;

/** A failed read/write of a cgroup file; `errno` is the errno name (EBUSY, EINVAL...). */
export class CgroupFileError extends HutchError {
  readonly errno: string;
  readonly file: string;

  constructor(op: string, file: string, cause: NodeJS.ErrnoException, value?: string) {
    const what = value === undefined ? '' : `failed to write ${JSON.stringify(value)}: `;
    super(`${what}${op} ${file}: ${describeErrno(cause)}`, { code: 'cgroup', cause });
    this.name = 'CgroupFileError';
    this.errno = cause.code ?? 'EIO';
    this.file = file;
  }
}

function describeErrno(err: NodeJS.ErrnoException): string {
  // Go's words, as runc prints them ("device or resource busy"); else Node's,
  // whose message is "EBUSY: resource busy or locked, write".
  const go = goErrnoText(err.code);
  if (go !== undefined) return go;
  const m = /^[A-Z0-9]+: ([^,]+)/.exec(err.message);
  return m?.[1] ?? err.message;
}

/** The errno's words ("no such file or directory") of a failed cgroup file access. */
export function errnoWords(err: unknown): string {
  const cause = err instanceof CgroupFileError ? err.cause : err;
  return describeErrno(cause as NodeJS.ErrnoException);
}

export function writeCgroupFile(dir: string, file: string, value: string): void {
  const p = path.join(dir, file);
  let fd: number;
  try {
    // No O_CREAT: a missing file must surface as ENOENT, not as an attempt to create it.
    fd = fs.openSync(p, fs.constants.O_WRONLY | fs.constants.O_TRUNC); // libuv adds O_CLOEXEC
  } catch (e) {
    throw new CgroupFileError('open', p, e as NodeJS.ErrnoException, value);
  }
  try {
    fs.writeSync(fd, value);
  } catch (e) {
    throw new CgroupFileError('write', p, e as NodeJS.ErrnoException, value);
  } finally {
    fs.closeSync(fd);
  }
}

export function readCgroupFile(dir: string, file: string): string {
  const p = path.join(dir, file);
  try {
    return fs.readFileSync(p, 'utf8');
  } catch (e) {
    throw new CgroupFileError('read', p, e as NodeJS.ErrnoException);
  }
}

/** Read a file, or undefined when it does not exist (optional kernel features). */
export function readOptional(dir: string, file: string): string | undefined {
  try {
    return fs.readFileSync(path.join(dir, file), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new CgroupFileError('read', path.join(dir, file), e as NodeJS.ErrnoException);
  }
}

export function fileExists(dir: string, file: string): boolean {
  return fs.existsSync(path.join(dir, file));
}

/** Whether `err` is one of these errno names: a Node error's code, or a CgroupFileError's errno (its code is the HutchError's). */
export function isErrno(err: unknown, ...codes: string[]): boolean {
  const code = err instanceof CgroupFileError ? err.errno : (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && codes.includes(code);
}

/** Parse a u64 as the kernel prints it; "max" is unlimited (runc: MaxUint64). */
function parseUint(s: string): number {
  const t = s.trim();
  if (t === 'max') return UINT64_MAX;
  if (!/^-?\d+$/.test(t)) throw new HutchError(`cannot parse ${JSON.stringify(t)} as an integer`, { code: 'cgroup' });
  const n = Number(t);
  // Negative values only appear in a few v1 files; runc clamps them to 0.
  return n < 0 ? 0 : n;
}

export function readUint(dir: string, file: string): number {
  return parseUint(readCgroupFile(dir, file));
}

/** "key value" lines (memory.stat, cpu.stat, cgroup.events) → map. */
export function parseKeyValues(text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const line of text.split('\n')) {
    const parts = line.trim().split(/\s+/);
    if (parts.length !== 2 || parts[0] === '' || parts[1] === undefined) continue;
    if (/^-?\d+$/.test(parts[1]) || parts[1] === 'max') out[parts[0]] = parseUint(parts[1]);
  }
  return out;
}

/** "0-2,4" → [0,1,2,4] (cpuset lists). */
export function parseRangeList(text: string): number[] {
  const out: number[] = [];
  for (const part of text.trim().split(',')) {
    if (part === '') continue;
    const [a, b] = part.split('-');
    const lo = Number(a);
    const hi = b === undefined ? lo : Number(b);
    for (let i = lo; i <= hi; i++) out.push(i);
  }
  return out;
}

/** The pids listed in one cgroup.procs file. */
export function readProcs(dir: string): number[] {
  const text = readOptional(dir, 'cgroup.procs') ?? '';
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map(Number);
}

/** Synchronous sleep: used only in short retry loops on the CLI path. */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
