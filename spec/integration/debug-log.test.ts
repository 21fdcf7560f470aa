/**
 * Issue #18, "Logging": `--debug` writes level=debug records, in text or
 * JSON, to --log or (without --log) to stderr, as runc does; they say what
 * hutch read, decided and did (config, namespaces, mounts, process,
 * cgroups, launch, start, exec). Under conmon or the containerd shim
 * (--log always given) they never reach the container's stdout or stderr.
 * Root and rootless, each case under runc too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle, type Bundle, type BundleKind, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import { containerId, describeResult, runRuntime, settle, startRuntime, type Runtime, type StateRoots } from '../helpers/runtimes.js';
import { rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { suiteEnv } from '../helpers/suite.js';

const RUNTIMES = ['runc', 'hutch'] as const;
/** What hutch's debug records must cover, by the word each starts with. */
const TOPICS = ['config:', 'namespaces:', 'mount:', 'process:', 'cgroups:', 'launch:', 'start:'];

function defineCases(kind: BundleKind, reason: string | undefined): void {
  describe.skipIf(Boolean(reason))(`--debug, hutch vs runc, ${kind}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let ws: Workspace;
    let user: TestUser | undefined;
    let roots: StateRoots;
    let bundle: Bundle;

    suiteEnv(kind, 'hutch-it-debug', (e) => {
      ({ ws, user, roots } = e);
      bundle = makeBundle(ws, { kind, user, args: ['sh', '-c', 'echo to-stdout; echo to-stderr >&2'] });
    });

    it("without --log: level=debug text records on stderr, the container's output untouched", async () => {
      for (const runtime of RUNTIMES) {
        const r = await runRuntime({ runtime, user, roots, args: ['--debug', 'run', '--bundle', bundle.dir, containerId('dbg')] });
        expect(r.exitCode, describeResult(r)).toBe(0);
        expect(r.stdout).toBe('to-stdout\n');
        const debug = r.stderr.split('\n').filter((l) => / level=debug msg=/.test(l));
        expect(debug.length, runtime).toBeGreaterThan(3);
        expect(r.stderr).toContain('to-stderr\n');
        if (runtime === 'hutch') {
          const msgs = debug.map((l) => JSON.parse(l.slice(l.indexOf('msg=') + 4)) as string);
          for (const t of TOPICS)
            expect(
              msgs.some((m) => m.startsWith(t)),
              `a debug record about ${t}\n${msgs.join('\n')}`,
            ).toBe(true);
        }
      }
    });

    it("with --log FILE --log-format json (conmon, the shim): JSON debug records in the file, nothing of them in the container's stdout or stderr", async () => {
      for (const runtime of RUNTIMES) {
        const logDir = ws.subdir(`log-${runtime}`, user);
        const log = join(logDir, 'log.json');
        const id = containerId('dbgc');
        // As conmon: create with --log, the container keeps create's stdout and stderr.
        const create = startRuntime({
          runtime,
          user,
          roots,
          args: ['--debug', '--log', log, '--log-format', 'json', 'create', '--bundle', bundle.dir, id],
        });
        let out = '';
        let err = '';
        create.stdout?.on('data', (d: Buffer) => (out += d.toString()));
        create.stderr?.on('data', (d: Buffer) => (err += d.toString()));
        await new Promise<void>((resolve) => create.once('exit', () => resolve()));
        expect(create.exitCode, err).toBe(0);
        const start = await runRuntime({ runtime, user, roots, args: ['--debug', '--log', log, '--log-format', 'json', 'start', id] });
        expect(start.exitCode, describeResult(start)).toBe(0);
        await settle(create, id, 10_000);
        await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
        expect(out, runtime).toBe('to-stdout\n');
        expect(err, runtime).toBe('to-stderr\n');
        expect(start.stderr, runtime).toBe('');
        const records = readFileSync(log, 'utf8')
          .trim()
          .split('\n')
          .map((l) => JSON.parse(l) as { level: string; msg: string; time: string });
        const debug = records.filter((r) => r.level === 'debug');
        expect(debug.length, runtime).toBeGreaterThan(3);
        for (const r of debug) expect(typeof r.time).toBe('string');
        if (runtime === 'hutch') {
          for (const t of TOPICS)
            expect(
              debug.some((r) => r.msg.startsWith(t)),
              `a debug record about ${t}`,
            ).toBe(true);
        }
      }
    });

    it('without --debug nothing is said at level debug', async () => {
      const r = await runRuntime({ runtime: 'hutch' as Runtime, user, roots, args: ['run', '--bundle', bundle.dir, containerId('nodbg')] });
      expect(r.exitCode, describeResult(r)).toBe(0);
      expect(r.stderr).toBe('to-stderr\n');
    });
  });
}

const runcReason = runcSkipReason();
defineCases('root', runcReason ?? rootSkipReason());
defineCases('rootless', runcReason ?? rootlessSkipReason());
