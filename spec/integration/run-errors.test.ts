/**
 * Issue #2 — a broken bundle makes `hutch run` print one line naming the
 * problem and exit 1 (no stack trace, nothing left behind), and `--dry-run`
 * prints the syscall plan without running anything.
 *
 * The config is runc 1.1.5's `runc spec` output (fixtures/bundles/), so these
 * cases need neither runc nor root: as root they use the root spec, as any
 * other user the rootless one mapped to that user. When the tests run as root
 * the cases run a second time as the unprivileged test user.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Bundle, type OciConfig, type Workspace } from '../helpers/bundle.js';
import { isRoot } from '../helpers/host.js';
import { ensureTestUser, rootlessSkipReason, type TestUser } from '../helpers/user.js';
import {
  containerId,
  describeResult,
  ensureHutchBuilt,
  makeStateRoots,
  runRuntime,
  type RuntimeResult,
  type StateRoots,
} from '../helpers/runtimes.js';

const linux = process.platform === 'linux' ? undefined : 'hutch runs on Linux only';

function defineErrorCases(who: 'current user' | 'test user', reason: string | undefined): void {
  describe.skipIf(Boolean(reason))(`hutch run with a broken bundle, as the ${who}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let ws: Workspace;
    let bundle: Bundle;
    let pristine: OciConfig;
    let roots: StateRoots;
    let user: TestUser | undefined;

    beforeAll(() => {
      ensureHutchBuilt();
      ws = makeWorkspace('hutch-it-errors-');
      user = who === 'test user' ? ensureTestUser() : undefined;
      const kind = isRoot() && !user ? 'root' : 'rootless';
      bundle = makeBundle(ws, { kind, user, template: 'fixture', args: ['sh', '-c', 'exit 0'] });
      pristine = structuredClone(bundle.config);
      roots = makeStateRoots(ws, user);
    });
    afterAll(() => ws?.cleanup());

    /** Runs `hutch run` on the bundle with config.json edited by `edit`. */
    async function runWith(edit: (c: OciConfig) => void, extra: string[] = []): Promise<{ r: RuntimeResult; id: string }> {
      const config = structuredClone(pristine);
      edit(config);
      bundle.writeConfig(config);
      const id = containerId('broken');
      const r = await runRuntime({ runtime: 'hutch', user, roots, args: ['run', ...extra, '--bundle', bundle.dir, id] });
      return { r, id };
    }

    function expectOneLineError(r: RuntimeResult, id: string, mentions: string): void {
      const why = describeResult(r);
      expect(r.exitCode, why).toBe(1);
      expect(r.stdout, why).toBe('');
      const lines = r.stderr.trimEnd().split('\n');
      expect(lines, why).toHaveLength(1);
      expect(lines[0], why).toMatch(/^hutch: /);
      expect(lines[0], why).toContain(mentions);
      // No stack trace and no exception class names leaking out.
      expect(r.stderr, why).not.toMatch(/^\s+at /m);
      expect(r.stderr, why).not.toMatch(/\b(TypeError|RangeError|ReferenceError|SyntaxError|HutchError)\b/);
      // Nothing left behind in the state root.
      if (existsSync(roots.hutch)) expect(readdirSync(roots.hutch), why).not.toContain(id);
    }

    it('bad type: "process": {"args": 5} names process.args', async () => {
      const { r, id } = await runWith((c) => (c.process.args = 5));
      expectOneLineError(r, id, 'process.args');
    });

    it('missing field: no ociVersion', async () => {
      const { r, id } = await runWith((c) => delete c.ociVersion);
      expectOneLineError(r, id, 'ociVersion');
    });

    it('missing field: no root.path', async () => {
      const { r, id } = await runWith((c) => delete c.root.path);
      expectOneLineError(r, id, 'root.path');
    });

    it('unknown namespace type names linux.namespaces[0].type', async () => {
      const { r, id } = await runWith((c) => (c.linux.namespaces[0].type = 'bogus'));
      expectOneLineError(r, id, 'linux.namespaces[0].type');
    });

    it('nonexistent rootfs: rootfs ("<bundle>/nope") does not exist', async () => {
      const { r, id } = await runWith((c) => (c.root.path = 'nope'));
      expectOneLineError(r, id, `rootfs ("${join(bundle.dir, 'nope')}") does not exist`);
    });

    it('config.json that is not JSON', async () => {
      const id = containerId('broken');
      writeFileSync(join(bundle.dir, 'config.json'), '{"ociVersion": ');
      const r = await runRuntime({ runtime: 'hutch', user, roots, args: ['run', '--bundle', bundle.dir, id] });
      expectOneLineError(r, id, 'config.json');
    });

    it('bundle without config.json', async () => {
      const id = containerId('broken');
      rmSync(join(bundle.dir, 'config.json'));
      const r = await runRuntime({ runtime: 'hutch', user, roots, args: ['run', '--bundle', bundle.dir, id] });
      expectOneLineError(r, id, 'config.json');
    });

    it('--dry-run prints a plan with pivot_root and mount steps and runs nothing', async () => {
      const marker = 'dry-run-ran';
      const { r, id } = await runWith(
        (c) => {
          c.root.readonly = false;
          c.process.args = ['sh', '-c', `touch /${marker}`];
        },
        ['--dry-run'],
      );
      const why = describeResult(r);
      expect(r.exitCode, why).toBe(0);
      expect(r.stdout).toContain(id);
      expect(r.stdout).toMatch(/^\s*\d+\s+pivot_root\(/m);
      expect(r.stdout).toMatch(/^\s*\d+\s+mount\(/m);
      expect(r.stdout).toMatch(/^\s*\d+\s+execve\(/m);
      // Nothing ran: the process did not touch the rootfs, no state was recorded.
      expect(existsSync(join(bundle.rootfs, marker))).toBe(false);
      if (existsSync(roots.hutch)) expect(readdirSync(roots.hutch)).not.toContain(id);
    });
  });
}

defineErrorCases('current user', linux);
defineErrorCases('test user', linux ?? (isRoot() ? rootlessSkipReason() : 'already running as an unprivileged user (see the cases above)'));
