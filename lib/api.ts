/**
 * The library API: the same verbs the CLI runs, as async functions, for a
 * Node program that runs containers in-process (no Node start-up per
 * container). Failures are HutchError: the CLI's one-line message, and a
 * `code` to branch on (docs/errors.md).
 *
 *   import { run, create, start, state, kill, delete as remove } from 'hutch';
 *   const code = await run('c1', '/path/to/bundle');
 *
 * This is one of the two places a RuntimeContext is built (the CLI is the
 * other): each call makes one from its options.
 */
import { createContext, type RuntimeContext } from './context.js';
import type { Level } from './log.js';
import type { Spec } from './config/types.js';
import type { ConfigSource } from './container/prepare.js';
import { parseSignal } from './signals.js';
import type { OciState } from './container/state.js';
import type { SandboxRequest } from './sandbox/options.js';

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

/** A bundle directory, or a config in memory with the directory it belongs to (its rootfs is taken from root.path). */
export type Bundle = string | { spec: Spec; bundle: string; rootfs?: string };

export interface CreateOptions extends HutchOptions {
  pidFile?: string;
  consoleSocket?: string;
  noPivot?: boolean;
  noNewKeyring?: boolean;
  preserveFds?: number;
  /** fds the container's process gets as stdin, stdout and stderr (default: this process's 0, 1, 2). */
  stdio?: readonly [number, number, number];
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
  stdio?: readonly [number, number, number];
}

function context(o: HutchOptions): RuntimeContext {
  return createContext({
    root: o.root,
    rootless: o.rootless,
    file: o.logFile,
    format: o.logFormat ?? 'json',
    debug: o.debug,
    sink: o.onLog ?? (() => undefined),
  });
}

function sourceOf(bundle: Bundle): ConfigSource {
  if (typeof bundle === 'string') return { bundle };
  const rootfs =
    bundle.rootfs ??
    (bundle.spec.root?.path.startsWith('/') ? bundle.spec.root.path : `${bundle.bundle}/${bundle.spec.root?.path ?? 'rootfs'}`);
  return { spec: bundle.spec, bundle: bundle.bundle, rootfs };
}

function createOpts(bundle: Bundle, o: CreateOptions) {
  return {
    source: sourceOf(bundle),
    pidFile: o.pidFile,
    consoleSocket: o.consoleSocket,
    noPivot: o.noPivot,
    noNewKeyring: o.noNewKeyring,
    preserveFds: o.preserveFds,
    stdio: o.stdio,
  };
}

/** Create a container; its process waits for start(). */
export async function create(id: string, bundle: Bundle, o: CreateOptions = {}): Promise<OciState> {
  const ctx = context(o);
  const { create: createIn } = await import('./container/create.js');
  await createIn(ctx, id, createOpts(bundle, o));
  const { state: stateOf } = await import('./container/state.js');
  return stateOf(ctx, id);
}

export async function start(id: string, o: HutchOptions = {}): Promise<void> {
  const { start: startIn } = await import('./container/start.js');
  await startIn(context(o), id);
}

/** Create, start and (unless detach) wait: resolves to the exit code, 128+N for signal N. */
export async function run(id: string, bundle: Bundle, o: RunOptions = {}): Promise<number> {
  const { run: runIn } = await import('./container/run.js');
  return runIn(context(o), id, { ...createOpts(bundle, o), detach: o.detach, keep: o.keep, forwardSignals: o.forwardSignals });
}

export async function exec(id: string, args: string[], o: ExecOptions = {}): Promise<number> {
  const { exec: execIn } = await import('./container/exec.js');
  return execIn(context(o), id, {
    args,
    env: o.env,
    cwd: o.cwd,
    user: o.user,
    tty: o.tty,
    consoleSocket: o.consoleSocket,
    detach: o.detach,
    pidFile: o.pidFile,
    stdio: o.stdio,
  });
}

/** Send a signal (name like "TERM"/"SIGTERM" or a number) to the container. */
export async function kill(id: string, signal: string | number = 'SIGTERM', o: HutchOptions & { all?: boolean } = {}): Promise<void> {
  const { kill: killIn } = await import('./container/kill.js');
  await killIn(context(o), id, typeof signal === 'number' ? signal : parseSignal(signal), { all: o.all });
}

async function remove(id: string, o: HutchOptions & { force?: boolean } = {}): Promise<void> {
  const { remove: removeIn } = await import('./container/delete.js');
  await removeIn(context(o), id, { force: o.force });
}

/** The OCI state of a container, as `hutch state` prints it. */
export async function state(id: string, o: HutchOptions = {}): Promise<OciState> {
  const { state: stateOf } = await import('./container/state.js');
  return stateOf(context(o), id);
}

/** Every container under the state root, as `hutch list --format json` prints them. */
export async function list(o: HutchOptions = {}): Promise<OciState[]> {
  const { list: listIn } = await import('./container/state.js');
  return listIn(context(o));
}

export interface SandboxOptions extends HutchOptions, SandboxRequest {
  /** Capture the command's stdout and stderr into the result (default: they are this process's). */
  capture?: boolean;
  /** The command's stdin (default: /dev/null). */
  input?: string | Uint8Array;
  /** fds the command gets as 0, 1 and 2 instead (capture and input are then ignored). */
  stdio?: readonly [number, number, number];
}

export interface SandboxResult {
  /** The command's exit code, 128+N if signal N ended it. */
  code: number;
  /** `timeout` expired: the command was sent SIGTERM (and SIGKILL 5 s later). */
  timedOut: boolean;
  /** With capture. */
  stdout?: Buffer;
  stderr?: Buffer;
}

/**
 * Run `argv` in a sandbox, as `hutch sandbox` does: the host read-only, the
 * current directory (or `cwd`) writable, no network, no capabilities
 * (README "Sandboxes"). No state is kept unless `keep` names it.
 *
 *   const { code, stdout } = await sandbox(['make', 'test'], { capture: true });
 */
export async function sandbox(argv: readonly string[], o: SandboxOptions = {}): Promise<SandboxResult> {
  const [{ normalizeOptions }, { runSandbox }, { thisCaller }, { withStdio }] = await Promise.all([
    import('./sandbox/options.js'),
    import('./sandbox/run.js'),
    import('./sandbox/caller.js'),
    import('./sandbox/capture.js'),
  ]);
  const settings = normalizeOptions(argv, o, process.cwd());
  const run = (stdio: readonly [number, number, number]) =>
    runSandbox(context(o), settings, 'run', { stdio, forwardSignals: false, out: () => undefined }, thisCaller(false));
  if (o.stdio) return run(o.stdio);
  const { result, captured } = await withStdio({ input: o.input, capture: o.capture }, run);
  return captured ? { ...result, ...captured } : result;
}

export { remove as delete, remove };
export type { OciState };
