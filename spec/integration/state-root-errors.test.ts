/**
 * A state root the caller cannot read: `list` and `state` fail with one
 * line naming the path, as runc does, not a stack trace or an empty list.
 * Root reads any directory, so the calls run as the unprivileged test user
 * against a root-owned directory of mode 0.
 */
import { chmodSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeWorkspace } from '../helpers/bundle.js';
import { runcSkipReason } from '../helpers/host.js';
import { describeResult, ensureHutchBuilt, runRuntime, type Runtime } from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason } from '../helpers/user.js';

const skip = rootlessSkipReason();

describe.skipIf(skip)(`an unreadable state root${skip ? ` (skipped: ${skip})` : ''}`, () => {
  async function call(runtime: Runtime, root: string, args: string[]) {
    return runRuntime({ runtime, user: ensureTestUser(), roots: { hutch: root, runc: root }, args });
  }

  it('list and state name the path and its errno, exit 1', async () => {
    ensureHutchBuilt();
    const ws = makeWorkspace('hutch-unreadable-');
    try {
      const root = join(ws.dir, 'root');
      mkdirSync(root);
      chmodSync(root, 0);
      const list = await call('hutch', root, ['list']);
      expect(list.exitCode, describeResult(list)).toBe(1);
      expect(list.stderr).toBe(`hutch: open ${root}: permission denied\n`);
      expect(list.stdout).toBe('');
      const state = await call('hutch', root, ['state', 'x']);
      expect(state.exitCode, describeResult(state)).toBe(1);
      expect(state.stderr).toMatch(new RegExp(`^hutch: \\w+ ${root}/x\\S*: permission denied\\n$`));
      if (!runcSkipReason()) {
        // runc words the list error the same way.
        const runc = await call('runc', root, ['list']);
        expect(runc.exitCode).toBe(1);
        expect(runc.stderr).toContain(`open ${root}: permission denied`);
      }
    } finally {
      ws.cleanup();
    }
  });
});
