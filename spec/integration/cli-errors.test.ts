/**
 * Command-line mistakes against a running container, side by side with
 * runc: the same exit code class and the same words where runc's are
 * stable. Found by probing every subcommand with odd arguments.
 */
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import { containerId, describeResult, ensureHutchBuilt, makeStateRoots, runRuntime, type Runtime } from '../helpers/runtimes.js';

const skip = rootSkipReason();

describe.skipIf(skip)(`CLI mistakes${skip ? ` (skipped: ${skip})` : ''}`, () => {
  const runtimes: Runtime[] = runcSkipReason() ? ['hutch'] : ['hutch', 'runc'];

  for (const runtime of runtimes) {
    it(`${runtime}: an unopenable --log, a bad signal number, an env entry without "="`, async () => {
      if (runtime === 'hutch') ensureHutchBuilt();
      const ws = makeWorkspace('hutch-cli-errors-');
      const roots = makeStateRoots(ws);
      const id = containerId('cli');
      try {
        const log = await runRuntime({ runtime, roots, args: ['--log', `${ws.dir}/no/such/dir/log`, 'list'] });
        expect(log.exitCode, describeResult(log)).toBe(1);
        expect(log.stderr).toContain(`open ${ws.dir}/no/such/dir/log: no such file or directory`);

        const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['sleep', '60'] });
        b.writeConfig();
        const run = await runRuntime({ runtime, roots, args: ['run', '--detach', '--bundle', b.dir, id] });
        expect(run.exitCode, describeResult(run)).toBe(0);

        const kill = await runRuntime({ runtime, roots, args: ['kill', id, '999'] });
        expect(kill.exitCode, describeResult(kill)).toBe(1);
        expect(kill.stderr).toContain('unable to signal init: invalid argument');

        const exec = await runRuntime({ runtime, roots, args: ['exec', '--env', 'NOEQUALS', id, 'true'] });
        expect(exec.exitCode, describeResult(exec)).not.toBe(0);
        // runc's logrus line escapes the quotes.
        expect(exec.stderr).toMatch(/invalid environment variable: \\?"NOEQUALS\\?"/);

        const update = await runRuntime({ runtime, roots, args: ['update', '--pids-limit', '1e3', id] });
        expect(update.exitCode, describeResult(update)).toBe(1);
        expect(update.stderr).toMatch(/invalid value .*1e3/);
      } finally {
        await runRuntime({ runtime, roots, args: ['delete', '--force', id] });
        ws.cleanup();
      }
    });
  }
});
