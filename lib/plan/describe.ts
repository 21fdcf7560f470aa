import { Op } from './format.js';
import type { PlanBuilder, Step, Value } from './builder.js';

/** One argument as text: strings quoted, results as $N, data as its label. */
function showValue(v: Value): string {
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  switch (v.kind) {
    case 'addr':
      return v.offset
        ? `&${v.block.label}+${v.offset}`
        : v.block.content.kind === 'bytes' && v.block.content.text !== undefined
          ? v.block.label
          : `&${v.block.label}`;
    case 'result':
      return `$${v.step.index}`;
    case 'load32':
    case 'load64':
      return `*${v.block.label}${v.offset ? '+' + v.offset : ''}`;
  }
}

function describeStep(s: Step): string {
  const args = s.args.map((v, i) => s.show[i] ?? showValue(v));
  const target = s.target ? ` -> ${s.target.index}` : '';
  switch (s.op) {
    case Op.Syscall: {
      const policy = s.target ? ` [on error -> ${s.target.index}]` : s.policy === 1 ? ' [errors ignored]' : '';
      const ok = s.okErrno ? ` [errno ${s.okErrno} ok]` : '';
      return `${s.name}(${args.join(', ')})${policy}${ok}  # ${s.what}`;
    }
    case Op.Jump:
      return `goto${target}`;
    case Op.Jeq:
      return `if ${args[0]} == ${args[1]} goto${target}  # ${s.what}`;
    case Op.Jne:
      return `if ${args[0]} != ${args[1]} goto${target}  # ${s.what}`;
    default:
      return `${s.name}(${args.join(', ')})  # ${s.what}`;
  }
}

/** The whole plan as numbered lines, for `hutch run --dry-run`. */
export function describePlan(plan: PlanBuilder, title: string): string {
  plan.finish();
  const width = String(plan.steps.length).length;
  const lines = plan.steps.map((s) => `${String(s.index).padStart(width)}  ${describeStep(s)}`);
  return `# ${title}: ${plan.steps.length} steps\n${lines.join('\n')}\n`;
}
