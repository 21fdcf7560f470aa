import type { CommandSpec } from '../command.js';

type Loader = () => Promise<{ default: CommandSpec }>;

/**
 * The command table: name → lazy module. Keep it in runc's order.
 * Add a command by adding a line here and a file next to this one.
 */
export const commands: Record<string, Loader> = {
  run: () => import('./run.js'),
  bundle: () => import('./bundle.js'),
  spec: () => import('./spec.js'),
};
