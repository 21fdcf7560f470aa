/**
 * The library API: the same code the CLI runs, as async functions, for a
 * Node program that runs containers in-process (no Node start-up per
 * container). Errors are HutchError with the CLI's one-line messages.
 *
 *   import { run, create, start, state, kill, delete as remove } from 'hutch';
 *   const code = await run('c1', '/path/to/bundle');
 */
import type { GlobalOptions } from './cli/context.js';
import { Logger, type Level } from './cli/logger.js';
import * as lifecycle from './container/lifecycle.js';
import * as operate from './container/operate.js';
import { execInContainer } from './container/exec.js';
import { openStore } from './container/store.js';
import { containerStatus } from './state/status.js';
import { ociState, type OciState } from './state/format.js';
import { parseSignal } from './signals.js';

export interface HutchOptions {
  /** State directory; default: /run/hutch for root, $XDG_RUNTIME_DIR/hutch otherwise. */
  root?: string;
  rootless?: 'auto' | 'true' | 'false';
  /** Receives warnings (and debug lines with debug: true); default: ignored. */
  onLog?: (level: Level, msg: string) => void;
  debug?: boolean;
  /** Also append log lines here, as --log does. */
  logFile?: string;
  logFormat?: 'text' | 'json';
}

export interface CreateOptions extends HutchOptions {
  pidFile?: string;
  consoleSocket?: string;
  noPivot?: boolean;
  noNewKeyring?: boolean;
  preserveFds?: number;
}

export interface RunOptions extends CreateOptions {
  /** Return as soon as the container runs (default: wait and return its exit code). */
  detach?: boolean;
  /** Keep the container's state after it exits. */
  keep?: boolean;
  /** Forward this process's signals (SIGTERM, SIGINT...) to the container while waiting. Default false. */
  forwardSignals?: boolean;
}

export interface ExecOptions extends HutchOptions {
  env?: string[];
  cwd?: string;
  user?: string;
  detach?: boolean;
  pidFile?: string;
  tty?: boolean;
  consoleSocket?: string;
}

function context(o: HutchOptions): { global: GlobalOptions; logger: Logger } {
  const global: GlobalOptions = {
    root: o.root,
    log: o.logFile,
    logFormat: o.logFormat ?? 'json',
    debug: o.debug ?? false,
    rootless: o.rootless ?? 'auto',
    systemdCgroup: false,
  };
  return { global, logger: new Logger(global, o.onLog ?? (() => undefined)) };
}

function createOpts(id: string, bundle: string, o: CreateOptions): lifecycle.CreateOptions {
  return {
    id,
    bundle,
    pidFile: o.pidFile,
    consoleSocket: o.consoleSocket,
    noPivot: o.noPivot ?? false,
    noNewKeyring: o.noNewKeyring ?? false,
    preserveFds: o.preserveFds ?? 0,
    ...context(o),
  };
}

/** Create a container; its process waits for start(). */
export async function create(id: string, bundle: string, o: CreateOptions = {}): Promise<OciState> {
  await lifecycle.createContainer(createOpts(id, bundle, o));
  return state(id, o);
}

export async function start(id: string, o: HutchOptions = {}): Promise<void> {
  const { global, logger } = context(o);
  await operate.startContainer(global, id, logger);
}

/** Create, start and (unless detach) wait: resolves to the exit code, 128+N for signal N. */
export async function run(id: string, bundle: string, o: RunOptions = {}): Promise<number> {
  return lifecycle.runContainer({ ...createOpts(id, bundle, o), detach: o.detach ?? false, keep: o.keep ?? false, dryRun: false, forwardSignals: o.forwardSignals ?? false });
}

export async function exec(id: string, args: string[], o: ExecOptions = {}): Promise<number> {
  return execInContainer({
    id,
    processFile: undefined,
    args,
    env: o.env ?? [],
    cwd: o.cwd,
    user: o.user,
    additionalGids: [],
    caps: [],
    noNewPrivs: false,
    tty: o.tty ?? false,
    consoleSocket: o.consoleSocket,
    detach: o.detach ?? false,
    pidFile: o.pidFile,
    preserveFds: 0,
    dryRun: false,
    ...context(o),
  });
}

/** Send a signal (name like "TERM"/"SIGTERM" or a number) to the container. */
export async function kill(id: string, signal: string | number = 'SIGTERM', o: HutchOptions & { all?: boolean } = {}): Promise<void> {
  const { global } = context(o);
  await operate.killContainer(global, id, typeof signal === 'number' ? signal : parseSignal(signal), o.all ?? false);
}

async function remove(id: string, o: HutchOptions & { force?: boolean } = {}): Promise<void> {
  const { global, logger } = context(o);
  await operate.deleteContainer(global, id, o.force ?? false, logger);
}

/** The OCI state of a container, as `hutch state` prints it. */
export async function state(id: string, o: HutchOptions = {}): Promise<OciState> {
  const store = openStore(context(o).global);
  const record = store.load(id);
  return ociState(record, containerStatus(record, store.fifoPath(id)));
}

export { remove as delete, remove };
export type { OciState };
