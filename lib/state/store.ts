/**
 * The container state store: one directory per container under the state
 * root, laid out like runc's so the same tools and habits apply:
 *
 *   <root>/               0700
 *   <root>/<id>/          0711 (runc: others may traverse to exec.fifo)
 *   <root>/<id>/state.json  0600, replaced atomically (temp + rename)
 *   <root>/<id>/exec.fifo   made by create, removed by start (see status.ts)
 *   <root>/<id>/lock        serialises commands on one container (lock.ts)
 *   <root>/<id>/config.json 0600, the config as create read it (hooks, exec)
 *
 * All file operations are synchronous on purpose: the files are tiny and sit
 * on tmpfs, and `state`/`list`/`kill` are latency-bound CLI calls for which a
 * thread-pool round trip per file costs more than the read itself.
 */
import {
  chmodSync,
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { tempName } from './temp-name.js';
import { join } from 'node:path';
import { HutchError, osError } from '../errors.js';
import { ERR_NOT_EXIST } from './errors.js';
import { validateId } from './id.js';
import { acquireLock, type LockOptions, type Release } from './lock.js';
import { parseRecord, type ContainerRecord } from './record.js';
import { isAlive } from './process.js';

export type { ContainerRecord } from './record.js';

const STATE_FILE = 'state.json';
const EXEC_FIFO = 'exec.fifo';
const LOCK_FILE = 'lock';
const CONFIG_FILE = 'config.json';
/** Claims being built: `#new.<pid>.<unique>#<id>` (see claim()); '#' cannot appear in an id. */
const PENDING_PREFIX = '#new';

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
   * Claims `record.id`: its directory appears complete, with state.json
   * (and the config, when given) already inside, or not at all. It is built
   * under a name no id can have and renamed into place; rename(2) is atomic,
   * so of concurrent creates exactly one wins, and a create killed at any
   * point leaves either nothing under the id or a directory with a record
   * that says who was creating it (see isDebris). A rename onto an empty
   * directory replaces it: only debris is ever empty.
   */
  claim(record: ContainerRecord, config?: string): 'claimed' | 'taken' {
    validateId(record.id);
    this.ensureRoot();
    const tmp = join(this.root, `${tempName(`${PENDING_PREFIX}`)}#${record.id}`);
    try {
      mkdirSync(tmp, { mode: 0o711 });
      chmodSync(tmp, 0o711); // mkdir's mode is filtered by the umask
      writeNew(join(tmp, STATE_FILE), JSON.stringify(record));
      if (config !== undefined) writeNew(join(tmp, CONFIG_FILE), config);
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      throw osError(err, 'mkdir', tmp);
    }
    try {
      renameSync(tmp, this.dir(record.id));
      return 'claimed';
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      if (code(err) === 'EEXIST' || code(err) === 'ENOTEMPTY') return 'taken';
      throw osError(err, 'rename', this.dir(record.id));
    }
  }

  /**
   * Half-built claims of `id` left by a create killed before its rename,
   * whose creator is gone (the pid is part of the name).
   */
  abandonedClaims(id: string): string[] {
    let names: string[];
    try {
      names = readdirSync(this.root);
    } catch {
      return [];
    }
    return names
      .map((n) => /^#new\.(\d+)\.[^#]*#(.*)$/.exec(n))
      .filter((m): m is RegExpExecArray => m !== null && m[2] === id && !isAlive(Number(m[1])))
      .map((m) => join(this.root, m[0]));
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
      if (code(err) === 'ENOENT') throw new HutchError(ERR_NOT_EXIST, { code: 'not-found', cause: err });
      throw osError(err, 'open', file);
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
      if (code(err) === 'ENOENT') throw new HutchError(ERR_NOT_EXIST, { code: 'not-found', cause: err });
      throw osError(err, 'write', file);
    }
  }

  /**
   * Keeps the config create ran with: later verbs (start's hooks, exec,
   * delete's poststop hooks) use it, not the bundle's, which may change.
   */
  saveConfig(id: string, text: string): string {
    validateId(id);
    const file = join(this.dir(id), CONFIG_FILE);
    try {
      writeNew(file, text);
    } catch (err) {
      throw osError(err, 'write', file);
    }
    return file;
  }

  /** The saved config's text; undefined when there is none (a create that died first). */
  readConfig(id: string): string | undefined {
    validateId(id);
    try {
      return readFileSync(join(this.dir(id), CONFIG_FILE), 'utf8');
    } catch {
      return undefined;
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
      throw osError(err, 'open', this.root);
    }
    names = names.filter((n) => !n.startsWith(PENDING_PREFIX)).sort(byBytes);
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
