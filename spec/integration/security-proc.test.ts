/**
 * Issue #15, classes 2 and 3: mounts that land on procfs (CVE-2025-52881)
 * and a /proc that is not procfs (CVE-2023-28642). A mount inside /proc
 * (directly, through an image's symlink, or through a symlink an earlier
 * mount brought in) would let the image choose the files the runtime's
 * later procfs writes go to; a /proc bound from a plain directory would
 * take the sysctls and give the container a fake /proc. Refused with
 * runc's words (the same text as runc where runc refuses), root and
 * rootless; what runc allows (lxcfs's files) still works, and sysctls and
 * oom_score_adj, now written through a checked procfs fd, give what runc gives.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync, chownSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeResult, type RuntimeResult } from '../helpers/runtimes.js';
import { runcSkipReason } from '../helpers/host.js';
import { describeKinds, type KindEnv } from '../helpers/kinds.js';
import type { Bundle, OciConfig } from '../helpers/bundle.js';

const runtimes = runcSkipReason() ? (['hutch'] as const) : (['hutch', 'runc'] as const);

/** The refusal in stderr ("error mounting ... because it is ..."), runc's logrus quoting undone. */
function refusal(r: RuntimeResult): string | undefined {
  return /(error mounting .*? because it is (?:inside \/proc|not of type proc))/.exec(r.stderr.replace(/\\"/g, '"'))?.[1];
}

/** A host directory for the test, owned by the rootless user where there is one. */
function hostDir(env: KindEnv, name: string): string {
  return env.ws.subdir(name, env.user);
}

function own(env: KindEnv, path: string): void {
  if (env.user) chownSync(path, env.user.uid, env.user.gid);
}

async function runBoth(env: KindEnv, b: Bundle) {
  const out: Partial<Record<'hutch' | 'runc', RuntimeResult>> = {};
  for (const runtime of runtimes) out[runtime] = await env.call(runtime, ['run', '--bundle', b.dir, env.id('proc')]);
  return out;
}

/** Both refuse with the same words; hutch's are `expected`. */
async function expectRefused(env: KindEnv, b: Bundle, expected: RegExp) {
  const r = await runBoth(env, b);
  expect(r.hutch!.exitCode, describeResult(r.hutch!)).not.toBe(0);
  expect(refusal(r.hutch!), r.hutch!.stderr).toMatch(expected);
  if (r.runc) expect(refusal(r.hutch!)).toBe(refusal(r.runc));
}

const addMount = (m: Record<string, unknown>) => (cfg: OciConfig) => cfg.mounts.push(m);

describeKinds('mounts that land on procfs (CVE-2025-52881 class)', (env) => {
  it('a bind on /proc/sys/kernel is refused (as runc)', async () => {
    const src = hostDir(env(), 'src');
    const b = env().bundle({
      template: 'fixture',
      args: ['true'],
      edit: addMount({ destination: '/proc/sys/kernel', type: 'bind', source: src, options: ['rbind'] }),
    });
    await expectRefused(
      env(),
      b,
      /^error mounting ".*" to rootfs at "\/proc\/sys\/kernel": ".*\/rootfs\/proc\/sys\/kernel" cannot be mounted because it is inside \/proc$/,
    );
  });

  it('a bind on an image symlink that leads into /proc is refused (as runc)', async () => {
    const src = hostDir(env(), 'src');
    const b = env().bundle({
      template: 'fixture',
      args: ['true'],
      edit: addMount({ destination: '/data', type: 'bind', source: src, options: ['rbind'] }),
    });
    symlinkSync('/proc/sys/kernel', join(b.rootfs, 'data'));
    await expectRefused(
      env(),
      b,
      /^error mounting ".*" to rootfs at "\/data": ".*\/rootfs\/proc\/sys\/kernel" cannot be mounted because it is inside \/proc$/,
    );
  });

  it('hutch refuses a tmpfs inside /proc too (runc 1.1.5 mounts it)', async () => {
    const b = env().bundle({
      template: 'fixture',
      args: ['true'],
      edit: addMount({ destination: '/proc/sys', type: 'tmpfs', source: 'tmpfs' }),
    });
    const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('proc')]);
    expect(r.exitCode, describeResult(r)).not.toBe(0);
    expect(refusal(r)).toMatch(/to rootfs at "\/proc\/sys": .* cannot be mounted because it is inside \/proc$/);
  });

  it('hutch refuses a target it finds on procfs at run time (a symlink an earlier mount brought in)', async () => {
    // Resolved before anything runs, /vol/k is the image's: nothing there.
    // Once the first bind is in place it is a symlink into /proc.
    const vol = hostDir(env(), 'vol');
    symlinkSync('/proc/sys/kernel', join(vol, 'k'));
    const src = hostDir(env(), 'src');
    const b = env().bundle({
      template: 'fixture',
      args: ['true'],
      edit: (cfg) =>
        cfg.mounts.push(
          { destination: '/vol', type: 'bind', source: vol, options: ['rbind'] },
          { destination: '/vol/k', type: 'bind', source: src, options: ['rbind'] },
        ),
    });
    const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('proc')]);
    expect(r.exitCode, describeResult(r)).not.toBe(0);
    expect(refusal(r)).toBe(
      `error mounting "${src}" to rootfs at "/vol/k": "${b.rootfs}/vol/k" cannot be mounted because it is inside /proc`,
    );
  });

  it('what runc allows inside /proc still works: a file bound on /proc/meminfo (lxcfs)', async () => {
    const file = join(hostDir(env(), 'lxcfs'), 'meminfo');
    writeFileSync(file, 'MemTotal: 42 kB\n');
    own(env(), file);
    const b = env().bundle({
      template: 'fixture',
      args: ['cat', '/proc/meminfo'],
      edit: addMount({ destination: '/proc/meminfo', type: 'bind', source: file, options: ['bind', 'ro'] }),
    });
    const r = await runBoth(env(), b);
    for (const runtime of runtimes) {
      expect(r[runtime]!.exitCode, describeResult(r[runtime]!)).toBe(0);
      expect(r[runtime]!.stdout).toBe('MemTotal: 42 kB\n');
    }
  });

  it('sysctls and oom_score_adj, written through a checked procfs, come out as with runc', async () => {
    const b = env().bundle({
      template: 'fixture',
      args: ['sh', '-c', 'cat /proc/sys/kernel/shmmax /proc/self/oom_score_adj'],
      edit: (cfg) => {
        cfg.linux.sysctl = { 'kernel.shmmax': '123456789' };
        cfg.process.oomScoreAdj = 123;
      },
    });
    const r = await runBoth(env(), b);
    expect(r.hutch!.exitCode, describeResult(r.hutch!)).toBe(0);
    expect(r.hutch!.stdout).toBe('123456789\n123\n');
    if (r.runc) expect(r.hutch!.stdout).toBe(r.runc.stdout);
  });
});

describeKinds('a /proc that is not procfs (CVE-2023-28642 class)', (env) => {
  it('a bind of a plain directory on /proc is refused (as runc) and gets no sysctl', async () => {
    // A fake /proc holding the file a sysctl would be written to.
    const fake = hostDir(env(), 'fakeproc');
    mkdirSync(join(fake, 'sys', 'kernel'), { recursive: true });
    writeFileSync(join(fake, 'sys', 'kernel', 'shmmax'), 'untouched\n');
    for (const p of ['sys', 'sys/kernel', 'sys/kernel/shmmax']) own(env(), join(fake, p));
    const b = env().bundle({
      template: 'fixture',
      args: ['true'],
      edit: (cfg) => {
        cfg.mounts = cfg.mounts.filter((m: { destination: string }) => m.destination !== '/proc');
        cfg.mounts.unshift({ destination: '/proc', type: 'bind', source: fake, options: ['rbind'] });
        cfg.linux.sysctl = { 'kernel.shmmax': '42' };
      },
    });
    await expectRefused(
      env(),
      b,
      /^error mounting ".*" to rootfs at "\/proc": ".*\/rootfs\/proc" cannot be mounted because it is not of type proc$/,
    );
    expect(readFileSync(join(fake, 'sys', 'kernel', 'shmmax'), 'utf8')).toBe('untouched\n');
  });
});
