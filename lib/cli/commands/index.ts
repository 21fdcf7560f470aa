import type { CommandSpec } from '../command.js';

type Loader = () => Promise<{ default: CommandSpec }>;

/**
 * The command table: name → lazy module. Keep it in runc's order.
 * Add a command by adding a line here and a file next to this one.
 */
export const commands: Record<string, Loader> = {
  create: () => import('./create.js'),
  start: () => import('./start.js'),
  run: () => import('./run.js'),
  exec: () => import('./exec.js'),
  state: () => import('./state.js'),
  kill: () => import('./kill.js'),
  delete: () => import('./delete.js'),
  list: () => import('./list.js'),
  ps: () => import('./ps.js'),
  pause: () => import('./pause.js'),
  resume: () => import('./resume.js'),
  update: () => import('./update.js'),
  events: () => import('./events.js'),
  features: () => import('./features.js'),
  bundle: () => import('./bundle.js'),
  spec: () => import('./spec.js'),
  sandbox: () => import('./sandbox.js'),
};
