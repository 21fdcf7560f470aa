/**
 * A handle on one existing container: its record, its live status, the
 * config saved at create time and its cgroups. Every verb on an existing
 * container goes through withContainer() (under the container's lock) or
 * loadContainer() (read-only verbs and kill, which runc does not serialise
 * either), then asks the status predicates below whether it may go on.
 *
 * youki's model: ContainerStatus::can_start/can_kill/... and one short file
 * per verb (container_start.rs, container_pause.rs ...).
 */
import { HutchError, type ErrorCode } from '../errors.js';
import { openStore, type RuntimeContext } from '../context.js';
import type { Hooks, Spec } from '../config/types.js';
import type { CgroupManager } from '../cgroups/index.js';
import type { ContainerRecord } from '../state/record.js';
import { containerStatus, type ContainerStatus } from '../state/status.js';
import type { StateStore } from '../state/store.js';
import { ERR_NOT_PAUSED, ERR_NOT_RUNNING } from '../state/errors.js';

export type { ContainerStatus };

/** What each verb needs of the status, as youki's ContainerStatus::can_*. */
const canStart = (s: ContainerStatus): boolean => s === 'created';
const canExec = (s: ContainerStatus): boolean => s === 'created' || s === 'running';
const canKill = (s: ContainerStatus): boolean => s !== 'stopped';
const canPause = (s: ContainerStatus): boolean => s === 'created' || s === 'running';
const canResume = (s: ContainerStatus): boolean => s === 'paused';
const canUpdate = (s: ContainerStatus): boolean => s !== 'stopped';
const canDelete = (s: ContainerStatus): boolean => s === 'stopped';

export type Verb = 'start' | 'exec' | 'kill' | 'pause' | 'resume' | 'update' | 'stats' | 'delete';

const PREDICATE: Record<Verb, (s: ContainerStatus) => boolean> = {
  start: canStart,
  exec: canExec,
  kill: canKill,
  pause: canPause,
  resume: canResume,
  update: canUpdate,
  stats: canUpdate,
  delete: canDelete,
};

/** runc's refusal for `verb` on a container in `status`, word for word (callers match on them). */
export function refusal(verb: Verb, status: ContainerStatus, id: string): HutchError {
  const fail = (msg: string, code: ErrorCode) => new HutchError(msg, { code });
  switch (verb) {
    case 'start':
      if (status === 'stopped') return fail('cannot start a container that has stopped', 'not-running');
      if (status === 'running') return fail('cannot start an already running container', 'running');
      return fail(`cannot start a container in the ${status} state`, status === 'paused' ? 'paused' : 'running');
    case 'exec':
      if (status === 'paused') return fail('cannot exec in a paused container (use --ignore-paused to override)', 'paused');
      return fail('cannot exec in a stopped container', 'not-running');
    case 'resume':
      return fail(ERR_NOT_PAUSED, 'not-paused');
    case 'delete':
      return fail(
        `cannot delete container ${id} that is not stopped: container ${status === 'paused' ? 'paused' : 'still running'}`,
        status === 'paused' ? 'paused' : 'running',
      );
    default:
      return fail(ERR_NOT_RUNNING, 'not-running');
  }
}

export class Container {
  private spec: Promise<Spec | undefined> | undefined;
  private manager: Promise<CgroupManager | undefined> | undefined;

  constructor(
    readonly ctx: RuntimeContext,
    readonly store: StateStore,
    readonly record: ContainerRecord,
  ) {}

  get id(): string {
    return this.record.id;
  }

  /** The live status, read from /proc and the exec fifo each time (runc's refreshState). */
  status(): ContainerStatus {
    return containerStatus(this.record, this.store.fifoPath(this.id));
  }

  /** Throws runc's refusal unless the container's status allows `verb`. */
  require(verb: Verb): ContainerStatus {
    const status = this.status();
    if (!PREDICATE[verb](status)) throw refusal(verb, status, this.id);
    return status;
  }

  /** The config.json taken at create time (hooks and exec use it, not the bundle's current one). */
  savedSpec(): Promise<Spec | undefined> {
    this.spec ??= parseSaved(this.store.readConfig(this.id)).catch((err: unknown) => {
      // Written by create, so damage is rare; but it must not pass unnoticed
      // (delete would skip the poststop hooks, exec use the bundle's config).
      this.ctx.log.warn(
        `container ${this.id}: its saved config.json cannot be read, hooks and exec fall back to the bundle's: ${(err as Error).message}`,
      );
      return undefined;
    });
    return this.spec;
  }

  /**
   * Its hooks. start, kill and delete run on every container, hooks or not:
   * only a config that mentions hooks pays for loading the config parser.
   */
  async savedHooks(): Promise<Hooks | undefined> {
    if (this.spec === undefined && !this.store.readConfig(this.id)?.includes('"hooks"')) return undefined;
    return (await this.savedSpec())?.hooks;
  }

  /**
   * The container's cgroups, if it has any. The cgroup code loads only when
   * there is something to manage (start never needs it, nor a rootless
   * container without a delegated cgroup).
   */
  cgroups(): Promise<CgroupManager | undefined> {
    this.manager ??=
      Object.keys(this.record.cgroupPaths).length === 0
        ? Promise.resolve(undefined)
        : import('./cgroups.js').then((m) => m.managerOf(this.record));
    return this.manager;
  }

  /** The cgroups, or runc-like refusal when there are none to act on. */
  async requireCgroups(what: string): Promise<CgroupManager> {
    const m = await this.cgroups();
    if (!m) throw new HutchError(`unable to ${what} a container without cgroups (rootless without a delegated cgroup)`, { code: 'cgroup' });
    return m;
  }

  save(): void {
    this.store.save(this.record);
  }
}

async function parseSaved(text: string | undefined): Promise<Spec | undefined> {
  if (text === undefined) return undefined;
  const [{ parseSpec }, { parseJson }] = await Promise.all([import('../config/load.js'), import('../config/json.js')]);
  return parseSpec(parseJson(text));
}

/** The container, without its lock: for reads, and for kill (runc does not serialise it). */
export function loadContainer(ctx: RuntimeContext, id: string): Container {
  const store = openStore(ctx);
  return new Container(ctx, store, store.load(id));
}

/** Runs `fn` on the container under its lock (other commands on it wait). */
export async function withContainer<T>(ctx: RuntimeContext, id: string, fn: (c: Container) => T | Promise<T>): Promise<T> {
  const store = openStore(ctx);
  return store.withLock(id, () => fn(new Container(ctx, store, store.load(id))));
}
