/**
 * The pure parts of exec --cgroup (runc 1.1's argument forms and sub-path
 * checks) and of update (the change merged into the current resources), and
 * the errno of a CgroupFileError as the helpers see it.
 */
import { describe, expect, it } from 'vitest';
import { execCgroupDirs, parseSubCgroupArgs } from '../../lib/cgroups/sub-cgroup.js';
import { mergeUpdate, resourcesToKeep } from '../../lib/cgroups/update.js';
import { CgroupFileError, isErrno } from '../../lib/cgroups/fs.js';

describe('exec --cgroup arguments (runc getSubCgroupPaths)', () => {
  it('a bare path is every hierarchy; controller lists share a path; an empty controller is every hierarchy', () => {
    expect(parseSubCgroupArgs(['sub'])).toEqual({ '': 'sub' });
    expect(parseSubCgroupArgs(['memory,pids:a', 'cpu:b'])).toEqual({ memory: 'a', pids: 'a', cpu: 'b' });
    expect(parseSubCgroupArgs([':sub'])).toEqual({ '': 'sub' });
    expect(parseSubCgroupArgs([':'])).toEqual({ '': '' });
    expect(parseSubCgroupArgs([])).toEqual({});
  });

  it("refusals in runc's words", () => {
    expect(() => parseSubCgroupArgs(['a:b:c'])).toThrow('invalid --cgroup argument: a:b:c');
    expect(() => parseSubCgroupArgs(['sub', 'pids:sub'])).toThrow('invalid --cgroup argument: sub (missing <controller>: prefix)');
  });

  const v1 = { memory: '/sys/fs/cgroup/memory/c', pids: '/sys/fs/cgroup/pids/c', '': '/sys/fs/cgroup/unified/c' };

  it("sub-paths land below the container's groups; a bare one disables the v2 fallback to the init's group", () => {
    expect(execCgroupDirs(v1, { memory: 'x/y' })).toEqual({ dirs: { ...v1, memory: '/sys/fs/cgroup/memory/c/x/y' }, initFallback: false });
    expect(execCgroupDirs(v1, { '': 'sub' }).dirs).toEqual({
      memory: '/sys/fs/cgroup/memory/c/sub',
      pids: '/sys/fs/cgroup/pids/c/sub',
      '': '/sys/fs/cgroup/unified/c/sub',
    });
    expect(execCgroupDirs(v1, { '': '/sub' }).dirs.memory).toBe('/sys/fs/cgroup/memory/c/sub');
    expect(execCgroupDirs(v1, { '': 'sub/..' }).dirs.memory).toBe('/sys/fs/cgroup/memory/c');
    expect(execCgroupDirs({ '': '/sys/fs/cgroup/c' }, {})).toEqual({ dirs: { '': '/sys/fs/cgroup/c' }, initFallback: true });
    expect(execCgroupDirs({ '': '/sys/fs/cgroup/c' }, { '': 'sub' }).initFallback).toBe(false);
  });

  it("no way out of the container's group, not even to a sibling sharing its name's start (runc lets that one through)", () => {
    expect(() => execCgroupDirs(v1, { '': '..' })).toThrow('.. is not a sub cgroup path');
    expect(() => execCgroupDirs(v1, { pids: '../..' })).toThrow('../.. is not a sub cgroup path');
    expect(() => execCgroupDirs(v1, { memory: '../c2' })).toThrow('../c2 is not a sub cgroup path');
    expect(() => execCgroupDirs(v1, { cpu: 'sub' })).toThrow('unknown controller cpu in SubCgroupPaths');
    // A container without a group (rootless) still gets the check.
    expect(() => execCgroupDirs({}, { '': '..' })).toThrow('.. is not a sub cgroup path');
    expect(execCgroupDirs({}, { '': 'sub' }).dirs).toEqual({});
  });
});

describe('update merges the change into the current resources (runc update.go)', () => {
  const current = {
    devices: [{ allow: false, access: 'rwm' }],
    memory: { limit: 67108864, reservation: 1 << 20 },
    cpu: { shares: 512, quota: 20000, period: 100000, cpus: '0-1' },
    pids: { limit: 50 },
    hugepageLimits: [
      { pageSize: '2MB', limit: 4194304 },
      { pageSize: '1GB', limit: 0 },
    ],
    unified: { 'memory.high': '1' },
  };

  it('--memory-swap alone keeps the memory limit it depends on', () => {
    expect(mergeUpdate(current, { memory: { swap: 134217728 } }).memory).toEqual({
      limit: 67108864,
      reservation: 1 << 20,
      swap: 134217728,
    });
  });

  it('--memory -1 without a word on swap makes swap unlimited too', () => {
    expect(mergeUpdate(current, { memory: { limit: -1 } }).memory).toMatchObject({ limit: -1, swap: -1 });
    expect(mergeUpdate(current, { memory: { limit: -1, swap: 0 } }).memory).toMatchObject({ limit: -1, swap: 0 });
  });

  it('a CFS period alone keeps the quota; untouched controllers keep their values', () => {
    const r = mergeUpdate(current, { cpu: { period: 50000 } });
    expect(r.cpu).toEqual({ shares: 512, quota: 20000, period: 50000, cpus: '0-1' });
    expect(r.pids).toEqual({ limit: 50 });
    expect(mergeUpdate(current, { pids: { limit: 7 } }).pids).toEqual({ limit: 7 });
  });

  it("device rules only when asked; unified is the request's own; hugepage limits by page size", () => {
    expect(mergeUpdate(current, { pids: { limit: 7 } }).devices).toBeUndefined();
    expect(mergeUpdate(current, { devices: [] }).devices).toEqual([]);
    expect(mergeUpdate(current, {}).unified).toBeUndefined();
    expect(mergeUpdate(current, { unified: { 'pids.max': '3' } }).unified).toEqual({ 'pids.max': '3' });
    expect(mergeUpdate(current, { hugepageLimits: [{ pageSize: '2MB', limit: 2097152 }] }).hugepageLimits).toEqual([
      { pageSize: '1GB', limit: 0 },
      { pageSize: '2MB', limit: 2097152 },
    ]);
    expect(resourcesToKeep({ ...current })).not.toHaveProperty('devices');
    expect(resourcesToKeep({ ...current })).not.toHaveProperty('unified');
  });
});

it('isErrno reads the errno of a CgroupFileError (its code is the HutchError\'s, "cgroup")', () => {
  const cause = Object.assign(new Error('EINVAL: invalid argument, write'), { code: 'EINVAL' });
  const e = new CgroupFileError('write', '/sys/fs/cgroup/x/cpu.cfs_period_us', cause, '10000');
  expect(e.code).toBe('cgroup');
  expect(isErrno(e, 'EINVAL')).toBe(true);
  expect(isErrno(e, 'EBUSY')).toBe(false);
  expect(e.message).toBe('failed to write "10000": write /sys/fs/cgroup/x/cpu.cfs_period_us: invalid argument');
});
