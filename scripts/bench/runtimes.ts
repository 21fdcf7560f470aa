/**
 * The runtimes measured side by side: hutch (a private copy of dist/hutch),
 * runc and, where it can run, crun (root only; in a private mount namespace
 * on a hybrid cgroup host, crun-namespace.ts).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { HUTCH_BIN, which } from '../../spec/helpers/host.js';
import { crunNamespace, hybridCgroups, type CrunNamespace } from './crun-namespace.js';
import type { Options } from './options.js';
import { directLauncher, type Launcher } from './shell.js';

export type RuntimeName = 'hutch' | 'runc' | 'crun';

export interface Runtime {
  name: RuntimeName;
  /** One letter for container ids. */
  tag: string;
  bin: string;
  version: string;
  launcher: Launcher;
  /** Where it comes from, for the report. */
  from: string;
}

export function version(bin: string): string {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 20_000 });
  return (r.stdout || r.stderr || '').split('\n')[0]!.trim() || `(exit ${r.status})`;
}

/** hutch: --hutch as given, or a copy of dist/hutch in the work directory (0755: the test user runs it too). */
export function hutchRuntime(opts: Options, work: string): Runtime {
  if (opts.hutch) {
    const bin = resolve(opts.hutch);
    if (!existsSync(bin)) throw new Error(`hutch not found: ${bin}`);
    return { name: 'hutch', tag: 'h', bin, version: version(bin), launcher: directLauncher, from: bin };
  }
  if (!existsSync(HUTCH_BIN)) throw new Error(`${HUTCH_BIN} missing: build first (npm run build)`);
  const bin = join(work, 'hutch');
  copyFileSync(HUTCH_BIN, bin);
  chmodSync(bin, 0o755);
  return {
    name: 'hutch',
    tag: 'h',
    bin,
    version: version(bin),
    launcher: directLauncher,
    from: `copy of dist/hutch built ${statSync(HUTCH_BIN).mtime.toISOString()}`,
  };
}

export function runcRuntime(opts: Options): Runtime {
  const bin = which(opts.runc);
  if (!bin) throw new Error(`runc not found (apt-get install runc, or --runc PATH)`);
  return { name: 'runc', tag: 'r', bin, version: version(bin), launcher: directLauncher, from: bin };
}

export type CrunProbe = { runtime: Runtime; namespace?: CrunNamespace } | { skipped: string };

/** crun, root only, where it is installed; in its own mount namespace on a hybrid host. */
export function crunRuntime(opts: Options, work: string): CrunProbe {
  if (process.getuid!() !== 0) return { skipped: 'not running as root' };
  const bin = which(opts.crun);
  if (!bin) return { skipped: `${opts.crun} not found (apt-get install crun)` };
  const v = version(bin);
  if (!hybridCgroups()) return { runtime: { name: 'crun', tag: 'c', bin, version: v, launcher: directLauncher, from: bin } };
  const namespace = crunNamespace(work);
  return {
    runtime: {
      name: 'crun',
      tag: 'c',
      bin,
      version: v,
      launcher: namespace.launcher,
      from: `${bin}, in a private mount namespace without /sys/fs/cgroup/unified (hybrid host)`,
    },
    namespace,
  };
}
