/**
 * Issue #15, class 8 (CVE-2023-25809): /sys bound with "rbind,ro" and no
 * cgroup mount (runc spec --rootless's /sys, without its cgroup line). "ro"
 * on an rbind made only the top mount read-only, so the host's cgroup
 * hierarchies below it stayed writable: a cgroup directory owned by the
 * container's user (root's own, or a rootless user's delegated one) could
 * be written from inside. Now read-only all the way down. runc 1.1.5
 * leaves them writable, so there is no runc comparison. Root and rootless.
 */
import { chownSync, existsSync, mkdirSync, readFileSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeResult } from '../helpers/runtimes.js';
import { describeKinds } from '../helpers/kinds.js';
import { parseMountinfo } from '../helpers/mountinfo.js';

/** A cgroup hierarchy of the host (a v1 controller's, or the v2 root). */
function cgroupHierarchy(): string | undefined {
  return parseMountinfo(readFileSync('/proc/self/mountinfo', 'utf8')).find(
    (m) => (m.fsType === 'cgroup' || m.fsType === 'cgroup2') && !m.readOnly,
  )?.mountPoint;
}

const hierarchy = cgroupHierarchy();

describeKinds('/sys bound read-only (CVE-2023-25809 class)', (env) => {
  it.skipIf(!hierarchy)(
    `a host cgroup the container's user owns is read-only inside${hierarchy ? '' : ' (skipped: no writable cgroup hierarchy on this host)'}`,
    async () => {
      const cgroup = join(hierarchy!, `hutch-sec-sys-${process.pid}-${env().kind}`);
      mkdirSync(cgroup);
      try {
        if (env().user) chownSync(cgroup, env().user!.uid, env().user!.gid);
        const b = env().bundle({
          template: 'fixture',
          args: ['sh', '-c', `mkdir ${cgroup}/child 2>&1; echo rc=$?`],
          edit: (cfg) => {
            cfg.mounts = cfg.mounts.filter((m: { destination: string }) => !m.destination.startsWith('/sys'));
            cfg.mounts.push({ destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] });
          },
        });
        const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('sys')]);
        expect(r.exitCode, describeResult(r)).toBe(0);
        expect(r.stdout).toContain('Read-only file system');
        expect(r.stdout).toContain('rc=1');
        expect(existsSync(join(cgroup, 'child'))).toBe(false);
      } finally {
        if (existsSync(join(cgroup, 'child'))) rmdirSync(join(cgroup, 'child'));
        rmdirSync(cgroup);
      }
    },
  );
});
