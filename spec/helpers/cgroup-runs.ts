/**
 * Running the same container with hutch and runc and comparing what each did
 * (the cgroup differential tests): a waiting container, its error words made
 * comparable, its warnings, and a check that both runtimes agree.
 */
import { expect } from 'vitest';
import type { OciConfig } from './bundle.js';
import type { KindEnv } from './kinds.js';
import { describeResult, type Runtime, type RuntimeResult } from './runtimes.js';

/** The words of the error: runc's `msg="exec failed: ..."` and hutch's `hutch: ...`, made comparable. */
function errorOf(r: RuntimeResult, normalise: Array<[RegExp | string, string]> = []): string {
  const text = r.stderr.replace(/\\"/g, '"');
  const lines = text.split('\n').filter((l) => /level=error|^hutch: (?!warning)/.test(l));
  let msg = lines.map((l) => /msg="(.*)"$/.exec(l)?.[1] ?? l.replace(/^hutch: /, '')).join('\n');
  msg = msg.replace(/^(exec|runc run|runc create|runc update) failed: /, '');
  for (const [from, to] of normalise) msg = typeof from === 'string' ? msg.split(from).join(to) : msg.replace(new RegExp(from, 'g'), to);
  return msg.replace(/\b\d{2,}\b/g, 'N');
}

/** Warnings, without logrus decoration. */
export function warningsOf(r: RuntimeResult): string[] {
  return r.stderr
    .replace(/\\"/g, '"')
    .split('\n')
    .map((l) => /level=warning msg="(.*)"$/.exec(l)?.[1] ?? /^hutch: warning: (.*)$/.exec(l)?.[1])
    .filter((w): w is string => w !== undefined);
}

/** A container process that holds no pipe of the runtime's and waits. */
export const SLEEPER = ['sh', '-c', 'exec >/dev/null 2>&1; exec sleep 1000'];

/** A running container of `runtime` made from `edit`; its init's host pid. */
export async function sleeper(env: KindEnv, runtime: Runtime, edit?: (c: OciConfig) => void): Promise<{ id: string; pid: number }> {
  const b = env.bundle({ template: 'fixture', args: SLEEPER, edit });
  const id = env.id(`cg-${runtime}`);
  const r = await env.call(runtime, ['run', '--detach', '--bundle', b.dir, id]);
  expect(r.exitCode, describeResult(r)).toBe(0);
  const st = await env.call(runtime, ['state', id]);
  return { id, pid: (JSON.parse(st.stdout) as { pid: number }).pid };
}

/** Runs `step` for both runtimes and checks they agree on success and on the error. */
export async function sameOutcome(
  env: KindEnv,
  what: string,
  step: (rt: Runtime) => Promise<RuntimeResult>,
  normalise: (rt: Runtime) => Array<[RegExp | string, string]> = () => [],
): Promise<Record<Runtime, RuntimeResult>> {
  const out = {} as Record<Runtime, RuntimeResult>;
  for (const rt of ['hutch', 'runc'] as const) out[rt] = await step(rt);
  const verdict = (rt: Runtime) => (out[rt].exitCode === 0 ? 'ok' : `failed: ${errorOf(out[rt], normalise(rt))}`);
  // runc wraps the cause in its own layers ("unable to start container process: error during
  // container init: ..."); hutch's words must be the cause, at the end.
  const theirs = verdict('runc');
  const ours = verdict('hutch');
  // Rootless on v2: where runc stumbles on a missing file, hutch names the controller the delegation lacks.
  const clearer =
    ours.includes('is not delegated to this user') && theirs.startsWith('failed: ') && theirs.includes('no such file or directory');
  const agree = ours === theirs || clearer || (ours !== 'failed: ' && theirs.endsWith(`: ${ours.slice('failed: '.length)}`));
  expect(`${what}: ${agree ? theirs : ours}`, `${describeResult(out.hutch)}\n${describeResult(out.runc)}`).toBe(`${what}: ${theirs}`);
  return out;
}
