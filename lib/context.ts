/**
 * The runtime context every verb takes first: where state lives, how to
 * decide rootless, which cgroup driver, and the log. It belongs to the
 * library (crun's libcrun_context_t); the CLI (lib/cli/run-command.ts) and
 * the library API (lib/api.ts) are the only two places that build one.
 */
import { Logger, type LogOptions } from './log.js';
import { StateStore } from './state/store.js';
import { chooseStateRoot, ensureStateRoot, isRootless, resolveRootFlag } from './state/root.js';

type RootlessMode = 'auto' | 'true' | 'false';
type CgroupDriver = 'cgroupfs' | 'systemd';

export interface RuntimeContext {
  /** State directory (runc's --root); undefined: the per-user default. */
  readonly root: string | undefined;
  /** --rootless: auto decides from the euid and the user namespace, as runc. */
  readonly rootless: RootlessMode;
  /**
   * --systemd-cgroup selects 'systemd'. There is no systemd driver: the
   * cgroupfs layout is used either way, with systemd's path syntax
   * ("slice:prefix:name") understood.
   */
  readonly cgroupDriver: CgroupDriver;
  readonly log: Logger;
}

export interface ContextOptions extends LogOptions {
  root?: string;
  rootless?: RootlessMode;
  cgroupDriver?: CgroupDriver;
}

export function createContext(o: ContextOptions = {}): RuntimeContext {
  return {
    root: o.root,
    rootless: o.rootless ?? 'auto',
    cgroupDriver: o.cgroupDriver ?? 'cgroupfs',
    log: new Logger(o),
  };
}

/** Whether this context manages cgroups the rootless way (runc's "auto" rule). */
export function rootlessCgroups(ctx: Pick<RuntimeContext, 'rootless'>): boolean {
  return ctx.rootless === 'true' || (ctx.rootless === 'auto' && isRootless());
}

/** The state store: --root, or runc's per-user default. `create` makes the root if missing. */
export function openStore(ctx: Pick<RuntimeContext, 'root'>, create = false): StateStore {
  if (ctx.root !== undefined) {
    const root = resolveRootFlag(ctx.root);
    if (create) ensureStateRoot(root);
    return new StateStore(root);
  }
  const choice = chooseStateRoot(process.env, process.geteuid!());
  if (create) ensureStateRoot(choice);
  return new StateStore(choice.path);
}
