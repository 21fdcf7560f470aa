/**
 * linux.timeOffsets in a new time namespace, as root and rootless (runc 1.1
 * has no time namespaces, so there is no differential here). A rootless
 * run used to fail with "open /proc/self/timens_offsets: permission
 * denied": the setup process had turned non-dumpable, and its /proc/self
 * files then belong to the initial namespace's root.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace } from '../helpers/bundle.js';
import { rootSkipReason } from '../helpers/host.js';
import { containerId, describeResult, ensureHutchBuilt, makeStateRoots, runRuntime } from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';

const noTimens = existsSync('/proc/self/ns/time') ? undefined : 'this kernel has no time namespaces (before 5.6)';

async function runWithOffsets(user: TestUser | undefined) {
  ensureHutchBuilt();
  const ws = makeWorkspace('hutch-timens-');
  try {
    const b = makeBundle(ws, {
      kind: user ? 'rootless' : 'root',
      user,
      template: 'fixture',
      // The container's own clocks: boottime shows in /proc/uptime.
      args: ['sh', '-c', 'cat /proc/self/timens_offsets; cut -d. -f1 /proc/uptime'],
      edit: (cfg) => {
        cfg.linux.namespaces.push({ type: 'time' });
        cfg.linux.timeOffsets = { monotonic: { secs: 86400, nanosecs: 5 }, boottime: { secs: 10 * 86400 } };
      },
    });
    b.writeConfig();
    return await runRuntime({
      runtime: 'hutch',
      user,
      roots: makeStateRoots(ws, user),
      args: ['run', '--bundle', b.dir, containerId('timens')],
    });
  } finally {
    ws.cleanup();
  }
}

function expectOffsets(stdout: string): void {
  const [mono, boot, uptime] = stdout
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  expect(mono).toEqual(['monotonic', '86400', '5']);
  expect(boot).toEqual(['boottime', '864000', '0']);
  // Ten days more than the host has been up.
  const hostUptime = Number(readFileSync('/proc/uptime', 'utf8').split('.')[0]);
  expect(Number(uptime![0])).toBeGreaterThanOrEqual(hostUptime + 864000 - 5);
}

describe(`time namespace offsets${noTimens ? ` (skipped: ${noTimens})` : ''}`, () => {
  const rootSkip = noTimens ?? rootSkipReason();
  it.skipIf(rootSkip)(`as root${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, async () => {
    const r = await runWithOffsets(undefined);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expectOffsets(r.stdout);
  });

  const rootlessSkip = noTimens ?? rootlessSkipReason();
  it.skipIf(rootlessSkip)(`as an unprivileged user${rootlessSkip ? ` (skipped: ${rootlessSkip})` : ''}`, async () => {
    const r = await runWithOffsets(ensureTestUser());
    expect(r.exitCode, describeResult(r)).toBe(0);
    expectOffsets(r.stdout);
  });
});
