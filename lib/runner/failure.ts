import type { BuiltPlan } from '../plan/container.js';
import { goStrerror } from '../sys/errno.js';

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
  if (built.lookupFail && (stepIndex === built.lookupFail.index || step.what.startsWith('look up '))) {
    const cand = step.what.replace(/^look up /, '');
    const arg0 = built.lookupFail.what.match(/^exec: (".*"): executable file not found$/)?.[1] ?? JSON.stringify(cand);
    const name = JSON.parse(arg0) as string;
    if (name.includes('/')) return `exec: ${arg0}: stat ${name}: ${goStrerror(errno)}`;
    if (errno === 2) return `exec: ${arg0}: executable file not found in $PATH`;
    return `exec: ${arg0}: ${goStrerror(errno)}`;
  }
  return `${step.what}: ${goStrerror(errno)}`;
}
