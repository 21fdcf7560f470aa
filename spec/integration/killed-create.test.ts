/**
 * Issue #15, class 6: SIGKILL of `hutch run` or `hutch create` at any point
 * leaves nothing that `delete --force` cannot remove, and nothing that keeps
 * the id from being created again. The kill lands at many points of the
 * call (from before the config is read to after the container runs), as
 * root and as an unprivileged user.
 */
import { chownSync, existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, scaled } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  killLeftovers,
  makeStateRoots,
  runRuntime,
  settle,
  startRuntime,
  type StateRoots,
} from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { cgroupDirs } from '../helpers/cgroups.js';

const rootSkip = rootSkipReason();
const rootlessSkip = rootSkip ?? rootlessSkipReason();

/** What the state root holds for `id`: its directory, half-built claims (none when the root was never made). */
function stateEntries(root: string, id: string): string[] {
  return existsSync(root) ? readdirSync(root).filter((n) => n === id || n.endsWith(`#${id}`)) : [];
}

/** Every cgroup directory named after the container, in every hierarchy (v1 controllers, the unified tree). */
function cgroupsNamed(id: string): string[] {
  return cgroupDirs((name) => name === id);
}

for (const kind of ['root', 'rootless'] as const) {
  const skip = kind === 'root' ? rootSkip : rootlessSkip;
  describe.skipIf(skip)(`SIGKILL of hutch during create and run, ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let ws: Workspace;
    let roots: StateRoots;
    let bundle: Bundle;
    let user: TestUser | undefined;
    beforeAll(() => {
      ensureHutchBuilt();
      ws = makeWorkspace(`hutch-killed-${kind}-`);
      user = kind === 'rootless' ? ensureTestUser() : undefined;
      roots = makeStateRoots(ws, user);
      bundle = makeBundle(ws, { kind, user, template: 'fixture', args: ['sleep', '1000'] });
      // Limits, so that every controller's cgroup is written (rootless on this
      // host gets no cgroup, and a limit would fail there as with runc).
      if (kind === 'root') bundle.config.linux.resources = { pids: { limit: 100 }, memory: { limit: 268435456 } };
      bundle.writeConfig();
    });
    afterAll(() => ws?.cleanup());

    const call = (args: string[]) => runRuntime({ runtime: 'hutch', roots, user, args, timeoutMs: 30_000 });

    it(
      'after a kill at any of 16 points, delete --force leaves no state, claim, cgroup or process, and the id is free again',
      async () => {
        const delays = [0, 5, 10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100, 130, 170, 250];
        for (const [i, delay] of delays.entries()) {
          const id = containerId(`killed${i}`);
          const verb = i % 2 === 0 ? ['run', '--detach'] : ['create'];
          const sub = startRuntime({ runtime: 'hutch', roots, user, args: [...verb, '--bundle', bundle.dir, id] });
          // Scaled under emulation, so the kills still land in the same phases of create.
          await sleep(scaled(delay));
          sub.kill('SIGKILL');
          await settle(sub, undefined, 100);
          const del = await call(['delete', '--force', id]);
          expect(del.exitCode, `kill after ${delay} ms: ${describeResult(del)}`).toBe(0);
          expect(stateEntries(roots.hutch, id), `state left after a kill at ${delay} ms`).toEqual([]);
          expect(cgroupsNamed(id), `cgroups left after a kill at ${delay} ms`).toEqual([]);
          await sleep(50);
          expect(killLeftovers(id), `processes left after a kill at ${delay} ms`).toEqual([]);
          // The id can be used again.
          const again = await call(['create', '--bundle', bundle.dir, id]);
          expect(again.exitCode, `create again after a kill at ${delay} ms: ${describeResult(again)}`).toBe(0);
          expect((await call(['delete', '--force', id])).exitCode).toBe(0);
          expect(existsSync(join(roots.hutch, id))).toBe(false);
        }
      },
      scaled(600_000),
    );

    it('each shape of debris a kill can leave is cleared by create and by delete --force', async () => {
      // Made by hand, so that every shape is covered whatever the timing:
      // an empty directory, one holding only a lock's temp file, a record
      // still "creating" whose creator is gone, and a half-built claim.
      const owner = user ? { uid: user.uid, gid: user.gid } : { uid: 0, gid: 0 };
      const shapes: Record<string, (dir: string, id: string) => void> = {
        empty: () => undefined,
        'lock temp file': (dir) => writeFileSync(join(dir, 'lock.999999999.1abcdef'), '999999999 1 pid:[1]\n'),
        'creating record of a dead creator': (dir, id) =>
          writeFileSync(
            join(dir, 'state.json'),
            JSON.stringify({
              version: 1,
              id,
              pid: 0,
              pidStartTime: 0,
              creatorPid: 999999999,
              creatorStartTime: 1,
              bundle: bundle.dir,
              rootfs: bundle.rootfs,
              created: '2026-01-01T00:00:00Z',
              ociVersion: '1.0.2',
              owner: '',
              annotations: {},
              marker: 'creating',
              rootless: kind === 'rootless',
              namespacePaths: {},
              cgroupPaths: {},
              uidMappings: [],
              gidMappings: [],
            }),
          ),
      };
      for (const [name, make] of Object.entries(shapes)) {
        for (const verb of ['create', 'delete'] as const) {
          const id = containerId('shape');
          mkdirSync(roots.hutch, { recursive: true, mode: 0o700 });
          chownSync(roots.hutch, owner.uid, owner.gid);
          const dir = join(roots.hutch, id);
          mkdirSync(dir, { mode: 0o711 });
          make(dir, id);
          const claim = join(roots.hutch, `#new.999999999.1abc#${id}`);
          mkdirSync(claim);
          for (const p of [dir, claim, ...readdirSync(dir).map((f) => join(dir, f))]) chownSync(p, owner.uid, owner.gid);
          if (verb === 'create') {
            const r = await call(['create', '--bundle', bundle.dir, id]);
            expect(r.exitCode, `create over ${name}: ${describeResult(r)}`).toBe(0);
          }
          const del = await call(['delete', '--force', id]);
          expect(del.exitCode, `delete --force of ${name}: ${describeResult(del)}`).toBe(0);
          expect(stateEntries(roots.hutch, id), `left after ${verb} over ${name}`).toEqual([]);
        }
      }
    });

    it(
      'create takes over the debris of a killed create without a delete first',
      async () => {
        const id = containerId('debris');
        for (const delay of [20, 40, 60, 90]) {
          const sub = startRuntime({ runtime: 'hutch', roots, user, args: ['create', '--bundle', bundle.dir, id] });
          await sleep(delay);
          sub.kill('SIGKILL');
          await settle(sub, undefined, 100);
          const st = await call(['state', id]);
          // Either the kill came before the claim (nothing there), or the record says how far it got.
          if (st.exitCode === 0 && JSON.parse(st.stdout).status !== 'stopped') {
            // It got as far as a complete container: that one keeps its id, as with runc.
            expect((await call(['create', '--bundle', bundle.dir, id])).stderr).toContain('container with given ID already exists');
            expect((await call(['delete', '--force', id])).exitCode).toBe(0);
            continue;
          }
          const again = await call(['create', '--bundle', bundle.dir, id]);
          expect(again.exitCode, `create over the debris of a kill at ${delay} ms: ${describeResult(again)}`).toBe(0);
          expect((await call(['delete', '--force', id])).exitCode).toBe(0);
        }
        expect(cgroupsNamed(id)).toEqual([]);
      },
      scaled(300_000),
    );
  });
}
