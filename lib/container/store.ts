import type { GlobalOptions } from '../cli/context.js';
import { StateStore } from '../state/store.js';
import { chooseStateRoot, ensureStateRoot, resolveRootFlag } from '../state/root.js';

/** The state store for these global options: --root, or runc's per-user default. */
export function openStore(global: Pick<GlobalOptions, 'root'>, create = false): StateStore {
  if (global.root !== undefined) {
    const root = resolveRootFlag(global.root);
    if (create) ensureStateRoot(root);
    return new StateStore(root);
  }
  const choice = chooseStateRoot(process.env, process.geteuid!());
  if (create) ensureStateRoot(choice);
  return new StateStore(choice.path);
}
