/**
 * Runs OCI hooks in the runtime namespace (prestart, createRuntime,
 * poststart, poststop) the way runc's libcontainer Command.Run does:
 * argv and env exactly as configured, the state JSON on stdin, stdout and
 * stderr captured into the error text, SIGKILL when the timeout fires.
 *
 * createContainer and startContainer hooks must run in the container's
 * namespaces: lib/container/hooks.ts renders them with renderHook() and
 * starts each through an exec plan that joins the container's namespaces.
 * Running them here would run them in the wrong namespaces.
 */
import { execa } from 'execa';
import { HutchError } from '../errors.js';
import type { Hook, HookName } from '../config/types.js';
import { renderHook, type HookInvocation, type RenderOptions } from './render.js';
import { exitText, failedText, indexedText, startErrorText, timeoutText } from './go-text.js';
import type { Logger } from '../log.js';

export interface RunHooksOptions extends RenderOptions {
  /**
   * Working directory of the hooks. runc gives them its own cwd, which is the
   * bundle during create/run (runc chdirs there) and the caller's cwd during
   * delete. Default: this process's cwd.
   */
  cwd?: string;
  /** Where debug lines about each hook go (--debug, DEBUG=hutch:*). */
  log?: Logger;
}

/**
 * Runs the hooks in order and stops at the first failure, throwing
 * HutchError with runc's text: "error running hook #1: error running hook:
 * exit status 3, stdout: ..., stderr: ...".
 */
export async function runHooks(
  kind: HookName,
  hooks: readonly Hook[] | undefined,
  state: object,
  opts: RunHooksOptions = {},
): Promise<void> {
  for (const [i, hook] of (hooks ?? []).entries()) {
    const failure = await runIndexed(kind, i, hook, state, opts);
    if (failure !== undefined) throw new HutchError(failure, { code: 'hook' });
  }
}

/**
 * Runs every hook even when some fail, and returns one warning per failure
 * (same text as runHooks). The runtime-spec makes poststart and poststop
 * failures warnings: the remaining hooks and the lifecycle continue.
 */
export async function runHooksBestEffort(
  kind: HookName,
  hooks: readonly Hook[] | undefined,
  state: object,
  opts: RunHooksOptions = {},
): Promise<string[]> {
  const warnings: string[] = [];
  for (const [i, hook] of (hooks ?? []).entries()) {
    const failure = await runIndexed(kind, i, hook, state, opts);
    if (failure !== undefined) warnings.push(failure);
  }
  return warnings;
}

async function runIndexed(kind: HookName, index: number, hook: Hook, state: object, opts: RunHooksOptions): Promise<string | undefined> {
  opts.log?.debug(`${kind} hook #${index}: ${hook.path} ${JSON.stringify(hook.args ?? [])}`);
  const failure = await runInvocation(renderHook(hook, state, opts), opts.cwd);
  if (failure !== undefined) opts.log?.debug(`${kind} hook #${index} failed: ${failure}`);
  return failure === undefined ? undefined : indexedText(index, failure);
}

/**
 * Spawns one rendered hook and waits for it. Resolves to runc's failure text
 * (without the "#N" prefix), or undefined when the hook exited 0.
 */
async function runInvocation(inv: HookInvocation, cwd?: string): Promise<string | undefined> {
  const sub = execa(execPath(inv.path), inv.argv.slice(1), {
    argv0: inv.argv[0],
    env: envObject(inv.envp),
    extendEnv: false,
    input: inv.stdin,
    ...(cwd === undefined ? {} : { cwd }),
    stripFinalNewline: false,
    reject: false,
    forceKillAfterDelay: false,
  });
  let timedOut = false;
  const timer =
    inv.timeoutMs === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          sub.kill('SIGKILL');
          // A grandchild may still hold the pipes; runc would then hang on
          // them, we stop reading so the timeout really bounds the wait.
          sub.stdout?.destroy();
          sub.stderr?.destroy();
        }, inv.timeoutMs);
  const r = await sub;
  if (timer) clearTimeout(timer);

  if (timedOut) return timeoutText(inv.timeoutSeconds ?? 0);
  const cause = r.cause as NodeJS.ErrnoException | undefined;
  if (r.exitCode === undefined && r.signal === undefined && cause?.syscall?.startsWith('spawn')) {
    return startErrorText(inv.path, cause.code);
  }
  if (r.exitCode !== 0 || r.signal !== undefined) {
    return failedText(exitText(r.exitCode, r.signal), String(r.stdout ?? ''), String(r.stderr ?? ''));
  }
  return undefined;
}

/**
 * Go executes a relative hook path relative to the cwd, never through PATH;
 * Node (execvp) would search PATH for a name without a slash.
 */
function execPath(path: string): string {
  return path.includes('/') ? path : `./${path}`;
}

/**
 * envp as the object Node wants. Node can only express NAME=value pairs, so
 * the rare entry without '=' that runc would pass through is dropped here
 * (the rendered envp in HookInvocation keeps it, for the plan).
 */
function envObject(envp: readonly string[]): Record<string, string> {
  const env: Record<string, string> = {};
  for (const kv of envp) {
    const eq = kv.indexOf('=', 1) >= 0 ? kv.indexOf('=', 1) : kv.startsWith('=') ? 0 : -1;
    if (eq < 0) continue;
    env[kv.slice(0, eq)] = kv.slice(eq + 1);
  }
  return env;
}
