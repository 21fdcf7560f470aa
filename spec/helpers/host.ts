/**
 * Facts about the machine the integration tests run on, and the reasons to
 * skip a case when the machine cannot do it. Every function here is cheap and
 * synchronous so it can be used at collection time in `it.skipIf(...)`.
 */
import { spawnSync } from 'node:child_process';
import {
  accessSync,
  chmodSync,
  constants,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository checkout (…/main). */
export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/**
 * Whether other users can reach `path`: every directory on the way is
 * searchable by others. A checkout under a private home (/root is 0700, and
 * CI's checkout may sit there) is not, and the rootless cases, which run the
 * runtime as an unprivileged user, could not start it.
 */
function othersCanReach(path: string): boolean {
  const parts = resolve(path).split('/').filter(Boolean);
  for (let i = 0; i <= parts.length; i++) {
    const dir = '/' + parts.slice(0, i).join('/');
    try {
      if ((statSync(dir).mode & 0o001) === 0) return false;
    } catch {
      return false;
    }
  }
  return true;
}

/**
 * Where the tests run hutch from: the checkout itself when others can reach
 * it, else a copy of what the runtime and the library need (dist/ and the
 * ffi-rs packages) in a world-readable directory, refreshed after every
 * build (syncTestRuntime), so that a private checkout never loses the
 * rootless half of the suite.
 */
const RUNTIME_TREE = othersCanReach(REPO)
  ? REPO
  : join(tmpdir(), `hutch-test-runtime-${createHash('sha256').update(REPO).digest('hex').slice(0, 12)}`);
/** The runtime under test: the single executable `npm run build` writes (bin/hutch execs it). */
export const HUTCH_BIN = join(RUNTIME_TREE, 'dist', 'hutch');
/** The library, as a program of the test user's imports it. */
export const HUTCH_LIB = join(RUNTIME_TREE, 'dist', 'index.mjs');

/** Copies the build into RUNTIME_TREE when that is not the checkout and the copy is missing or older. */
export function syncTestRuntime(): void {
  if (RUNTIME_TREE === REPO) return;
  const built = join(REPO, 'dist', 'hutch');
  if (!existsSync(built)) return;
  const copied = join(RUNTIME_TREE, '.built-from');
  const stamp = `${statSync(built).mtimeMs}:${statSync(built).size}`;
  if (existsSync(copied) && readFileSync(copied, 'utf8') === stamp) return;
  const tmp = `${RUNTIME_TREE}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'node_modules'), { recursive: true, mode: 0o755 });
  cpSync(join(REPO, 'dist'), join(tmp, 'dist'), { recursive: true });
  for (const pkg of ['ffi-rs', '@yuuang']) {
    if (existsSync(join(REPO, 'node_modules', pkg)))
      cpSync(join(REPO, 'node_modules', pkg), join(tmp, 'node_modules', pkg), { recursive: true, dereference: true });
  }
  writeFileSync(join(tmp, '.built-from'), stamp);
  chmodSync(tmp, 0o755);
  rmSync(RUNTIME_TREE, { recursive: true, force: true });
  renameSync(tmp, RUNTIME_TREE);
}
syncTestRuntime();
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

/**
 * Runs under emulation (the QEMU TCG guest of ../shared/vm runs everything
 * about 5x slower): test time limits are multiplied by this. HUTCH_TEST_SLOWDOWN
 * overrides the detection.
 */
export const slowdown: number = (() => {
  const env = Number(process.env.HUTCH_TEST_SLOWDOWN);
  if (Number.isFinite(env) && env >= 1) return env;
  try {
    return /^model name\s*:\s*QEMU TCG/m.test(readFileSync('/proc/cpuinfo', 'utf8')) ? 5 : 1;
  } catch {
    return 1;
  }
})();

/** A time limit in ms, scaled for emulation. */
export const scaled = (ms: number): number => Math.round(ms * slowdown);
