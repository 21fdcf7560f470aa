import type { BuiltPlan } from '../plan/container.js';
import type { ErrorCode } from '../errors.js';
import { goStrerror } from '../sys/errno.js';

/**
 * A failed step in words, e.g. "mount proc on /proc: operation not
 * permitted". Each step carries its own words (plan/builder.ts): the
 * executable lookup's read like runc's, because podman maps those messages
 * to exit codes 126/127, and may add the cause runc does not give.
 */
export function describeFailure(built: BuiltPlan, stepIndex: number, errno: number): { message: string; code: ErrorCode } {
  const step = built.builder.steps[stepIndex];
  if (!step) return { message: `step ${stepIndex}: ${goStrerror(errno)}`, code: 'start-failed' };
  // A check of the plan's own (PlanBuilder.refuse): its text says it all.
  if (errno === 0) return { message: step.what, code: step.code ?? 'start-failed' };
  const cause = step.cause ? `: ${step.cause}` : '';
  return { message: `${step.what}: ${step.reason ?? goStrerror(errno)}${cause}`, code: step.code ?? 'start-failed' };
}
