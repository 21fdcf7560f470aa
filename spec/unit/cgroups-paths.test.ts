import { describe, expect, it } from 'vitest';
import { buildLayout, cleanPath, expandSlice, resolveCgroupPath } from '../../lib/cgroups/index.js';
import type { CgroupLayout } from '../../lib/cgroups/index.js';

// Recorded on the Debian 12 test host (hybrid).
const HYBRID_MOUNTINFO = `30 22 0:27 / /sys/fs/cgroup rw,relatime - tmpfs tmpfs rw,mode=755
31 30 0:28 / /sys/fs/cgroup/cpu rw,relatime - cgroup cgroup rw,cpu
32 30 0:29 / /sys/fs/cgroup/cpuacct rw,relatime - cgroup cgroup rw,cpuacct
33 30 0:30 / /sys/fs/cgroup/cpuset rw,relatime - cgroup cgroup rw,cpuset
34 30 0:31 / /sys/fs/cgroup/memory rw,relatime - cgroup cgroup rw,memory
35 30 0:32 / /sys/fs/cgroup/devices rw,relatime - cgroup cgroup rw,devices
36 30 0:33 / /sys/fs/cgroup/freezer rw,relatime - cgroup cgroup rw,freezer
37 30 0:34 / /sys/fs/cgroup/blkio rw,relatime - cgroup cgroup rw,blkio
38 30 0:35 / /sys/fs/cgroup/pids rw,relatime - cgroup cgroup rw,pids
39 30 0:36 / /sys/fs/cgroup/systemd rw,relatime - cgroup cgroup rw,name=systemd
40 30 0:37 / /sys/fs/cgroup/unified rw,relatime - cgroup2 cgroup2 rw
`;
const HYBRID_SELF = `9:name=systemd:/
8:pids:/
7:blkio:/
6:freezer:/
5:devices:/
4:memory:/process_api/2d97
3:cpuset:/
2:cpuacct:/
1:cpu:/
0::/
`;

const hybrid = (): CgroupLayout => buildLayout(HYBRID_MOUNTINFO, HYBRID_SELF, () => ['hugetlb']);

const V2_MOUNTINFO =
  '25 20 0:23 / /sys/fs/cgroup rw,nosuid,nodev,noexec,relatime shared:4 - cgroup2 cgroup2 rw,nsdelegate,memory_recursiveprot\n';
const v2 = (): CgroupLayout =>
  buildLayout(V2_MOUNTINFO, '0::/user.slice/user-1000.slice/session-3.scope\n', () => ['cpuset', 'cpu', 'io', 'memory', 'pids']);

describe('detectLayout parsing', () => {
  it('hybrid host', () => {
    const l = hybrid();
    expect(l.mode).toBe('hybrid');
    expect(l.v1.memory).toBe('/sys/fs/cgroup/memory');
    expect(l.v1['name=systemd']).toBe('/sys/fs/cgroup/systemd');
    expect(l.v2).toEqual({ mountpoint: '/sys/fs/cgroup/unified', controllers: ['hugetlb'] });
    expect(l.own.memory).toBe('/process_api/2d97');
    expect(l.own['']).toBe('/');
  });

  it('pure v2 and pure v1; co-mounted controllers share a mountpoint', () => {
    expect(v2().mode).toBe('v2');
    const v1 = buildLayout(
      '31 30 0:28 / /sys/fs/cgroup/cpu,cpuacct rw - cgroup cgroup rw,cpu,cpuacct\n34 30 0:31 / /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n',
      '4:memory:/a\n2:cpu,cpuacct:/b\n',
      () => [],
    );
    expect(v1.mode).toBe('v1');
    expect(v1.v1.cpu).toBe('/sys/fs/cgroup/cpu,cpuacct');
    expect(v1.v1.cpuacct).toBe('/sys/fs/cgroup/cpu,cpuacct');
    expect(v1.own.cpuacct).toBe('/b');
  });

  it('inside a container the mount root is stripped from our own cgroup', () => {
    const l = buildLayout(
      '40 30 0:37 /docker/abc /sys/fs/cgroup/memory rw - cgroup cgroup rw,memory\n',
      '4:memory:/docker/abc/sub\n',
      () => [],
    );
    expect(l.own.memory).toBe('/sub');
  });
});

describe('resolveCgroupPath (runc 1.1 cgroupfs semantics, checked with runc on this host)', () => {
  it('absolute path: below each mountpoint, also the unified and name=systemd ones', () => {
    const { inner, paths } = resolveCgroupPath('/hutchdiff/t1', 'x', { layout: hybrid() });
    expect(inner).toBe('/hutchdiff/t1');
    expect(paths.memory).toBe('/sys/fs/cgroup/memory/hutchdiff/t1');
    expect(paths['name=systemd']).toBe('/sys/fs/cgroup/systemd/hutchdiff/t1');
    expect(paths['']).toBe('/sys/fs/cgroup/unified/hutchdiff/t1');
  });

  it('unset: the id, relative to our own cgroup in each hierarchy (runc put cgd2 at memory:/process_api/<..>/cgd2)', () => {
    const { paths } = resolveCgroupPath(undefined, 'cgd2', { layout: hybrid() });
    expect(paths.memory).toBe('/sys/fs/cgroup/memory/process_api/2d97/cgd2');
    expect(paths.pids).toBe('/sys/fs/cgroup/pids/cgd2');
    expect(paths['']).toBe('/sys/fs/cgroup/unified/cgd2');
  });

  it('relative paths cannot climb out with ..', () => {
    expect(cleanPath('../../etc/x')).toBe('etc/x');
    expect(cleanPath('/a/../../b/')).toBe('/b');
    expect(resolveCgroupPath('../x', 'id', { layout: hybrid() }).paths.pids).toBe('/sys/fs/cgroup/pids/x');
  });

  it('cgroupfs driver: "slice:prefix:name" is just a directory name (as runc did here)', () => {
    expect(resolveCgroupPath('system.slice:foo:bar', 'id', { layout: hybrid() }).paths.cpu).toBe('/sys/fs/cgroup/cpu/system.slice:foo:bar');
  });

  it('systemd driver: slice expansion and scope naming', () => {
    expect(expandSlice('machine.slice')).toBe('/machine.slice');
    expect(expandSlice('a-b-c.slice')).toBe('/a.slice/a-b.slice/a-b-c.slice');
    expect(expandSlice('-.slice')).toBe('/');
    expect(() => expandSlice('a--b.slice')).toThrow();
    const r = resolveCgroupPath('machine.slice:libpod:abc', 'abc', { layout: hybrid(), systemd: true });
    expect(r.inner).toBe('/machine.slice/libpod-abc.scope');
    expect(r.paths.memory).toBe('/sys/fs/cgroup/memory/machine.slice/libpod-abc.scope');
    expect(resolveCgroupPath(undefined, 'c1', { layout: hybrid(), systemd: true }).inner).toBe('/system.slice/runc-c1.scope');
    expect(resolveCgroupPath(undefined, 'c1', { layout: v2(), systemd: true, rootless: true }).inner).toBe('/user.slice/runc-c1.scope');
    expect(resolveCgroupPath('a.slice::b.slice', 'c1', { layout: hybrid(), systemd: true }).inner).toBe('/a.slice/b.slice');
    expect(() => resolveCgroupPath('nocolons', 'c1', { layout: hybrid(), systemd: true })).toThrow(/slice:prefix:name/);
  });

  it('pure v2: relative paths go below the parent of our own cgroup (runc fs2 defaultDirPath)', () => {
    const r = resolveCgroupPath(undefined, 'c1', { layout: v2() });
    expect(r.paths).toEqual({ '': '/sys/fs/cgroup/user.slice/user-1000.slice/c1' });
    expect(resolveCgroupPath('/ns/c1', 'c1', { layout: v2() }).paths['']).toBe('/sys/fs/cgroup/ns/c1');
  });
});
