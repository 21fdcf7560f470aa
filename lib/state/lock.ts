/**
 * An exclusive, crash-tolerant lock file, without flock(2) (Node has none and
 * the state commands must not load the FFI layer).
 *
 * Acquire: write "<pid> <starttime> <pidns>" to a private temp file, then
 * link(2) it to the lock path. link fails with EEXIST if the lock exists, so
 * taking the lock is atomic and the lock file is never seen half-written.
 *
 * A holder that died leaves its file behind. A waiter that finds the holder
 * dead (pid gone, zombie, or a different start time) breaks the lock by
 * renaming it aside and checking that what it moved is the very inode it
 * judged stale; if another waiter already replaced it with a live lock, the
 * file is linked back. The only unsafe interleaving needs three processes
 * inside a window of a few syscalls right after a holder crashed.
 *
 * A holder in another pid namespace cannot be judged from our /proc, so it
 * is assumed alive and the waiter times out instead of stealing.
 */
import { HutchError } from '../errors.js';
import {
  closeSync,
  fstatSync,
  linkSync,
  lstatSync,
  openSync,
  readFileSync,
  readlinkSync,
  renameSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tempName } from './temp-name.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { ERR_NOT_EXIST } from './errors.js';
import { isAlive, processStartTime } from './process.js';
import { perProcess } from '../sys/per-process.js';

export interface LockOptions {
  /** Give up after this long (default 30 s: a create may run slow hooks while holding it). */
  timeoutMs?: number;
  /** First retry delay; doubles up to maxPollMs. */
  pollMs?: number;
  maxPollMs?: number;
}

export interface LockHolder {
  pid: number;
  startTime: number;
  pidNs: string;
}

/** Releases the lock; safe to call more than once and after the directory is gone. */
export type Release = () => void;

const held = new Map<string, number>(); // lock path → inode we created

const selfHolder = perProcess((): LockHolder => ({ pid: process.pid, startTime: processStartTime('self') ?? 0, pidNs: pidNamespace() }));

function pidNamespace(): string {
  try {
    return readlinkSync('/proc/self/ns/pid');
  } catch {
    return '';
  }
}

export function formatHolder(h: LockHolder): string {
  return `${h.pid} ${h.startTime} ${h.pidNs}\n`;
}

export function parseHolder(text: string): LockHolder | undefined {
  const [pid, startTime, pidNs = ''] = text.trim().split(' ');
  const p = Number(pid);
  const s = Number(startTime);
  if (!Number.isInteger(p) || p <= 0 || !Number.isInteger(s)) return undefined;
  return { pid: p, startTime: s, pidNs };
}

/** True if the holder is certainly gone, so its lock may be broken. */
export function holderIsDead(h: LockHolder, me: LockHolder = selfHolder()): boolean {
  if (h.pidNs !== me.pidNs) return false;
  return !isAlive(h.pid, h.startTime);
}

/** One attempt: the release function, or undefined if someone holds the lock. */
export function tryLock(path: string): Release | undefined {
  const tmp = tempName(path);
  let ino: number;
  try {
    const fd = openSync(tmp, 'wx', 0o600);
    try {
      writeSync(fd, formatHolder(selfHolder()));
      ino = fstatSync(fd).ino;
    } finally {
      closeSync(fd);
    }
  } catch (err) {
    throw missingDirAsNotExist(err);
  }
  try {
    linkSync(tmp, path);
  } catch (err) {
    if (errno(err) === 'EEXIST') return undefined;
    throw missingDirAsNotExist(err);
  } finally {
    unlinkQuiet(tmp);
  }
  held.set(path, ino);
  return () => release(path, ino);
}

/** Waits (bounded) for the lock, breaking it if its holder died. */
export async function acquireLock(path: string, opts: LockOptions = {}): Promise<Release> {
  const deadline = Date.now() + (opts.timeoutMs ?? 30_000);
  let delay = opts.pollMs ?? 1;
  for (;;) {
    const release = tryLock(path);
    if (release) return release;
    const holder = breakIfStale(path);
    if (holder === 'broken') continue;
    if (Date.now() >= deadline) {
      const who = holder ? ` (held by pid ${holder.pid})` : '';
      throw new HutchError(`timed out waiting for the lock ${path}${who}`, { code: 'busy' });
    }
    await sleep(delay * (0.5 + Math.random()));
    delay = Math.min(delay * 2, opts.maxPollMs ?? 50);
  }
}

/**
 * Looks at the current lock: 'broken' if it was stale and is now removed (or
 * vanished meanwhile), else its holder (undefined if unreadable: a holder
 * always writes its line before the link, so that means a foreign file).
 */
function breakIfStale(path: string): LockHolder | 'broken' | undefined {
  let text: string;
  let ino: number;
  try {
    ino = lstatSync(path).ino;
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if (errno(err) === 'ENOENT') return 'broken';
    throw err;
  }
  const holder = parseHolder(text);
  if (!holder || !holderIsDead(holder)) return holder;
  return removeIfUnchanged(path, ino, text) ? 'broken' : holder;
}

/**
 * Renames `path` aside and deletes it only if it is still the file we judged
 * stale (same inode and same holder line: inode numbers can be reused once
 * another waiter deleted it); otherwise puts it back.
 */
function removeIfUnchanged(path: string, ino: number, text: string): boolean {
  const aside = tempName(`${path}.stale`);
  try {
    renameSync(path, aside);
  } catch (err) {
    if (errno(err) === 'ENOENT') return true; // someone else broke it first
    throw err;
  }
  try {
    if (lstatSync(aside).ino === ino && readFileSync(aside, 'utf8') === text) return true;
    // We moved a fresh lock taken after our check: restore it untouched.
    linkSync(aside, path);
    return false;
  } catch (err) {
    if (errno(err) === 'EEXIST') return false;
    throw err;
  } finally {
    unlinkQuiet(aside);
  }
}

function release(path: string, ino: number): void {
  if (held.get(path) !== ino) return;
  held.delete(path);
  try {
    // Only remove the file we created: never a lock someone else now holds.
    if (lstatSync(path).ino === ino) unlinkSync(path);
  } catch (err) {
    if (errno(err) !== 'ENOENT') throw err; // the container dir was removed under the lock
  }
}

/** Drops every lock this process still holds (an `exit` listener: sync only). */
function releaseAllLocks(): void {
  for (const [path, ino] of [...held]) {
    try {
      release(path, ino);
    } catch {
      // exiting anyway; a stale lock is broken by the next waiter
    }
  }
}

process.on('exit', releaseAllLocks);

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function errno(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

function missingDirAsNotExist(err: unknown): unknown {
  return errno(err) === 'ENOENT' ? new HutchError(ERR_NOT_EXIST, { code: 'not-found', cause: err }) : err;
}
