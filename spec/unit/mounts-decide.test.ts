/**
 * The mount decisions of issue #18, read from the decision and the plan
 * without running anything (the integration tests in
 * spec/integration/mounts-compare.test.ts run them against runc).
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { decideInput, decisionPlan } from '../helpers/decide.js';
import { decide, type DecideInput } from '../../lib/container/decide.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import type { Spec } from '../../lib/config/types.js';
import type { BindMountOp, FsMountOp } from '../../lib/plan/mounts.js';
import { bindAttributes, parseMountOptions } from '../../lib/mounts/options.js';
import { mountsToHide, parseMountinfo, rootPropagation } from '../../lib/mounts/root.js';
import { MOUNT_ATTR, MS } from '../../lib/sys/consts.js';

function input(spec: Spec, prepare?: (rootfs: string, bundle: string) => void): DecideInput {
  return decideInput(spec, {
    prepare: (rootfs, bundle) => {
      mkdirSync(join(rootfs, 'etc'));
      prepare?.(rootfs, bundle);
    },
  });
}

const withMounts = (...mounts: NonNullable<Spec['mounts']>) => {
  const spec = defaultSpec({ rootless: false });
  spec.mounts!.push(...mounts);
  return spec;
};
const opOf = <T extends 'bind' | 'fs'>(spec: Spec, dest: string, kind: T, prepare?: (rootfs: string, bundle: string) => void) =>
  decide(input(spec, prepare)).init.mounts!.find((m) => m.kind === kind && m.dest === dest) as T extends 'bind' ? BindMountOp : FsMountOp;
const planOf = (spec: Spec, prepare?: (rootfs: string, bundle: string) => void) => {
  return decisionPlan(decide(input(spec, prepare)));
};

describe("bind mount attributes (runc: a remount with exactly the config's flags)", () => {
  const attrs = (...o: string[]) => bindAttributes(parseMountOptions(o));
  const ALL = MOUNT_ATTR.RDONLY | MOUNT_ATTR.NOSUID | MOUNT_ATTR.NODEV | MOUNT_ATTR.NOEXEC | MOUNT_ATTR.NOSYMFOLLOW;

  it("a bare bind or rbind keeps the source's flags", () => {
    expect(attrs('bind')).toEqual({ set: 0, clr: 0 });
    expect(attrs('rbind', 'rprivate', 'size=1m')).toEqual({ set: 0, clr: 0 });
  });

  it('any flag named sets exactly the named ones and clears the others; access times are kept', () => {
    expect(attrs('bind', 'ro')).toEqual({ set: MOUNT_ATTR.RDONLY, clr: ALL & ~MOUNT_ATTR.RDONLY });
    expect(attrs('rbind', 'nosuid', 'nodev')).toEqual({
      set: MOUNT_ATTR.NOSUID | MOUNT_ATTR.NODEV,
      clr: ALL & ~(MOUNT_ATTR.NOSUID | MOUNT_ATTR.NODEV),
    });
    // Unlike runc 1.1.5, an option that only clears counts.
    expect(attrs('bind', 'rw')).toEqual({ set: 0, clr: ALL });
  });

  it('an access-time option replaces the whole access-time field (MOUNT_ATTR__ATIME in attr_clr)', () => {
    const atime = MOUNT_ATTR._ATIME | MOUNT_ATTR.NODIRATIME;
    expect(attrs('bind', 'noatime')).toEqual({ set: MOUNT_ATTR.NOATIME, clr: ALL | atime });
    expect(attrs('bind', 'strictatime')).toEqual({ set: MOUNT_ATTR.STRICTATIME, clr: ALL | atime });
    expect(attrs('bind', 'noatime', 'strictatime')).toEqual({ set: MOUNT_ATTR.STRICTATIME, clr: ALL | atime });
    expect(attrs('bind', 'relatime')).toEqual({ set: MOUNT_ATTR.RELATIME, clr: ALL | atime });
    expect(attrs('bind', 'nodiratime')).toEqual({ set: MOUNT_ATTR.NODIRATIME, clr: ALL | MOUNT_ATTR._ATIME });
  });

  it("the plan retries with the source's locked flags kept when the kernel says EPERM", () => {
    const text = planOf(withMounts({ destination: '/mnt', type: 'bind', source: '/usr', options: ['bind', 'ro'] }));
    expect(text).toMatch(
      /mount_setattr\(.*\{set=MOUNT_ATTR_RDONLY, clr=MOUNT_ATTR_NOSUID\|MOUNT_ATTR_NODEV\|MOUNT_ATTR_NOEXEC\|MOUNT_ATTR_NOSYMFOLLOW\}.*# bind mount \/usr on \/mnt: set mount attributes/,
    );
    expect(text).toContain('# bind mount /usr on /mnt: set mount attributes: EPERM?');
    expect(text).toContain("# bind mount /usr on /mnt: set mount attributes: the source's flags");
  });
});

describe('where a mount lands', () => {
  it('a destination through a dangling symlink lands where it leads, inside the rootfs', () => {
    const spec = withMounts({ destination: '/data/x', type: 'tmpfs', source: 'tmpfs' });
    expect(opOf(spec, '/data/x', 'fs', (r) => symlinkSync('/srv/missing', join(r, 'data'))).target).toBe('/srv/missing/x');
    expect(opOf(spec, '/data/x', 'fs', (r) => symlinkSync('../../missing', join(r, 'data'))).target).toBe('/missing/x');
  });

  it('what an earlier mount covers is not resolved in the image', () => {
    const spec = withMounts(
      { destination: '/a', type: 'tmpfs', source: 'tmpfs' },
      { destination: '/a/l/x', type: 'tmpfs', source: 'tmpfs' },
    );
    expect(opOf(spec, '/a/l/x', 'fs', (r) => (mkdirSync(join(r, 'a')), symlinkSync('/elsewhere', join(r, 'a', 'l')))).target).toBe(
      '/a/l/x',
    );
  });

  it("proc and sysfs land on the destination itself, with runc's refusal for anything but a directory", () => {
    const proc = opOf(defaultSpec({ rootless: false }), '/proc', 'fs', (r) => symlinkSync('/elsewhere', join(r, 'proc')));
    expect(proc.target).toBe('/proc');
    expect(proc.ordinaryDir).toBe('error mounting "proc" to rootfs at "/proc": filesystem "proc" must be mounted on ordinary directory');
  });

  it('a bind source under the rootfs that an earlier mount makes is looked at when the plan runs', () => {
    const spec = withMounts(
      { destination: '/a', type: 'tmpfs', source: 'tmpfs' },
      { destination: '/b', type: 'bind', source: 'rootfs/a', options: ['bind'] },
    );
    expect(opOf(spec, '/b', 'bind').isDir).toBeUndefined();
    expect(planOf(spec)).toMatch(/# bind mount .*\/rootfs\/a on \/b: the source a directory\?/);
    const outside = withMounts({ destination: '/b', type: 'bind', source: '/nonexistent-hutch', options: ['bind'] });
    expect(() => decide(input(outside))).toThrow(
      'error mounting "/nonexistent-hutch" to rootfs at "/b": stat /nonexistent-hutch: no such file or directory',
    );
  });
});

describe('tmpfs and /dev made read-only once filled', () => {
  it("a tmpfs without mode= keeps the covered directory's mode; ro comes after", () => {
    const spec = withMounts({ destination: '/data', type: 'tmpfs', source: 'tmpfs', options: ['ro'] });
    const op = opOf(spec, '/data', 'fs');
    expect(op).toMatchObject({ keepMode: true, readonly: 'after-setup' });
    expect(op.flags & MS.RDONLY).toBe(0);
    const text = planOf(spec);
    expect(text.indexOf('keep the mode of the directory it covers')).toBeGreaterThan(text.indexOf('# mount tmpfs on /data'));
    expect(text.indexOf('remount /data read-only')).toBeGreaterThan(text.indexOf('keep the mode of the directory it covers'));
    expect(opOf(withMounts({ destination: '/data', type: 'tmpfs', source: 'tmpfs', options: ['mode=750'] }), '/data', 'fs').keepMode).toBe(
      false,
    );
  });

  it('a read-only /dev is made read-only after its devices, at the end', () => {
    const spec = defaultSpec({ rootless: false });
    spec.mounts!.find((m) => m.destination === '/dev')!.options!.push('ro');
    const text = planOf(spec);
    expect(text.indexOf('remount /dev read-only')).toBeGreaterThan(text.indexOf('mknod /dev/null'));
    expect(text.indexOf('remount /dev read-only')).toBeGreaterThan(text.indexOf('pivot_root'));
  });
});

describe("the root's propagation and --no-pivot (from the caller's mountinfo)", () => {
  const mountinfo = parseMountinfo(
    [
      '27 1 254:0 / / rw,relatime shared:1 - ext4 /dev/vda rw',
      '22 27 0:21 / /proc rw,relatime shared:2 - proc proc rw',
      '23 27 0:22 / /sys rw,relatime shared:3 - sysfs sysfs rw',
      '40 27 0:40 / /srv rw,relatime shared:4 - tmpfs tmpfs rw',
      '41 40 0:21 /sys /srv/c/rootfs/proc-view rw - proc proc rw',
      '42 27 0:21 /1/ns /run/ns rw - proc proc rw',
    ].join('\n'),
  );

  it("runc's default: rslave first, nothing afterwards", () => {
    expect(rootPropagation(undefined, '/var/c/rootfs', mountinfo, false)).toEqual({
      before: MS.SLAVE | MS.REC,
      privateParent: undefined,
      after: undefined,
    });
  });

  it('shared: the shared parent of the rootfs made private (pivot_root needs it), the new root shared after', () => {
    expect(rootPropagation('shared', '/var/c/rootfs', mountinfo, false)).toEqual({
      before: MS.SHARED,
      privateParent: '/',
      after: MS.SHARED,
    });
    expect(rootPropagation('slave', '/srv/c/rootfs', mountinfo, false)).toEqual({
      before: MS.SLAVE,
      privateParent: '/srv',
      after: MS.SLAVE,
    });
    // In a new user namespace the caller's shared mounts arrive as slaves.
    expect(rootPropagation('slave', '/srv/c/rootfs', mountinfo, true).privateParent).toBeUndefined();
  });

  it('unbindable: private while the rootfs is bound, unbindable at the end', () => {
    expect(rootPropagation('runbindable', '/var/c/rootfs', mountinfo, false)).toEqual({
      before: MS.PRIVATE | MS.REC,
      privateParent: undefined,
      after: MS.UNBINDABLE | MS.REC,
    });
  });

  it("--no-pivot hides the caller's whole procfs and sysfs mounts outside the rootfs", () => {
    expect(mountsToHide('/srv/c/rootfs', mountinfo)).toEqual(['/proc', '/sys']);
  });
});

describe('/dev/console', () => {
  it("the init's terminal is bound on /dev/console, made before /dev turns read-only", () => {
    const spec = defaultSpec({ rootless: false });
    spec.process!.terminal = true;
    spec.mounts!.find((m) => m.destination === '/dev')!.options!.push('ro');
    const text = planOf(spec);
    expect(text).toMatch(/mknodat\(\$\d+, "console", S_IFREG\|0666, 0\) \[errno 17 ok\]  # create \/dev\/console/);
    expect(text.indexOf('create /dev/console')).toBeLessThan(text.indexOf('remount /dev read-only'));
    expect(text).toMatch(
      /open_tree\(\$\d+, "", OPEN_TREE_CLONE\|OPEN_TREE_CLOEXEC\|AT_EMPTY_PATH\)  # bind the terminal on \/dev\/console/,
    );
    expect(text.indexOf('# bind the terminal on /dev/console')).toBeLessThan(text.indexOf('send the pty master'));
  });

  it('no console without a terminal', () => {
    const spec = defaultSpec({ rootless: false });
    spec.process!.terminal = false;
    expect(planOf(spec)).not.toMatch(/create \/dev\/console|on \/dev\/console/);
  });
});
