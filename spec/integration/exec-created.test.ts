/**
 * exec into a created (not yet started) container, and startContainer hooks
 * (which hutch runs the same way): both enter the namespaces of the waiting
 * init through /proc/PID/ns. hutch's init used to turn non-dumpable
 * unconditionally, which makes those links unreadable to a rootless owner,
 * so rootless exec failed ("drop capability 0 from the bounding set:
 * operation not permitted", after silently joining nothing). runc turns
 * non-dumpable only when it joins existing namespaces; so does hutch now.
 */
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type BundleKind } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import { containerId, describeResult, ensureHutchBuilt, makeStateRoots, runRuntime, type Runtime } from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason } from '../helpers/user.js';

function defineCases(runtime: Runtime, kind: BundleKind, reason: string | undefined): void {
  it.skipIf(Boolean(reason))(
    `${runtime}, ${kind}: exec before start runs inside the container${reason ? ` (skipped: ${reason})` : ''}`,
    async () => {
      if (runtime === 'hutch') ensureHutchBuilt();
      const user = kind === 'rootless' ? ensureTestUser() : undefined;
      const ws = makeWorkspace('hutch-exec-created-');
      const roots = makeStateRoots(ws, user);
      const id = containerId('xc');
      try {
        const b = makeBundle(ws, {
          kind,
          user,
          args: ['sh', '-c', 'exit 0'],
          edit: (cfg) => {
            cfg.hostname = 'inside';
            cfg.hooks = { startContainer: [{ path: '/bin/sh', args: ['sh', '-c', 'test "$(hostname)" = inside'] }] };
          },
        });
        const created = await runRuntime({ runtime, user, roots, args: ['create', '--bundle', b.dir, id] });
        expect(created.exitCode, describeResult(created)).toBe(0);
        const exec = await runRuntime({ runtime, user, roots, args: ['exec', id, 'hostname'] });
        expect(exec.exitCode, describeResult(exec)).toBe(0);
        expect(exec.stdout.trim()).toBe('inside');
        // The startContainer hook checks that it runs in the container's uts namespace.
        const started = await runRuntime({ runtime, user, roots, args: ['start', id] });
        expect(started.exitCode, describeResult(started)).toBe(0);
      } finally {
        await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
        ws.cleanup();
      }
    },
  );
}

describe('exec into a created container, startContainer hooks', () => {
  for (const runtime of ['hutch', 'runc'] as const) {
    const runcReason = runtime === 'runc' ? runcSkipReason() : undefined;
    defineCases(runtime, 'root', runcReason ?? rootSkipReason());
    defineCases(runtime, 'rootless', runcReason ?? rootlessSkipReason());
  }
});
