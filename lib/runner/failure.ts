import type { BuiltPlan } from '../plan/container.js';
import { goStrerror } from '../sys/errno.js';
import type { ErrorCode } from '../errors.js';

/**
 * A failed step in words, e.g. "mount proc on /proc: operation not
 * permitted". The executable lookup reads like runc's, because podman maps
 * those messages to exit codes 126/127.
 */
export function describeFailure(built: BuiltPlan, stepIndex: number, errno: number): string {
  const step = built.builder.steps[stepIndex];
  if (!step) return `step ${stepIndex}: ${goStrerror(errno)}`;
  // A check of the plan's own (PlanBuilder.refuse): its text says it all.
  if (errno === 0) return step.what;
  if (isLookup(built, stepIndex)) {
    const cand = step.what.replace(/^look up /, '');
    const arg0 = built.lookupFail?.what.match(/^exec: (".*"): executable file not found$/)?.[1] ?? JSON.stringify(cand);
    const name = JSON.parse(arg0) as string;
    if (name.includes('/')) return `exec: ${arg0}: stat ${name}: ${goStrerror(errno)}`;
    if (errno === 2) return `exec: ${arg0}: executable file not found in $PATH`;
    return `exec: ${arg0}: ${goStrerror(errno)}`;
  }
  return `${step.what}: ${goStrerror(errno)}`;
}

/** The HutchError code of a failed step: the executable lookup has codes of its own. */
export function failureCode(built: BuiltPlan, stepIndex: number, errno: number): ErrorCode {
  if (!isLookup(built, stepIndex)) return 'start-failed';
  return errno === 2 ? 'exec-not-found' : errno === 13 ? 'exec-not-executable' : 'exec-failed';
}

function isLookup(built: BuiltPlan, stepIndex: number): boolean {
  const step = built.builder.steps[stepIndex];
  return built.lookupFail !== undefined && step !== undefined && (stepIndex === built.lookupFail.index || step.what.startsWith('look up '));
}
