/**
 * /dev/console (issue #18, from the security review): for a container with
 * a terminal, runc binds the pty's slave on /dev/console, so programs that
 * write to the console (init systems, getty) reach the terminal. hutch did
 * not create it at all. Against runc, root and rootless, under a real
 * terminal (script(1)); exec'd processes get no console of their own.
 */
import { chownSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { expect, it } from 'vitest';
import { describeKinds, type KindEnv } from '../helpers/kinds.js';
import { runtimeArgv, killLeftovers, type Runtime } from '../helpers/runtimes.js';
import { runcSkipReason, which } from '../helpers/host.js';

const runtimes: Runtime[] = runcSkipReason() ? ['hutch'] : ['hutch', 'runc'];
const SCRIPT = which('script');

/** `run` under a pseudo-terminal of script(1); the container's output, CRs and NULs dropped. */
async function runOnTerminal(
  env: KindEnv,
  runtime: Runtime,
  args: string[],
  edit?: (cfg: Record<string, any>) => void,
  rootfs?: (path: string) => void,
): Promise<{ out: string; code: number | undefined }> {
  const b = env.bundle({ template: 'fixture', args, edit: (cfg) => ((cfg.process.terminal = true), edit?.(cfg)) });
  rootfs?.(b.rootfs);
  const id = env.id('console');
  const argv = runtimeArgv({ runtime, user: env.user, roots: env.roots, args: ['run', '--bundle', b.dir, id] });
  const quoted = argv.map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const r = await execa(SCRIPT!, ['-qec', quoted, '/dev/null'], {
    reject: false,
    timeout: 30_000,
    stdin: 'ignore',
    env: {},
    extendEnv: false,
  });
  killLeftovers(id);
  // (runc's relay writes a NUL to the pty when its stdin ends: the echo shows "^@".)
  return {
    out: String(r.stdout)
      .replace(/[\r\0]/g, '')
      .replace(/\^@/g, ''),
    code: r.exitCode,
  };
}

/** `ls -l` without the date: "crw--w---- 1 root tty 136, 0 /dev/console". */
const LS = `ls -l /dev/console | awk '{print $1, $3, $4, $5, $6, $NF}'; tty; grep -c ' /dev/console ' /proc/self/mountinfo`;

describeKinds('/dev/console for a container with a terminal', (env) => {
  it.skipIf(!SCRIPT)("is the pty's slave, bound there (as runc)", async () => {
    const got: Partial<Record<Runtime, string>> = {};
    for (const runtime of runtimes) {
      const r = await runOnTerminal(env(), runtime, ['sh', '-c', LS]);
      expect(r.code, `${runtime}: ${r.out}`).toBe(0);
      got[runtime] = r.out.trim();
    }
    expect(got.hutch).toMatch(/^crw--w---- \S+ \S+ 136, 0 \/dev\/console\n\/dev\/pts\/0\n1$/);
    if (got.runc !== undefined) expect(got.hutch).toBe(got.runc);
  });

  it.skipIf(!SCRIPT)("works with a read-only /dev and with the image's own /dev (as runc)", async () => {
    const cases: [(cfg: Record<string, any>) => void, ((rootfs: string) => void)?][] = [
      [(cfg) => cfg.mounts.find((m: { destination: string }) => m.destination === '/dev').options.push('ro')],
      // The image's /dev (no tmpfs), with the /dev/ptmx images have.
      [
        (cfg) => (cfg.mounts = cfg.mounts.filter((m: { destination: string }) => m.destination !== '/dev')),
        (rootfs) => symlinkSync('pts/ptmx', join(rootfs, 'dev', 'ptmx')),
      ],
    ];
    for (const [edit, rootfs] of cases) {
      const got: Partial<Record<Runtime, string>> = {};
      for (const runtime of runtimes) {
        const r = await runOnTerminal(env(), runtime, ['sh', '-c', `${LS}; echo to-the-console > /dev/console`], edit, rootfs);
        got[runtime] = `${r.code} ${r.out.trim()}`;
      }
      expect(got.hutch).toMatch(/^0 crw--w---- \S+ \S+ 136, 0 \/dev\/console\n\/dev\/pts\/0\n1\nto-the-console$/);
      if (got.runc !== undefined) expect(got.hutch).toBe(got.runc);
    }
  });

  it.skipIf(!SCRIPT)("an image's /dev/console symlinked elsewhere is never followed: refused, the target untouched", async () => {
    const victims = env().ws.subdir('victims', env().user);
    writeFileSync(join(victims, 'console'), 'untouched\n');
    if (env().user) chownSync(join(victims, 'console'), env().user!.uid, env().user!.gid);
    const r = await runOnTerminal(
      env(),
      'hutch',
      ['sh', '-c', 'echo x > /dev/console'],
      (cfg) => (cfg.mounts = cfg.mounts.filter((m: { destination: string }) => m.destination !== '/dev')),
      (rootfs) => {
        symlinkSync('pts/ptmx', join(rootfs, 'dev', 'ptmx'));
        symlinkSync(join(victims, 'console'), join(rootfs, 'dev', 'console'));
      },
    );
    expect(r.code).not.toBe(0);
    expect(r.out).toContain('bind the terminal on /dev/console: open /dev/console: too many levels of symbolic links');
    expect(readFileSync(join(victims, 'console'), 'utf8')).toBe('untouched\n');
  });
});
