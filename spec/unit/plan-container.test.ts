import { describe, it, expect } from 'vitest';
import { mkdtempSync, mkdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decideInput, decisionPlan, rootPasswd, ROOT_HOST, USER_HOST } from '../helpers/decide.js';
import { decide, type DecideInput } from '../../lib/container/decide.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import { buildInitPlan, fakeFds } from '../../lib/plan/container.js';
import { describePlan } from '../../lib/plan/describe.js';
import type { Spec } from '../../lib/config/types.js';
import { parseMountOptions } from '../../lib/mounts/options.js';
import { MS, MOUNT_ATTR } from '../../lib/sys/consts.js';
import { secureJoin } from '../../lib/paths/securejoin.js';
import { HutchError } from '../../lib/errors.js';

const input = (spec: Spec, host = ROOT_HOST): DecideInput => decideInput(spec, { host, prepare: rootPasswd });

const planText = (spec: Spec, host = ROOT_HOST) => decisionPlan(decide(input(spec, host)));

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
    const d = decide(input(spec, USER_HOST));
    expect(d.idMaps).toEqual({ uid: spec.linux!.uidMappings, gid: spec.linux!.gidMappings, method: 'direct', setgroups: false });
    const text = decisionPlan(d);
    expect(text).toContain('unshare(CLONE_NEWUSER)');
    expect(text).toContain('# ask the runtime for uid/gid maps');
    expect(text).toMatch(/open_tree\(AT_FDCWD, "\/dev\/null"/);
    expect(text).not.toMatch(/mknodat\(\$\d+, "null", S_IFCHR/);
    expect(text).not.toContain('# set additional groups');
  });

  it('refuses what it cannot do before anything runs', () => {
    const noUserns = defaultSpec({ rootless: false });
    expect(() => decide(input(noUserns, USER_HOST))).toThrow(/rootless container requires a user namespace/);
    const noUts = defaultSpec({ rootless: false });
    noUts.linux!.namespaces = noUts.linux!.namespaces!.filter((n) => n.type !== 'uts');
    expect(() => decide(input(noUts))).toThrow(HutchError);
    const badProc = defaultSpec({ rootless: false });
    badProc.mounts!.push({ destination: '/elsewhere', type: 'proc', source: 'proc' });
    expect(() => decide(input(badProc))).toThrow(/proc can only be mounted on \/proc/);
  });

  it('uses the exec fifo and waits for the runtime to record the container', () => {
    const d = decide(input(defaultSpec({ rootless: false })));
    const text = decisionPlan(d, true);
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
    expect(text.indexOf('# set the final CPU affinity to 0-1')).toBeGreaterThan(
      text.indexOf('# wait for the runtime to record the container'),
    );
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

describe('what a sandbox asks of a plan', () => {
  const rootless = () => defaultSpec({ rootless: true, uid: 1000, gid: 1000 });
  const textOf = (i: DecideInput) => {
    const d = decide(i);
    return decisionPlan(d);
  };

  it("takes the host's own / as the rootfs by attaching a clone of its tree over /", () => {
    const i = input(rootless(), USER_HOST);
    const text = textOf({ ...i, rootfs: '/' });
    expect(text).toMatch(
      /open_tree\(AT_FDCWD, "\/", OPEN_TREE_CLONE\|OPEN_TREE_CLOEXEC\|AT_RECURSIVE\)  # clone the mount tree of \/ for the rootfs/,
    );
    expect(text).toMatch(/move_mount\(\$\d+, "", AT_FDCWD, "\/", MOVE_MOUNT_F_EMPTY_PATH\)  # attach the rootfs over \//);
    expect(text).not.toContain('onto itself');
    expect(text).toContain('pivot_root(".", ".")');
  });

  it('applies hutch.rootfs.options: recursive ones before the mounts, plain ones to the root at the end', () => {
    const spec = rootless();
    spec.annotations = { 'hutch.rootfs.options': 'rro,rnosuid,rnodev,nosuid' };
    const text = planText(spec, USER_HOST);
    const early = text.indexOf("# set the rootfs tree's attributes (hutch.rootfs.options)");
    expect(early).toBeGreaterThan(0);
    expect(text.slice(early - 200, early)).toContain('AT_EMPTY_PATH|AT_RECURSIVE');
    expect(text).toMatch(/\{set=MOUNT_ATTR_RDONLY\|MOUNT_ATTR_NOSUID\|MOUNT_ATTR_NODEV, clr=0\}, 32\)  # set the rootfs tree's attributes/);
    expect(early).toBeLessThan(text.indexOf('# mount proc on /proc'));
    // root.readonly and the plain option: one call on the root mount, after pivot_root.
    expect(text).toMatch(
      /mount_setattr\(AT_FDCWD, "\/", 0, \{set=MOUNT_ATTR_RDONLY\|MOUNT_ATTR_NOSUID\}, 32\)  # set the root mount's attributes \(MOUNT_ATTR_RDONLY\|MOUNT_ATTR_NOSUID\)/,
    );
    expect(text.indexOf("# set the root mount's attributes")).toBeGreaterThan(text.indexOf('pivot_root'));
    spec.annotations = { 'hutch.rootfs.options': 'rro,bind' };
    expect(() => decide(input(spec, USER_HOST))).toThrow(/annotations\["hutch.rootfs.options"\]: "bind" is not a mount attribute/);
  });

  it("keeps the namespace creator's ids when the user namespace maps no root", () => {
    const spec = rootless();
    spec.linux!.uidMappings = [{ containerID: 1000, hostID: 1000, size: 1 }];
    spec.linux!.gidMappings = [{ containerID: 1000, hostID: 1000, size: 1 }];
    spec.process!.user = { uid: 1000, gid: 1000 };
    const text = planText(spec, USER_HOST);
    expect(text).not.toContain('become root');
    expect(text).toContain('setuid to 1000');
    expect(planText(rootless(), USER_HOST)).toContain('# become root (uid 0) in the user namespace');
  });

  it("binds the host's devices read-only when the host's root is mapped into the container", () => {
    const spec = defaultSpec({ rootless: true, uid: 0, gid: 0 });
    expect(planText(spec)).toMatch(/\{set=MOUNT_ATTR_RDONLY, clr=0\}, 32\)  # bind mount the host's \/dev\/null read-only/);
    expect(planText(rootless(), USER_HOST)).not.toContain("bind mount the host's /dev/null read-only");
  });

  it('dies with the runtime from the first step of pid 1, and runs the command under a reaper', () => {
    const i = { ...input(rootless(), USER_HOST), dieWithParent: true, reaper: true };
    const text = textOf(i);
    const lines = text.split('\n');
    const pdeath = lines.findIndex((l) => l.includes('PR_SET_PDEATHSIG'));
    expect(lines[pdeath - 1]).toContain('# start a new session');
    expect(lines.filter((l) => l.includes('PR_SET_PDEATHSIG'))).toHaveLength(1);
    expect(text).toContain('# fork the command process');
    expect(text).toContain("# forward the signal to the command's process group");
    expect(text.indexOf('# fork the command process')).toBeGreaterThan(text.indexOf('pivot_root'));
    expect(text.indexOf('# fork the command process')).toBeLessThan(text.indexOf('setuid to 0'));
    // Without a reaper pid 1 is the command: its change of ids clears the signal, so it is set again.
    const bare = textOf({ ...input(rootless(), USER_HOST), dieWithParent: true });
    const again = bare.lastIndexOf('PR_SET_PDEATHSIG');
    expect(again).toBeGreaterThan(bare.indexOf('set capabilities'));
    expect(bare).not.toContain('# fork the command process');
  });

  it('makes only the given fds the terminal', () => {
    const spec = rootless();
    const d = decide({ ...input(spec, USER_HOST), terminalFds: [0, 2] });
    const text = describePlan(buildInitPlan(d.init, { ...fakeFds(d.init, false), console: 104 }).builder, 't');
    expect(text).toContain('# use the pty as fd 0');
    expect(text).toContain('# use the pty as fd 2');
    expect(text).not.toContain('# use the pty as fd 1');
  });
});
