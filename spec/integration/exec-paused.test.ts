/**
 * Issue #18, "exec and paused containers": hutch against runc 1.1.5 on the
 * same kind of bundle. Exit 255 when exec itself fails; a paused container
 * refuses exec in runc's words unless --ignore-paused; kill -9 and
 * delete --force of a paused container thaw it; a frozen cgroup fails
 * create instead of hanging; `kill --all` of a stopped container; an
 * unknown command with -h; exec --cgroup.
 */
import { cgroupPathFor, pureV2 } from '../helpers/cgroups.js';
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { makeBundle, type Bundle, type BundleKind, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  killLeftovers,
  runRuntime,
  startRuntime,
  type Runtime,
  type StateRoots,
} from '../helpers/runtimes.js';
import { rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { suiteEnv } from '../helpers/suite.js';

const RUNTIMES = ['runc', 'hutch'] as const;
const FREEZER = '/sys/fs/cgroup/freezer';
const v1Freezer = existsSync(join(FREEZER, 'cgroup.procs')) ? undefined : 'no cgroup v1 freezer hierarchy at /sys/fs/cgroup/freezer';

function defineCases(kind: BundleKind, reason: string | undefined): void {
  describe.skipIf(Boolean(reason))(`exec and paused containers, hutch vs runc, ${kind}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let ws: Workspace;
    let user: TestUser | undefined;
    let roots: StateRoots;
    let bundle: Bundle;
    const call = (runtime: Runtime, args: string[]) => runRuntime({ runtime, user, roots, args });
    const rootOnly = kind === 'rootless' ? 'a rootless container on cgroup v1 has no cgroup of its own to freeze' : undefined;

    suiteEnv(kind, 'hutch-it-paused', (e) => {
      ({ ws, user, roots } = e);
      bundle = makeBundle(ws, { kind, user, args: ['sleep', '100'] });
    });

    /** Runs `body` on a detached `sleep 100` container of `runtime`, then deletes it whatever happens. */
    async function withRunning(runtime: Runtime, body: (id: string) => Promise<void>, edit?: (b: Bundle) => void): Promise<void> {
      const id = containerId('paused');
      edit?.(bundle);
      bundle.writeConfig();
      const r = await call(runtime, ['run', '--detach', '--bundle', bundle.dir, id]);
      expect(r.exitCode, describeResult(r)).toBe(0);
      try {
        await body(id);
      } finally {
        await call(runtime, ['resume', id]);
        await call(runtime, ['delete', '--force', id]);
        killLeftovers(id);
      }
    }

    it("exec itself failing exits 255; the command's own status passes through", async () => {
      const pidDir = ws.subdir('pids', user);
      for (const runtime of RUNTIMES) {
        await withRunning(runtime, async (id) => {
          const missing = await call(runtime, ['exec', id, 'no-such-command']);
          expect(missing.exitCode, describeResult(missing)).toBe(255);
          expect(missing.stderr).toContain('executable file not found in $PATH');
          const pidFile = await call(runtime, ['exec', '--pid-file', join(pidDir, 'no/such/dir/p'), id, 'true']);
          expect(pidFile.exitCode, describeResult(pidFile)).toBe(255);
          expect(pidFile.stderr).toContain(`open ${join(pidDir, 'no/such/dir/.p')}: no such file or directory`);
          const own = await call(runtime, ['exec', id, 'sh', '-c', 'exit 7']);
          expect(own.exitCode, describeResult(own)).toBe(7);
        });
      }
    });

    it('kill --all of a stopped container succeeds, kill of it fails with "container not running"', async () => {
      for (const runtime of RUNTIMES) {
        bundle.config.process.args = ['true'];
        await withRunning(runtime, async (id) => {
          for (let i = 0; i < 100 && !(await call(runtime, ['state', id])).stdout.includes('"stopped"'); i++) await sleep(50);
          const all = await call(runtime, ['kill', '--all', id, '0']);
          expect(all.exitCode, describeResult(all)).toBe(0);
          const one = await call(runtime, ['kill', id, '0']);
          expect(one.exitCode, describeResult(one)).toBe(1);
          expect(one.stderr).toContain('container not running');
        });
        bundle.config.process.args = ['sleep', '100'];
      }
    });

    it('an unknown command with -h exits non-zero', async () => {
      for (const runtime of RUNTIMES) {
        const r = await call(runtime, ['no-such-command', '-h']);
        expect(r.exitCode, describeResult(r)).not.toBe(0);
      }
    });

    it.skipIf(Boolean(rootOnly))(
      `a paused container: exec refused in runc's words (255), --ignore-paused waits for resume, kill -9 and delete --force thaw it${rootOnly ? ` (skipped: ${rootOnly})` : ''}`,
      async () => {
        for (const runtime of RUNTIMES) {
          await withRunning(runtime, async (id) => {
            expect((await call(runtime, ['pause', id])).exitCode).toBe(0);
            const refused = await call(runtime, ['exec', id, 'true']);
            expect(refused.exitCode, describeResult(refused)).toBe(255);
            expect(refused.stderr.replace(/\\"/g, '"')).toContain(
              'exec failed: cannot exec in a paused container (use --ignore-paused to override)',
            );
            // The exec'd process joins the frozen cgroup: it runs once the container resumes.
            const frozen = startRuntime({ runtime, user, roots, args: ['exec', '--ignore-paused', id, 'echo', 'after-resume'] });
            await sleep(500);
            expect((await call(runtime, ['resume', id])).exitCode).toBe(0);
            const done = await frozen;
            expect(done.exitCode, String(done.stderr)).toBe(0);
            expect(String(done.stdout)).toBe('after-resume\n');
          });
          await withRunning(runtime, async (id) => {
            expect((await call(runtime, ['pause', id])).exitCode).toBe(0);
            const del = await call(runtime, ['delete', '--force', id]);
            expect(del.exitCode, describeResult(del)).toBe(0);
            const st = await call(runtime, ['state', id]);
            expect(st.stderr).toContain('does not exist');
          });
          await withRunning(runtime, async (id) => {
            expect((await call(runtime, ['pause', id])).exitCode).toBe(0);
            expect((await call(runtime, ['kill', id, '9'])).exitCode).toBe(0);
            let state = '';
            for (let i = 0; i < 100 && !state.includes('"stopped"'); i++, await sleep(50))
              state = (await call(runtime, ['state', id])).stdout;
            expect(state, runtime).toContain('"stopped"');
          });
        }
      },
    );

    it.skipIf(Boolean(rootOnly ?? v1Freezer))(
      `a container whose cgroup is already frozen: run -d fails at once, nothing left${rootOnly || v1Freezer ? ` (skipped: ${rootOnly ?? v1Freezer})` : ''}`,
      async () => {
        for (const runtime of RUNTIMES) {
          const name = `hutch-frozen-${process.pid}-${runtime}`;
          const dir = join(FREEZER, name);
          mkdirSync(dir);
          try {
            writeFileSync(join(dir, 'freezer.state'), 'FROZEN');
            bundle.config.linux.cgroupsPath = `/${name}`;
            bundle.writeConfig();
            const id = containerId('frozen');
            const r = await runRuntime({ runtime, user, roots, args: ['run', '--detach', '--bundle', bundle.dir, id], timeoutMs: 15_000 });
            expect(r.timedOut, describeResult(r)).toBe(false);
            expect(r.exitCode, describeResult(r)).toBe(1);
            expect(r.stderr).toContain("container's cgroup unexpectedly frozen");
            expect((await call(runtime, ['state', id])).stderr).toContain('does not exist');
            killLeftovers(id);
          } finally {
            writeFileSync(join(dir, 'freezer.state'), 'THAWED');
            rmdirSync(dir);
            delete bundle.config.linux.cgroupsPath;
            bundle.writeConfig();
          }
        }
      },
    );

    it.skipIf(Boolean(rootOnly))(
      `exec --cgroup CONTROLLER:SUB joins a sub-cgroup of the container${rootOnly ? ` (skipped: ${rootOnly})` : ''}`,
      async () => {
        const seen = {} as Record<Runtime, string>;
        for (const runtime of RUNTIMES) {
          const name = `hutch-execcg-${process.pid}-${runtime}`;
          const sub = cgroupPathFor(`/${name}/sub`, 'pids');
          await withRunning(
            runtime,
            async (id) => {
              mkdirSync(sub);
              // cgroup v1: the pids hierarchy's sub-cgroup; v2: the one tree's (a controller prefix is refused there).
              const r = await call(runtime, [
                'exec',
                '--cgroup',
                pureV2 ? 'sub' : 'pids:sub',
                id,
                'sh',
                '-c',
                `grep ${pureV2 ? '^0::' : ':pids:'} /proc/self/cgroup`,
              ]);
              expect(r.exitCode, describeResult(r)).toBe(0);
              seen[runtime] = r.stdout.replace(name, 'CONTAINER');
              const bad = await call(runtime, ['exec', '--cgroup', 'a:b:c', id, 'true']);
              expect(bad.exitCode).not.toBe(0);
              expect(bad.stderr).toContain('invalid --cgroup argument: a:b:c');
            },
            (b) => (b.config.linux.cgroupsPath = `/${name}`),
          );
          if (existsSync(sub)) rmdirSync(sub);
          if (existsSync(cgroupPathFor(`/${name}`, 'pids'))) rmdirSync(cgroupPathFor(`/${name}`, 'pids'));
          delete bundle.config.linux.cgroupsPath;
        }
        expect(seen.hutch).toBe(seen.runc);
        expect(seen.hutch.trim()).toMatch(pureV2 ? /^0::(\/CONTAINER)?\/sub$/ : /:pids:(\/CONTAINER)?\/sub$/);
      },
    );
  });
}

const runcReason = runcSkipReason();
defineCases('root', runcReason ?? rootSkipReason());
defineCases('rootless', runcReason ?? rootlessSkipReason());
