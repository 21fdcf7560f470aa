/**
 * Facts about the machine the integration tests run on, and the reasons to
 * skip a case when the machine cannot do it. Every function here is cheap and
 * synchronous so it can be used at collection time in `it.skipIf(...)`.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository checkout (…/main). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The runtime under test: the single executable `npm run build` writes (bin/hutch execs it). */
export const HUTCH_BIN = join(REPO, 'dist', 'hutch');
export const FIXTURES = join(REPO, 'fixtures');

export const isRoot = (): boolean => process.geteuid?.() === 0;

/** Absolute path of an executable found on PATH, or undefined. */
export function which(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '/usr/sbin:/usr/bin:/sbin:/bin').split(':')) {
    if (!dir) continue;
    const p = join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      /* next */
    }
  }
  for (const dir of ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin']) {
    const p = join(dir, cmd);
    if (existsSync(p)) return p;
  }
  return undefined;
}

let runcPath: string | null | undefined;
/** The installed runc, or undefined. */
export function runcBinary(): string | undefined {
  if (runcPath === undefined) {
    const p = which('runc');
    runcPath = p && spawnSync(p, ['--version']).status === 0 ? p : null;
  }
  return runcPath ?? undefined;
}

/** Why a hutch-vs-runc comparison cannot run here, or undefined. */
export function runcSkipReason(): string | undefined {
  return runcBinary() ? undefined : 'runc is not installed (apt-get install runc): nothing to compare against';
}

/** Why a case that runs containers as real root cannot run here, or undefined. */
export function rootSkipReason(): string | undefined {
  if (process.platform !== 'linux') return 'containers need Linux';
  if (!isRoot()) return 'needs to run as root (the test runs containers as real root)';
  return undefined;
}

/** Why unprivileged user namespaces are unavailable on this kernel, or undefined. */
export function userNsSkipReason(): string | undefined {
  const read = (p: string): string | undefined => {
    try {
      return readFileSync(p, 'utf8').trim();
    } catch {
      return undefined;
    }
  };
  if (!existsSync('/proc/self/ns/user')) return 'the kernel has no user namespaces';
  if (read('/proc/sys/user/max_user_namespaces') === '0') return 'user.max_user_namespaces is 0';
  if (read('/proc/sys/kernel/unprivileged_userns_clone') === '0') return 'kernel.unprivileged_userns_clone is 0';
  return undefined;
}
