/**
 * Where container state lives when no --root is given.
 *
 * podman and conmon pass no --root, and podman's own calls carry almost no
 * environment (only XDG_RUNTIME_DIR), so every invocation must derive the same
 * directory from euid, the user namespace and XDG_RUNTIME_DIR alone. The rules
 * follow runc's main.go / shouldHonorXDGRuntimeDir():
 *   - real root (euid 0, initial user namespace): /run/hutch, even when
 *     XDG_RUNTIME_DIR is set (it is /run/user/0 under a login session);
 *   - otherwise, with XDG_RUNTIME_DIR set: $XDG_RUNTIME_DIR/hutch, except for
 *     euid 0 in a user namespace with USER=root, which runc treats as root;
 *   - runc falls back to /run/runc (and fails with EACCES) when a rootless
 *     caller has no XDG_RUNTIME_DIR; we pick a per-user directory instead:
 *     /run/user/<uid>/hutch when that runtime dir exists and is ours, else
 *     /tmp/hutch-<uid> (checked to be a private directory we own).
 */
import { chmodSync, lstatSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { HutchError } from '../errors.js';
import { perProcess } from '../sys/per-process.js';

const ROOTFUL_STATE_ROOT = '/run/hutch';
const SUBDIR = 'hutch';

type StateRootKind = 'rootful' | 'xdg' | 'user-runtime' | 'tmp';

export interface StateRootChoice {
  path: string;
  /** Why this path: ensureStateRoot() treats each kind differently. */
  kind: StateRootKind;
}

/** What defaultStateRoot() needs to know about the host; injectable for tests. */
export interface HostProbe {
  /** True inside a user namespace whose uid_map is not the identity full map. */
  inUserNs: () => boolean;
  /** The uid to name per-user paths after (the host uid when in a userns). */
  hostUid: (euid: number) => number;
  /** True if `path` is a directory owned by `euid`. */
  ownsDir: (path: string, euid: number) => boolean;
}

/** The identity map of the initial user namespace, as runc's RunningInUserNS checks it. */
export function isInitialUidMap(uidMap: string): boolean {
  const lines = uidMap.trim().split('\n');
  if (lines.length !== 1) return false;
  const [inside, outside, count] = lines[0]!.trim().split(/\s+/).map(Number);
  return inside === 0 && outside === 0 && count === 4294967295;
}

/** True when this process runs in a (non-initial) user namespace. */
export const runningInUserNs = perProcess((): boolean => {
  try {
    return !isInitialUidMap(readFileSync('/proc/self/uid_map', 'utf8'));
  } catch {
    // No /proc/self/uid_map: a kernel without user namespaces (runc: false).
    return false;
  }
});

/** The outside uid that `uid` maps to, from uid_map text; undefined if unmapped. */
export function mapToParent(uidMap: string, uid: number): number | undefined {
  for (const line of uidMap.trim().split('\n')) {
    const [inside, outside, count] = line.trim().split(/\s+/).map(Number);
    if (inside === undefined || outside === undefined || count === undefined) continue;
    if (uid >= inside && uid < inside + count) return outside + (uid - inside);
  }
  return undefined;
}

/**
 * Rootless: either not euid 0, or euid 0 inside a user namespace (podman
 * rootless runs the runtime as uid 0 in its userns and passes no flag).
 * Mirrors runc's shouldUseRootlessCgroupManager() "auto" branch.
 */
export function isRootless(euid: number = geteuid(), probe: Pick<HostProbe, 'inUserNs'> = realProbe): boolean {
  return euid !== 0 || probe.inUserNs();
}

const realProbe: HostProbe = {
  inUserNs: runningInUserNs,
  hostUid(euid) {
    if (!runningInUserNs()) return euid;
    try {
      return mapToParent(readFileSync('/proc/self/uid_map', 'utf8'), euid) ?? euid;
    } catch {
      return euid;
    }
  },
  ownsDir(path, euid) {
    try {
      const st = statSync(path);
      return st.isDirectory() && st.uid === euid;
    } catch {
      return false;
    }
  },
};

/** The default state root and the rule that chose it. Reads nothing but `env` and `probe`. */
export function chooseStateRoot(env: Record<string, string | undefined>, euid: number, probe: HostProbe = realProbe): StateRootChoice {
  const inUserNs = probe.inUserNs();
  if (euid === 0 && !inUserNs) return { path: ROOTFUL_STATE_ROOT, kind: 'rootful' };
  // runc: euid 0 in a userns honours XDG_RUNTIME_DIR unless USER is "root".
  const actsAsRoot = euid === 0 && env.USER === 'root';
  if (actsAsRoot) return { path: ROOTFUL_STATE_ROOT, kind: 'rootful' };
  const xdg = env.XDG_RUNTIME_DIR;
  if (xdg) return { path: `${xdg}/${SUBDIR}`, kind: 'xdg' };
  const uid = probe.hostUid(euid);
  const userRuntime = `/run/user/${uid}`;
  if (probe.ownsDir(userRuntime, euid)) return { path: `${userRuntime}/${SUBDIR}`, kind: 'user-runtime' };
  return { path: `/tmp/hutch-${uid}`, kind: 'tmp' };
}

/** The state root used when no --root is given. */
export function defaultStateRoot(env: Record<string, string | undefined>, euid: number, probe: HostProbe = realProbe): string {
  return chooseStateRoot(env, euid, probe).path;
}

/**
 * A --root argument made absolute against `cwd`. runc refuses a root that
 * resolves to `/` (e.g. `--root ""` or `--root ../../..`), with this text.
 */
export function resolveRootFlag(root: string, cwd: string = process.cwd()): string {
  const abs = isAbsolute(root) ? resolve(root) : resolve(cwd, root);
  if (abs === '/') throw new HutchError('option --root argument should not be set to /', { code: 'usage' });
  return abs;
}

/**
 * Creates the state root if needed (0700, like runc's MkdirAll(root, 0700)).
 * Under XDG_RUNTIME_DIR runc also sets the sticky bit, which the XDG spec
 * asks for so the file is not pruned by the session manager. A /tmp fallback
 * must be a real directory we own and nobody else can write, or another user
 * could pre-create it and read or plant state.
 */
export function ensureStateRoot(choice: StateRootChoice | string, euid: number = geteuid()): string {
  const { path, kind } = typeof choice === 'string' ? { path: choice, kind: undefined } : choice;
  mkdirSync(path, { recursive: true, mode: 0o700 });
  if (kind === 'xdg' || kind === 'user-runtime') {
    try {
      chmodSync(path, 0o1700);
    } catch (err) {
      throw new HutchError(`you should check permission of the path in $XDG_RUNTIME_DIR: ${path}`, { code: 'permission', cause: err });
    }
  }
  if (kind === 'tmp') checkPrivateDir(path, euid);
  return path;
}

function checkPrivateDir(path: string, euid: number): void {
  const st = lstatSync(path);
  if (!st.isDirectory() || st.uid !== euid || (st.mode & 0o077) !== 0) {
    throw new HutchError(`state root ${path} is not a private directory owned by uid ${euid}; set XDG_RUNTIME_DIR or --root`, {
      code: 'permission',
    });
  }
}

function geteuid(): number {
  // process.geteuid exists on every POSIX platform Node supports.
  return process.geteuid!();
}
