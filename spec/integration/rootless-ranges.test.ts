/**
 * Issue #2 — rootless with id ranges: mappings beyond the caller's own id go
 * through newuidmap/newgidmap (uidmap package, /etc/subuid and /etc/subgid),
 * and then setgroups stays allowed, so additionalGids work.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace } from '../helpers/bundle.js';
import { which } from '../helpers/host.js';
import { containerId, describeResult, ensureHutchBuilt, makeStateRoots, runRuntime } from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason } from '../helpers/user.js';

const skip = rootlessSkipReason() ?? (which('newuidmap') ? undefined : 'newuidmap is not installed (Debian package uidmap)');

function subRange(file: string, name: string): [number, number] | undefined {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [user, start, count] = line.split(':');
    if (user === name) return [Number(start), Number(count)];
  }
  return undefined;
}

describe.skipIf(skip)(`rootless with subordinate id ranges${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('maps a range with newuidmap/newgidmap and applies additionalGids', async () => {
    ensureHutchBuilt();
    const user = ensureTestUser();
    const uids = subRange('/etc/subuid', user.name);
    const gids = subRange('/etc/subgid', user.name);
    expect(uids && gids, `${user.name} needs ranges in /etc/subuid and /etc/subgid (useradd adds them)`).toBeTruthy();
    const ws = makeWorkspace('hutch-ranges-');
    try {
      const b = makeBundle(ws, {
        kind: 'rootless',
        user,
        template: 'fixture',
        args: ['sh', '-c', 'cat /proc/self/uid_map; id -G'],
        edit: (cfg) => {
          cfg.linux.uidMappings = [
            { containerID: 0, hostID: user.uid, size: 1 },
            { containerID: 1, hostID: uids![0], size: 1000 },
          ];
          cfg.linux.gidMappings = [
            { containerID: 0, hostID: user.gid, size: 1 },
            { containerID: 1, hostID: gids![0], size: 1000 },
          ];
          cfg.process.user = { uid: 0, gid: 0, additionalGids: [5] };
        },
      });
      b.writeConfig();
      const r = await runRuntime({
        runtime: 'hutch',
        user,
        roots: makeStateRoots(ws, user),
        args: ['run', '--bundle', b.dir, containerId('ranges')],
      });
      expect(r.exitCode, describeResult(r)).toBe(0);
      const lines = r.stdout
        .trim()
        .split('\n')
        .map((l) => l.trim().split(/\s+/).join(' '));
      expect(lines).toEqual([`0 ${user.uid} 1`, `1 ${uids![0]} 1000`, '0 5']);
    } finally {
      ws.cleanup();
    }
  });
});
