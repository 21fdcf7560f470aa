/**
 * Cases that run once as root and once rootless (as the unprivileged test
 * user), each kind in its own workspace with its own state roots. Every
 * container id handed out is deleted (--force) when the describe block ends.
 */
import { afterAll, beforeAll, describe } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type BundleKind, type BundleOptions, type Workspace } from './bundle.js';
import { rootSkipReason } from './host.js';
import {
  containerId,
  ensureHutchBuilt,
  killLeftovers,
  makeStateRoots,
  runRuntime,
  type RuntimeCall,
  type RuntimeResult,
  type Runtime,
  type StateRoots,
} from './runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from './user.js';

export interface KindEnv {
  kind: BundleKind;
  user?: TestUser;
  ws: Workspace;
  roots: StateRoots;
  /** A bundle of this kind (owned by the test user when rootless). */
  bundle: (opts: Omit<BundleOptions, 'kind' | 'user'>) => Bundle;
  /** A fresh container id, deleted with both runtimes at the end. */
  id: (prefix: string) => string;
  /** Runs a runtime as this kind's user. */
  call: (runtime: Runtime, args: string[], extra?: Pick<RuntimeCall, 'prefix' | 'timeoutMs' | 'delegated'>) => Promise<RuntimeResult>;
}

/** Why cases of this kind cannot run here, or undefined. */
function kindSkipReason(kind: BundleKind): string | undefined {
  return kind === 'root' ? rootSkipReason() : (rootSkipReason() ?? rootlessSkipReason());
}

/** describe() once per kind; `body` gets the kind's environment (ready in its tests). */
export function describeKinds(title: string, body: (env: () => KindEnv, kind: BundleKind) => void): void {
  for (const kind of ['root', 'rootless'] as const) {
    const skip = kindSkipReason(kind);
    describe.skipIf(Boolean(skip))(`${title}, ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
      let env: KindEnv | undefined;
      const ids: string[] = [];
      beforeAll(() => {
        ensureHutchBuilt();
        const user = kind === 'rootless' ? ensureTestUser() : undefined;
        const ws = makeWorkspace(`hutch-${kind}-`);
        const roots = makeStateRoots(ws, user);
        env = {
          kind,
          user,
          ws,
          roots,
          bundle: (opts) => makeBundle(ws, { ...opts, kind, user }),
          id: (prefix) => {
            const id = containerId(prefix);
            ids.push(id);
            return id;
          },
          call: (runtime, args, extra) => runRuntime({ runtime, user, roots, args, timeoutMs: 30_000, ...extra }),
        };
      });
      afterAll(async () => {
        if (!env) return;
        for (const id of ids) {
          for (const runtime of ['hutch', 'runc'] as const) await env.call(runtime, ['delete', '--force', id]).catch(() => undefined);
          killLeftovers(id);
        }
        env.ws.cleanup();
      });
      body(() => env!, kind);
    });
  }
}
