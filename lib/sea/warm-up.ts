/**
 * The warm-up the snapshot build runs before dist/hutch's heap is saved:
 * the CLI's own entry point, main(), once over every verb, so that the
 * modules they load are loaded and the functions they call are compiled
 * into the snapshot instead of at every start.
 *
 * Everything happens in a private temporary directory: a bundle made from
 * the default spec, a state root with two hand-made records (one whose
 * "init" is this very process, so it reads as running; one stopped), and
 * dry runs, which build and print plans but run nothing. Nothing calls the
 * kernel through FFI (the addon cannot be in a snapshot), nothing signals,
 * and nothing creates a handle a snapshot cannot hold: no yargs (its module
 * state holds the stdout stream; it loads after start, when a command line
 * needs it) and no run or exec that gets as far as listening for signals.
 *
 * A step whose exit status is not the expected one fails the build: a
 * warm-up that silently stopped warming would only show as a slower binary.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/main.js';
import { defaultSpec, formatSpec } from '../config/default-spec.js';
import { processStartTime } from '../state/process.js';
import { newRecord } from '../state/record.js';
import { StateStore } from '../state/store.js';
import { InternalError } from '../errors.js';

interface Step {
  argv: string[];
  /** The exit status main() must return: 0, or any failure. */
  expect: 'ok' | 'fails';
}

export async function warmUp(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hutch-warm-up-'));
  try {
    for (const step of steps(prepare(dir))) {
      const code = await main(step.argv);
      if ((code === 0) !== (step.expect === 'ok')) {
        throw new InternalError(
          `warm-up: hutch ${step.argv.join(' ')} exited with ${code}, expected ${step.expect === 'ok' ? '0' : 'a failure'}`,
        );
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Fixture {
  root: string;
  bundle: string;
  rootlessBundle: string;
  running: string;
  stopped: string;
}

function prepare(dir: string): Fixture {
  const f: Fixture = {
    root: join(dir, 'state'),
    bundle: join(dir, 'bundle'),
    rootlessBundle: join(dir, 'bundle-rootless'),
    running: 'warm-running',
    stopped: 'warm-stopped',
  };
  const configs: string[] = [];
  for (const [bundle, rootless] of [
    [f.bundle, false],
    [f.rootlessBundle, true],
  ] as const) {
    mkdirSync(join(bundle, 'rootfs', 'bin'), { recursive: true });
    writeFileSync(join(bundle, 'rootfs', 'bin', 'sh'), '', { mode: 0o755 });
    const spec = defaultSpec({ rootless });
    spec.process!.terminal = false;
    configs.push(formatSpec(spec));
    writeFileSync(join(bundle, 'config.json'), configs.at(-1)!);
  }
  const store = new StateStore(f.root);
  const record = (id: string, pid: number) =>
    newRecord({
      id,
      bundle: f.bundle,
      rootfs: join(f.bundle, 'rootfs'),
      created: '2026-01-01T00:00:00Z',
      pid,
      pidStartTime: processStartTime(pid) ?? 0,
      marker: 'running',
    });
  for (const [id, pid] of [
    [f.running, process.pid],
    [f.stopped, 0],
  ] as const) {
    if (store.claim(record(id, pid), configs[0]) !== 'claimed') throw new InternalError(`warm-up: cannot make container ${id}`);
  }
  return f;
}

function steps(f: Fixture): Step[] {
  const at = ['--root', f.root];
  const ok = (...argv: string[]): Step => ({ argv, expect: 'ok' });
  const fails = (...argv: string[]): Step => ({ argv, expect: 'fails' });
  return [
    ok('--version'),
    ok('features'),
    ok(...at, 'run', '--dry-run', '--bundle', f.bundle, 'warm-run'),
    ok(...at, '--rootless', 'true', 'run', '--dry-run', '--bundle', f.rootlessBundle, 'warm-rootless'),
    fails(...at, 'create', '--bundle', join(f.bundle, 'missing'), 'warm-create'),
    ok(...at, 'state', f.running),
    ok(...at, 'list'),
    ok(...at, 'list', '--format', 'json'),
    ok(...at, 'exec', '--dry-run', f.running, 'true'),
    fails(...at, 'start', f.running),
    fails(...at, 'delete', f.running),
    fails(...at, 'pause', f.running),
    fails(...at, 'resume', f.running),
    fails(...at, 'kill', f.stopped),
    fails(...at, 'start', f.stopped),
    ok(...at, 'delete', f.stopped),
    fails(...at, 'state', f.stopped),
    fails(...at, 'kill', f.stopped, 'KILL'),
    ok(...at, 'delete', '--force', f.stopped),
    // The sandbox's config, seccomp profile and plan (its own code path:
    // nothing above builds them). The cwd is given: the build may run in /.
    ok('sandbox', '--dry-run', '--cwd', f.bundle, '--', 'true'),
    ok('sandbox', '--dry-run', '--root-user', '--cwd', f.bundle, '--', 'true'),
  ];
}
