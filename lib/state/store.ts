/**
 * The container state store: one directory per container under the state
 * root, laid out like runc's so the same tools and habits apply:
 *
 *   <root>/               0700
 *   <root>/<id>/          0711 (runc: others may traverse to exec.fifo)
 *   <root>/<id>/state.json  0600, replaced atomically (temp + rename)
 *   <root>/<id>/exec.fifo   made by create, removed by start (see status.ts)
 *   <root>/<id>/lock        serialises commands on one container (lock.ts)
 *
 * All file operations are synchronous on purpose: the files are tiny and sit
 * on tmpfs, and `state`/`list`/`kill` are latency-bound CLI calls for which a
 * thread-pool round trip per file costs more than the read itself.
 */
import {
  chmodSync, closeSync, lstatSync, mkdirSync, openSync, readFileSync, readdirSync,
  renameSync, rmSync, unlinkSync, writeSync,
} from 'node:fs';
import { tempName } from './temp-name.js';
import { join } from 'node:path';
import { HutchError, goPathError } from '../errors.js';
import { ERR_EXIST, ERR_NOT_EXIST, StateError } from './errors.js';
import { validateId } from './id.js';
import { acquireLock, type LockOptions, type Release } from './lock.js';
import { parseRecord, type ContainerRecord } from './record.js';

export type { ContainerRecord } from './record.js';

export const STATE_FILE = 'state.json';
export const EXEC_FIFO = 'exec.fifo';
export const LOCK_FILE = 'lock';

/** One entry of list(): the record, or why it could not be read (runc prints and skips those). */
export interface ListedContainer {
  id: string;
  /** Owner uid of the container directory (runc's OWNER column). */
  uid: number;
  record?: ContainerRecord;
  error?: Error;
}

export class StateStore {
  constructor(readonly root: string) {}

  dir(id: string): string {
    return join(this.root, id);
  }

  statePath(id: string): string {
    return join(this.root, id, STATE_FILE);
  }

  fifoPath(id: string): string {
    return join(this.root, id, EXEC_FIFO);
  }

  lockPath(id: string): string {
    return join(this.root, id, LOCK_FILE);
  }

  /** Creates the root (0700, as runc's MkdirAll) if it is missing. */
  ensureRoot(): void {
    mkdirSync(this.root, { recursive: true, mode: 0o700 });
  }

  /**
   * Claims `id` by creating its directory: mkdir is atomic, so of two
   * concurrent creates exactly one succeeds. Returns the directory.
   */
  create(id: string): string {
    validateId(id);
    this.ensureRoot();
    const dir = this.dir(id);
    try {
      mkdirSync(dir, { mode: 0o711 });
    } catch (err) {
      if (code(err) === 'EEXIST') throw new StateError('exist', ERR_EXIST, err);
      throw goPathError(err, 'mkdir', dir);
    }
    chmodSync(dir, 0o711); // mkdir's mode is filtered by the umask
    return dir;
  }

  /** True if the container directory exists (its state may not be written yet). */
  exists(id: string): boolean {
    validateId(id);
    try {
      return lstatSync(this.dir(id)).isDirectory();
    } catch {
      return false;
    }
  }

  /** Reads the record; a missing one fails with runc's `container does not exist`. */
  load(id: string): ContainerRecord {
    validateId(id);
    const file = this.statePath(id);
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      if (code(err) === 'ENOENT') throw new StateError('not-exist', ERR_NOT_EXIST, err);
      throw goPathError(err, 'open', file);
    }
    return parseRecord(text, file);
  }

  /** Replaces state.json atomically: readers see the old or the new record, never a mix. */
  save(record: ContainerRecord): void {
    validateId(record.id);
    const file = this.statePath(record.id);
    const tmp = tempName(file, '.tmp');
    try {
      writeNew(tmp, JSON.stringify(record));
      renameSync(tmp, file);
    } catch (err) {
      unlinkQuiet(tmp);
      if (code(err) === 'ENOENT') throw new StateError('not-exist', ERR_NOT_EXIST, err);
      throw goPathError(err, 'write', file);
    }
  }

  /** Deletes the container directory and everything in it; a missing one is not an error. */
  remove(id: string): void {
    validateId(id);
    rmSync(this.dir(id), { recursive: true, force: true });
  }

  /**
   * Every container directory under the root, sorted by id (runc reads the
   * directory with os.ReadDir, which sorts). Reads only directory entries and
   * state files: no /proc access, no subprocesses, so 1000 containers stay
   * cheap. A missing root is an empty list.
   */
  list(): ListedContainer[] {
    let names: string[];
    try {
      names = readdirSync(this.root, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
    } catch (err) {
      if (code(err) === 'ENOENT') return [];
      throw goPathError(err, 'open', this.root);
    }
    names.sort(byBytes);
    const out: ListedContainer[] = [];
    for (const id of names) {
      const entry = this.listOne(id);
      if (entry) out.push(entry);
    }
    return out;
  }

  private listOne(id: string): ListedContainer | undefined {
    let uid: number;
    try {
      uid = lstatSync(this.dir(id)).uid;
    } catch {
      return undefined; // removed since readdir: a race with delete, as runc skips
    }
    try {
      return { id, uid, record: this.load(id) };
    } catch (err) {
      return { id, uid, error: err as Error };
    }
  }

  /**
   * Takes the container's lock, waiting (bounded) while another command holds
   * it. Fails with `container does not exist` if the directory is missing or
   * removed while waiting. Call the returned function to release.
   */
  lock(id: string, opts?: LockOptions): Promise<Release> {
    validateId(id);
    return acquireLock(this.lockPath(id), opts);
  }

  /** Runs `fn` under the container's lock. */
  async withLock<T>(id: string, fn: () => T | Promise<T>, opts?: LockOptions): Promise<T> {
    const release = await this.lock(id, opts);
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/**
 * No fsync: the rename already gives readers all-or-nothing, and durability
 * across a machine crash means nothing here. The default roots are usually
 * tmpfs (/run, $XDG_RUNTIME_DIR), and after a crash every recorded process
 * is gone anyway. runc does not fsync its state either; on a disk-backed
 * --root the fsync was a third of the time of a create.
 */
function writeNew(path: string, data: string): void {
  const fd = openSync(path, 'wx', 0o600);
  try {
    const buf = Buffer.from(data, 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off);
  } finally {
    closeSync(fd);
  }
}

function unlinkQuiet(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // never created, or already renamed
  }
}

/** Go's os.ReadDir order: by bytes of the UTF-8 name. */
function byBytes(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

function code(err: unknown): string | undefined {
  return (err as NodeJS.ErrnoException | undefined)?.code;
}

