/**
 * Issue #15: what the plan decides about the escape classes, read from the
 * plan's text (the integration tests in spec/integration/security-*.test.ts
 * run the same cases as real containers, root and rootless).
 */
import { describe, it, expect } from 'vitest';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { decideInput, decisionPlan, rootPasswd, ROOT_HOST, USER_HOST } from '../helpers/decide.js';
import { decide, type DecideInput } from '../../lib/container/decide.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import { buildInitPlan, fakeFds } from '../../lib/plan/container.js';
import { describePlan } from '../../lib/plan/describe.js';
import type { Mount, Spec } from '../../lib/config/types.js';
import { HutchError } from '../../lib/errors.js';
import { MOUNT_ATTR } from '../../lib/sys/consts.js';
import type { BindMountOp } from '../../lib/plan/mounts.js';

function input(spec: Spec, host = ROOT_HOST, prepare?: (rootfs: string) => void): DecideInput {
  return decideInput(spec, {
    host,
    prepare: (rootfs) => {
      rootPasswd(rootfs);
      mkdirSync(join(rootfs, 'proc'));
      prepare?.(rootfs);
    },
  });
}

function withMounts(...extra: Mount[]): Spec {
  const spec = defaultSpec({ rootless: false });
  spec.mounts!.push(...extra);
  return spec;
}

const planOf = (i: DecideInput, create = false) => decisionPlan(decide(i), create);

/** The text of the HutchError decide() throws. */
function refusal(i: DecideInput): string {
  try {
    decide(i);
  } catch (err) {
    expect(err).toBeInstanceOf(HutchError);
    return (err as Error).message;
  }
  throw new Error('decide() accepted the config');
}

const seccomp = { program: Buffer.alloc(8), instructions: 1, flags: 0, listener: false };

describe('mounts that land on procfs (CVE-2025-52881 class)', () => {
  it("refuses a destination inside /proc with runc's words", () => {
    const i = input(withMounts({ destination: '/proc/sys/kernel', type: 'bind', source: '/tmp', options: ['rbind'] }));
    expect(refusal(i)).toBe(
      `error mounting "/tmp" to rootfs at "/proc/sys/kernel": "${i.rootfs}/proc/sys/kernel" cannot be mounted because it is inside /proc`,
    );
    expect(refusal(input(withMounts({ destination: '/proc/sys', type: 'tmpfs', source: 'tmpfs' })))).toMatch(
      /"\/proc\/sys": ".*\/rootfs\/proc\/sys" cannot be mounted because it is inside \/proc$/,
    );
  });

  it('refuses a destination an image symlink sends into /proc, naming where it leads', () => {
    const i = input(withMounts({ destination: '/data', type: 'bind', source: '/tmp', options: ['rbind'] }), ROOT_HOST, (r) =>
      symlinkSync('/proc/sys/kernel', join(r, 'data')),
    );
    expect(refusal(i)).toBe(
      `error mounting "/tmp" to rootfs at "/data": "${i.rootfs}/proc/sys/kernel" cannot be mounted because it is inside /proc`,
    );
  });

  it('allows what runc allows: the lxcfs files, and a procfs bound on /proc', () => {
    expect(() =>
      decide(input(withMounts({ destination: '/proc/meminfo', type: 'bind', source: '/etc/hostname', options: ['bind'] }))),
    ).not.toThrow();
    const spec = withMounts({ destination: '/proc', type: 'bind', source: '/proc', options: ['rbind'] });
    expect(() => decide(input(spec))).not.toThrow();
  });

  it('checks at run time that every other mount target is not on a procfs', () => {
    const text = planOf(input(withMounts({ destination: '/data', type: 'bind', source: '/tmp', options: ['rbind'] })));
    expect(text).toMatch(/if \*statfs != 40864 goto -> \d+  # bind mount \/tmp on \/data: the target must not be in \/proc/);
    expect(text).toMatch(
      /fail\(\d+, 0\)  # error mounting "\/tmp" to rootfs at "\/data": ".*" cannot be mounted because it is inside \/proc/,
    );
  });

  it('writes sysctls through the checked procfs, never through a path', () => {
    const spec = defaultSpec({ rootless: false });
    spec.linux!.sysctl = { 'kernel.shmmax': '1000000' };
    const text = planOf(input(spec));
    const procfs = /(\d+)  openat2\(\$\d+, "proc", .*# open \/proc after mounting it/.exec(text)?.[1];
    expect(procfs).toBeDefined();
    expect(text).toContain(`openat2($${procfs}, "sys/kernel/shmmax", {flags=02001001, resolve=NO_XDEV|NO_MAGICLINKS|BENEATH}, 24)`);
    expect(text).not.toMatch(/openat\(-100, "\/proc\/sys/);
    spec.mounts = spec.mounts!.filter((m) => m.destination !== '/proc');
    expect(() => planOf(input(spec))).toThrow(/linux.sysctl: .* mount proc on \/proc/);
  });

  it("sets oom_score_adj first, through the runtime's own checked /proc", () => {
    const spec = defaultSpec({ rootless: false });
    spec.process!.oomScoreAdj = 100;
    const lines = planOf(input(spec)).split('\n');
    expect(lines[1]).toMatch(/openat\(-100, "\/proc", .*# open \/proc$/);
    expect(lines[2]).toContain('fstatfs(');
    expect(lines[5]).toContain('openat2($0, "self/oom_score_adj", {flags=02000001, resolve=NO_XDEV|NO_MAGICLINKS|BENEATH}');
  });
});

describe('a /proc that is not procfs (CVE-2023-28642 class)', () => {
  it("refuses a bind of a plain directory or a tmpfs on /proc with runc's words", () => {
    const bind = withMounts({ destination: '/proc', type: 'bind', source: '/tmp', options: ['rbind'] });
    const i = input(bind);
    expect(refusal(i)).toBe(
      `error mounting "/tmp" to rootfs at "/proc": "${i.rootfs}/proc" cannot be mounted because it is not of type proc`,
    );
    expect(refusal(input(withMounts({ destination: '/proc', type: 'tmpfs', source: 'tmpfs' })))).toMatch(/not of type proc$/);
  });

  it('checks the mounted /proc is a procfs before using it', () => {
    const text = planOf(input(defaultSpec({ rootless: false })));
    expect(text).toMatch(/if \*statfs == 40864 goto -> \d+  # check \/proc: f_type == PROC_SUPER_MAGIC\?/);
    expect(text).toMatch(
      /fail\(\d+, 0\)  # error mounting "proc" to rootfs at "\/proc": ".*" cannot be mounted because it is not of type proc/,
    );
  });
});

describe('masks and devices (CVE-2025-31133 class)', () => {
  for (const [kind, host, spec] of [
    ['root', ROOT_HOST, defaultSpec({ rootless: false })],
    ['rootless', USER_HOST, defaultSpec({ rootless: true, uid: 1000, gid: 1000 })],
  ] as const) {
    it(`${kind}: masks with the null device the plan made, checked to be 1:3, and skips only an absent path`, () => {
      const text = planOf(input(spec, host));
      const dev = /(\d+)  openat2\(\$\d+, "dev", .*# open the \/dev just mounted/.exec(text)?.[1];
      expect(text).toContain(
        `openat2($${dev}, "null", {flags=012000000, resolve=BENEATH|NO_SYMLINKS}, 24)  # open the /dev/null the plan made, to mask paths with`,
      );
      expect(text).toMatch(/if \*statx\+128 != 1 goto/);
      expect(text).toMatch(/if \*statx\+132 == 3 goto/);
      expect(text).toContain('# unable to mask paths: /dev/null is not the null device (character device 1:3)');
      expect(text).not.toMatch(/mount\("\/dev\/null"/);
      expect(text).toMatch(/if \$\d+ == -2 goto -> \d+  # \/proc\/kcore does not exist/);
      expect(text.indexOf('# bind /dev/null for a masked path')).toBeLessThan(text.indexOf('pivot_root'));
    });

    it(`${kind}: makes devices in the /dev it mounted, by fd`, () => {
      const text = planOf(input(spec, host));
      const dev = /(\d+)  openat2\(\$\d+, "dev", .*# open the \/dev just mounted/.exec(text)?.[1];
      if (kind === 'root') expect(text).toContain(`mknodat($${dev}, "null", S_IFCHR|0666, makedev(1, 3))`);
      else expect(text).toContain(`mknodat($${dev}, "null", ${0o100644}, 0) [errno 17 ok]  # create /dev/null`);
      expect(text).toContain(`symlinkat("pts/ptmx", $${dev}, "ptmx")`);
    });
  }

  it("uses the host's /dev/null when the plan makes no /dev", () => {
    const spec = defaultSpec({ rootless: false });
    spec.mounts = spec.mounts!.filter((m) => !m.destination.startsWith('/dev'));
    const text = planOf(input(spec));
    expect(text).toContain(`openat(-100, "/dev/null", ${0o12000000}, 0)  # open the host's /dev/null to mask paths with`);
  });
});

describe('the cwd (CVE-2024-21626 class)', () => {
  it('makes the cwd as runc does, then checks after chdir that it is inside the root', () => {
    const spec = defaultSpec({ rootless: false });
    spec.process!.cwd = '/proc/self/fd/100';
    const text = planOf(input(spec));
    expect(text).toMatch(/mkdirat\(\$\d+, "100", 0755\) \[errno 17 ok\]  # mkdir \/proc\/self\/fd\/100/);
    expect(text.indexOf('# mkdir /proc/self/fd/100')).toBeGreaterThan(text.indexOf('pivot_root'));
    expect(text).toContain('# chdir to cwd ("/proc/self/fd/100") set in config.json failed');
    expect(text).toMatch(/getcwd\(&cwd, 4096\)/);
    expect(text).toMatch(/if \$\d+ == 47 goto -> \d+  # does the cwd start with "\/"\?/);
    expect(text).toContain(
      '# current working directory is outside of container mount namespace root -- possible container breakout detected',
    );
  });
});

describe('seccomp of a waiting init', () => {
  it('with noNewPrivileges: loaded before the runtime is told the container is ready (and so before the wait for start)', () => {
    const spec = defaultSpec({ rootless: false });
    const d = decide({ ...input(spec), seccomp: seccomp as never });
    const text = describePlan(
      buildInitPlan({ ...d.init, process: { ...d.init.process, seccomp, noNewPrivileges: true } }, fakeFds(d.init, true)).builder,
      't',
    );
    const filter = text.indexOf('# install the seccomp filter');
    expect(filter).toBeGreaterThan(text.indexOf('# set no_new_privs'));
    expect(filter).toBeLessThan(text.indexOf('# tell the runtime the container is ready'));
    expect(filter).toBeLessThan(text.indexOf('# wait for start on the exec fifo'));
  });

  it('without noNewPrivileges: loaded while the capabilities are still there', () => {
    const d = decide(input(defaultSpec({ rootless: false })));
    const text = describePlan(
      buildInitPlan({ ...d.init, process: { ...d.init.process, seccomp, noNewPrivileges: false } }, fakeFds(d.init, true)).builder,
      't',
    );
    expect(text.indexOf('# install the seccomp filter')).toBeLessThan(text.indexOf('# setuid to 0'));
  });
});

describe('/sys bound read-only (CVE-2023-25809 class)', () => {
  const bindOf = (spec: Spec, dest: string) =>
    decide(input(spec)).init.mounts!.find((m): m is BindMountOp => m.kind === 'bind' && m.dest === dest)!;

  it('makes an rbind of /sys with "ro" read-only all the way down', () => {
    const spec = defaultSpec({ rootless: false });
    spec.mounts = spec.mounts!.filter((m) => m.destination !== '/sys' && m.destination !== '/sys/fs/cgroup');
    spec.mounts.push({ destination: '/sys', type: 'none', source: '/sys', options: ['rbind', 'nosuid', 'noexec', 'nodev', 'ro'] });
    expect(bindOf(spec, '/sys').recAttrSet & MOUNT_ATTR.RDONLY).toBe(MOUNT_ATTR.RDONLY);
  });

  it('leaves other rbinds as runc does: "ro" on the top mount only', () => {
    const spec = withMounts({ destination: '/data', type: 'bind', source: '/tmp', options: ['rbind', 'ro'] });
    const m = bindOf(spec, '/data');
    expect(m.attrSet & MOUNT_ATTR.RDONLY).toBe(MOUNT_ATTR.RDONLY);
    expect(m.recAttrSet & MOUNT_ATTR.RDONLY).toBe(0);
  });
});
