/**
 * Issue #15, class 1 (CVE-2024-21626): an fd of the host that reaches the
 * container's setup lets a cwd of /proc/self/fd/N put the process in the
 * host's tree. The caller of hutch may leak any fd (a shell's `exec
 * 100</`): hutch's launcher marks every fd but its own close-on-exec
 * before anything of the container is resolved, so the fd is gone; and a
 * host directory passed on purpose (--preserve-fds) is caught after chdir
 * (getcwd says "(unreachable)"). Differential against runc (whose Debian
 * build has the 1.1.12 fix), root and rootless, for run and exec.
 */
import { expect, it } from 'vitest';
import { describeResult } from '../helpers/runtimes.js';
import { runcSkipReason } from '../helpers/host.js';
import { describeKinds, type KindEnv } from '../helpers/kinds.js';

/** A shell that opens the host's / as fds `fds` (not close-on-exec) and execs the runtime with them (bash: dash has no fd above 9). */
const leaking = (...fds: number[]) => ['/bin/bash', '-c', `exec ${fds.map((fd) => `${fd}</`).join(' ')} && exec "$@"`, 'bash'];

const ESCAPE = ['sh', '-c', 'cd -P ../../.. && ls'];
const BREAKOUT = 'current working directory is outside of container mount namespace root -- possible container breakout detected';
/** stderr with runc's logrus quoting undone (msg="... (\\"/x\\") ..."). */
const said = (r: { stderr: string }) => r.stderr.replace(/\\"/g, '"');
const runtimes = runcSkipReason() ? (['hutch'] as const) : (['hutch', 'runc'] as const);

async function runWithCwd(env: KindEnv, runtime: 'hutch' | 'runc', cwd: string, fd: number, extra: string[] = []) {
  const b = env.bundle({ template: 'fixture', args: ESCAPE, edit: (cfg) => (cfg.process.cwd = cwd) });
  return env.call(runtime, ['run', ...extra, '--bundle', b.dir, env.id('fds')], { prefix: leaking(fd) });
}

/** A running container to exec into, one per kind and runtime. */
const containers = new Map<string, string>();
async function running(env: KindEnv, runtime: 'hutch' | 'runc'): Promise<string> {
  const key = `${env.kind}/${runtime}`;
  const known = containers.get(key);
  if (known) return known;
  const b = env.bundle({ template: 'fixture', args: ['sleep', '1000'] });
  const id = env.id('fds-exec');
  const r = await env.call(runtime, ['run', '--detach', '--bundle', b.dir, id]);
  expect(r.exitCode, describeResult(r)).toBe(0);
  containers.set(key, id);
  return id;
}

describeKinds('a cwd on an fd of the host (CVE-2024-21626 class)', (env) => {
  for (const runtime of runtimes) {
    it(`${runtime} run: the fd the caller leaked is not there, the cwd cannot be made`, async () => {
      const r = await runWithCwd(env(), runtime, '/proc/self/fd/100', 100);
      expect(r.exitCode, describeResult(r)).not.toBe(0);
      expect(said(r)).toContain('mkdir /proc/self/fd/100: no such file or directory');
      expect(r.stdout).toBe('');
    });

    it(`${runtime} exec --cwd: the fd the caller leaked is not there`, async () => {
      const id = await running(env(), runtime);
      const r = await env().call(runtime, ['exec', '--cwd', '/proc/self/fd/100', id, ...ESCAPE], { prefix: leaking(100) });
      expect(r.exitCode, describeResult(r)).not.toBe(0);
      expect(said(r)).toContain('chdir to cwd ("/proc/self/fd/100") set in config.json failed: no such file or directory');
      expect(r.stdout).toBe('');
    });

    it(`${runtime} run --preserve-fds: a host directory passed on purpose is refused as the cwd after chdir`, async () => {
      const r = await runWithCwd(env(), runtime, '/proc/self/fd/3', 3, ['--preserve-fds', '1']);
      expect(r.exitCode, describeResult(r)).not.toBe(0);
      expect(said(r)).toContain(BREAKOUT);
      expect(r.stdout).toBe('');
    });

    it(`${runtime} exec --preserve-fds --cwd: the same for exec`, async () => {
      const id = await running(env(), runtime);
      const r = await env().call(runtime, ['exec', '--preserve-fds', '1', '--cwd', '/proc/self/fd/3', id, ...ESCAPE], {
        prefix: leaking(3),
      });
      expect(r.exitCode, describeResult(r)).not.toBe(0);
      expect(said(r)).toContain(BREAKOUT);
      expect(r.stdout).toBe('');
    });
  }

  it('hutch: a leaked fd is not in the container, --preserve-fds still passes what it names', async () => {
    const b = env().bundle({ template: 'fixture', args: ['sh', '-c', 'ls /proc/self/fd | sort -n | tr "\\n" " "'] });
    const r = await env().call('hutch', ['run', '--preserve-fds', '1', '--bundle', b.dir, env().id('fds-list')], {
      prefix: leaking(3, 100),
    });
    expect(r.exitCode, describeResult(r)).toBe(0);
    // 0-2, the preserved 3, and the directory ls opened to list them.
    expect(
      r.stdout
        .trim()
        .split(' ')
        .map(Number)
        .filter((fd) => fd !== 4),
    ).toEqual([0, 1, 2, 3]);
  });
});
