/**
 * Issue #15, class 7: a hostile config.json. Anything that is not a regular
 * file is refused before it is read (a link to /dev/zero was read without
 * end, a FIFO blocked forever), and the size is bounded with a clear error;
 * a large but legal config still runs. Root and rootless.
 */
import { chownSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason } from '../helpers/host.js';
import { containerId, describeResult, ensureHutchBuilt, makeStateRoots, runRuntime, type StateRoots } from '../helpers/runtimes.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';

const rootSkip = rootSkipReason();
const rootlessSkip = rootSkip ?? rootlessSkipReason();

for (const kind of ['root', 'rootless'] as const) {
  const skip = kind === 'root' ? rootSkip : rootlessSkip;
  describe.skipIf(skip)(`hostile config.json, ${kind}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let ws: Workspace;
    let roots: StateRoots;
    let bundle: Bundle;
    let user: TestUser | undefined;
    const config = () => join(bundle.dir, 'config.json');
    beforeAll(() => {
      ensureHutchBuilt();
      ws = makeWorkspace(`hutch-hostile-${kind}-`);
      user = kind === 'rootless' ? ensureTestUser() : undefined;
      roots = makeStateRoots(ws, user);
      bundle = makeBundle(ws, { kind, user, template: 'fixture', args: ['true'] });
    });
    afterAll(() => ws?.cleanup());

    async function refused(what: string, expected: string): Promise<void> {
      const id = containerId('hostile');
      const r = await runRuntime({ runtime: 'hutch', roots, user, args: ['run', '--bundle', bundle.dir, id], timeoutMs: 20_000 });
      expect(r.timedOut, `${what}: ${describeResult(r)}`).toBe(false);
      expect(r.exitCode, `${what}: ${describeResult(r)}`).toBe(1);
      expect(r.stderr).toBe(`hutch: ${expected}\n`);
      const st = await runRuntime({ runtime: 'hutch', roots, user, args: ['state', id] });
      expect(st.stderr).toContain('container does not exist');
    }

    function replaceConfig(make: (path: string) => void): void {
      rmSync(config(), { force: true, recursive: true });
      make(config());
    }

    it('refuses a link to /dev/zero, a FIFO and a directory without reading them', async () => {
      replaceConfig((p) => symlinkSync('/dev/zero', p));
      await refused('/dev/zero', 'config.json: not a regular file (a character device)');
      replaceConfig((p) => execFileSync('mkfifo', [p]));
      await refused('a FIFO', 'config.json: not a regular file (a FIFO)');
      replaceConfig((p) => execFileSync('mkdir', [p]));
      await refused('a directory', 'config.json: not a regular file (a directory)');
    });

    it('refuses a config over 32 MiB naming the limit, and runs a legal one of 20 MiB', async () => {
      const big = (bytes: number) => {
        bundle.config.annotations = { 'org.example.filler': 'x'.repeat(bytes) };
        replaceConfig((p) => writeFileSync(p, JSON.stringify(bundle.config)));
        if (user) chownSync(config(), user.uid, user.gid);
      };
      big(33 * 1024 * 1024);
      await refused(
        '33 MiB',
        `config.json: ${33 * 1024 * 1024 + JSON.stringify({ ...bundle.config, annotations: {} }).length + '"org.example.filler":""'.length} bytes is larger than the 32 MiB hutch reads`,
      );
      big(20 * 1024 * 1024);
      const r = await runRuntime({
        runtime: 'hutch',
        roots,
        user,
        args: ['run', '--bundle', bundle.dir, containerId('big')],
        timeoutMs: 60_000,
      });
      expect(r.exitCode, describeResult(r)).toBe(0);
      delete bundle.config.annotations;
      bundle.writeConfig();
    });
  });
}
