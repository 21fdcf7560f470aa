import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decide, type DecideInput } from '../../lib/container/decide.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import { buildInitPlan, fakeFds } from '../../lib/plan/container.js';
import { describePlan } from '../../lib/plan/describe.js';
import type { Spec } from '../../lib/config/types.js';
import type { HostFacts } from '../../lib/host.js';
import { parseMountOptions } from '../../lib/mounts/options.js';
import { MS, MOUNT_ATTR } from '../../lib/sys/consts.js';
import { secureJoin } from '../../lib/paths/securejoin.js';
import { HutchError } from '../../lib/errors.js';

const rootHost: HostFacts = { euid: 0, egid: 0, inUserns: false, lastCap: 40, hasKcore: true };
const userHost: HostFacts = { euid: 1000, egid: 1000, inUserns: false, lastCap: 40, hasKcore: true };

function input(spec: Spec, host = rootHost): DecideInput {
  const bundle = mkdtempSync(join(tmpdir(), 'hutch-plan-'));
  mkdirSync(join(bundle, 'rootfs/etc'), { recursive: true });
  writeFileSync(join(bundle, 'rootfs/etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
  return { id: 'c1', spec, bundle, rootfs: join(bundle, 'rootfs'), arch: 'x86_64', host, cgroupHierarchies: [], preserveFds: 0, noPivot: false, noNewKeyring: false, seccomp: undefined };
}

const planText = (spec: Spec, host = rootHost) => {
  const d = decide(input(spec, host));
  return describePlan(buildInitPlan(d.init, fakeFds(d.init, false)).builder, 't');
};

describe('container plan', () => {
  it('runs the runc default config: namespaces, mounts, pivot_root, masks, identity, exec', () => {
    const text = planText(defaultSpec({ rootless: false }));
    expect(text).toMatch(/unshare\(CLONE_NEWNS\|CLONE_NEWUTS\|CLONE_NEWIPC\|CLONE_NEWPID\|CLONE_NEWNET/);
    expect(text).toMatch(/clone\(CLONE_PARENT\|SIGCHLD/);
    expect(text).toMatch(/mount\("proc", \/proc\/self\/fd\/\$\d+, "proc", 0, NULL\)  # mount proc on \/proc/);
    expect(text).toContain('resolve=IN_ROOT|0x4'); // proc and sysfs: RESOLVE_NO_SYMLINKS
    expect(text).toMatch(/mknodat\(\$\d+, "null", S_IFCHR\|0666, makedev\(1, 3\)\)/);
    expect(text).toContain('pivot_root(".", ".")');
    expect(text).toMatch(/move_mount\(\$\d+, "", \$\d+, "", MOVE_MOUNT_F_EMPTY_PATH\|MOVE_MOUNT_T_EMPTY_PATH\)  # mask \/proc\/kcore/);
    expect(text).toContain('# set hostname to runc');
    expect(text).toContain('# bring up the loopback interface');
    expect(text).toContain('# set RLIMIT_NOFILE to soft 1024 hard 1024');
    expect(text).toContain('# set no_new_privs');
    expect(text).toMatch(/newfstatat\(-100, "\/usr\/local\/sbin\/sh", /);
    expect(text).toMatch(/faccessat2\(AT_FDCWD, "\/usr\/local\/sbin\/sh", X_OK, AT_EACCESS\)/);
    expect(text).toMatch(/execve\(\*executable path, &\["sh"\]/);
    // The order that keeps the runtime's own setup unfiltered and privileged.
    expect(text.indexOf('pivot_root')).toBeLessThan(text.indexOf('mask /proc/kcore'));
    expect(text.indexOf('setuid to 0')).toBeLessThan(text.indexOf('set capabilities'));
    expect(text.indexOf('set capabilities')).toBeLessThan(text.indexOf('execve'));
  });

  it('binds host devices instead of mknod in a user namespace, and asks for id maps', () => {
    const spec = defaultSpec({ rootless: true, uid: 1000, gid: 1000 });
    const d = decide(input(spec, userHost));
    expect(d.idMaps).toEqual({ uid: spec.linux!.uidMappings, gid: spec.linux!.gidMappings, method: 'direct', setgroups: false });
    const text = describePlan(buildInitPlan(d.init, fakeFds(d.init, false)).builder, 't');
    expect(text).toContain('unshare(CLONE_NEWUSER)');
    expect(text).toContain('# ask the runtime for uid/gid maps');
    expect(text).toMatch(/open_tree\(AT_FDCWD, "\/dev\/null"/);
    expect(text).not.toMatch(/mknodat\(\$\d+, "null", S_IFCHR/);
    expect(text).not.toContain('# set additional groups');
  });

  it('refuses what it cannot do before anything runs', () => {
    const noUserns = defaultSpec({ rootless: false });
    expect(() => decide(input(noUserns, userHost))).toThrow(/rootless container requires a user namespace/);
    const noUts = defaultSpec({ rootless: false });
    noUts.linux!.namespaces = noUts.linux!.namespaces!.filter((n) => n.type !== 'uts');
    expect(() => decide(input(noUts))).toThrow(HutchError);
    const badProc = defaultSpec({ rootless: false });
    badProc.mounts!.push({ destination: '/elsewhere', type: 'proc', source: 'proc' });
    expect(() => decide(input(badProc))).toThrow(/proc can only be mounted on \/proc/);
  });

  it('uses the exec fifo and waits for the runtime to record the container', () => {
    const d = decide(input(defaultSpec({ rootless: false })));
    const text = describePlan(buildInitPlan(d.init, fakeFds(d.init, true)).builder, 't');
    const ready = text.indexOf('# tell the runtime the container is ready');
    expect(ready).toBeGreaterThan(0);
    expect(text.indexOf('# wait for the runtime to record the container')).toBeGreaterThan(ready);
    expect(text.indexOf('read(103, &byte, 1)  # wait for start on the exec fifo')).toBeGreaterThan(ready);
  });

  it('warns about ambient capabilities the kernel cannot raise', () => {
    const spec = defaultSpec({ rootless: false });
    spec.process!.capabilities!.ambient = ['CAP_KILL'];
    const d = decide(input(spec));
    expect(d.warnings.join('\n')).toContain('CAP_KILL not raised');
    expect(d.init.process.caps.ambient).toEqual([]);
  });
});

describe('mount options', () => {
  it('splits flags, propagation, recursive attributes and data as runc does', () => {
    const o = parseMountOptions(['rbind', 'ro', 'nosuid', 'rprivate', 'rnoexec', 'size=1m', 'mode=755', 'tmpcopyup']);
    expect(o.flags).toBe(MS.BIND | MS.REC | MS.RDONLY | MS.NOSUID);
    expect(o.propagation).toEqual([MS.PRIVATE | MS.REC]);
    expect(o.recAttrSet).toBe(MOUNT_ATTR.NOEXEC);
    expect(o.data).toBe('size=1m,mode=755');
    expect(o.extensions.tmpcopyup).toBe(true);
    expect(parseMountOptions(['ro', 'rw']).flags).toBe(0);
    expect(parseMountOptions(['nosuid', 'suid']).flags).toBe(0);
  });
});

describe('secureJoin', () => {
  it('keeps symlinks and .. inside the root', () => {
    const root = mkdtempSync(join(tmpdir(), 'hutch-sj-'));
    mkdirSync(join(root, 'etc'));
    symlinkSync('/etc', join(root, 'abs'));
    symlinkSync('../../../../etc', join(root, 'rel'));
    expect(secureJoin(root, '/abs/passwd')).toBe(join(root, 'etc/passwd'));
    expect(secureJoin(root, '/rel/passwd')).toBe(join(root, 'etc/passwd'));
    expect(secureJoin(root, '/../../etc/shadow')).toBe(join(root, 'etc/shadow'));
  });
});

describe('scheduling and refusals', () => {
  it('plans scheduler, I/O priority and CPU affinity steps', () => {
    const spec = defaultSpec({ rootless: false });
    spec.process!.scheduler = { policy: 'SCHED_BATCH', nice: 5 };
    spec.process!.ioPriority = { class: 'IOPRIO_CLASS_IDLE', priority: 0 };
    spec.process!.execCPUAffinity = { initial: '0', final: '0-1' };
    const text = planText(spec);
    expect(text).toContain('# set the scheduler to SCHED_BATCH');
    expect(text).toContain('# set the I/O priority to IOPRIO_CLASS_IDLE 0');
    expect(text.indexOf('# set the initial CPU affinity to 0')).toBeLessThan(text.indexOf('unshare('));
    expect(text.indexOf('# set the final CPU affinity to 0-1')).toBeGreaterThan(text.indexOf('# wait for the runtime to record the container'));
  });

  it('refuses Intel RDT, network devices and memory policies instead of ignoring them', () => {
    const rdt = defaultSpec({ rootless: false });
    rdt.linux!.intelRdt = { closID: 'x' };
    expect(() => decide(input(rdt))).toThrow(/linux.intelRdt/);
    const net = defaultSpec({ rootless: false });
    net.linux!.netDevices = { eth1: {} };
    expect(() => decide(input(net))).toThrow(/linux.netDevices/);
  });
});
