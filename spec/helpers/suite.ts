/**
 * The setup every differential test file repeats for one kind of bundle:
 * a workspace, the unprivileged test user (rootless), and state roots for
 * both runtimes, made before the cases and removed after them. Call it in a
 * describe block; the fields are filled in by its beforeAll.
 */
import { afterAll, beforeAll } from 'vitest';
import { makeWorkspace, type BundleKind, type Workspace } from './bundle.js';
import { ensureHutchBuilt, makeStateRoots, type StateRoots } from './runtimes.js';
import { ensureTestUser, type TestUser } from './user.js';

export interface SuiteEnv {
  ws: Workspace;
  user: TestUser | undefined;
  roots: StateRoots;
}

export function suiteEnv(kind: BundleKind, prefix: string, then?: (env: SuiteEnv) => void): SuiteEnv {
  const env = {} as SuiteEnv;
  beforeAll(() => {
    ensureHutchBuilt();
    env.ws = makeWorkspace(`${prefix}-${kind}-`);
    env.user = kind === 'rootless' ? ensureTestUser() : undefined;
    env.roots = makeStateRoots(env.ws, env.user);
    then?.(env);
  });
  afterAll(() => env.ws?.cleanup());
  return env;
}
