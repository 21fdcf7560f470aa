/**
 * The unprivileged user that rootless cases run as.
 *
 * CI machines are fresh, so the user is created when missing (`useradd -m`,
 * which also gives it /etc/subuid and /etc/subgid ranges on Debian). That needs
 * root; rootless cases are therefore skipped when the tests do not run as root.
 * Override the name with HUTCH_TEST_USER.
 *
 * Commands run as the user through `setpriv` (util-linux: no PAM, no login
 * shell, and it execs, so the pid of the spawned process is the pid of the
 * command itself — signals sent to it reach the runtime directly) with a
 * clean environment built by `env -i`.
 */
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, rmdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { HUTCH_BIN, isRoot, rootSkipReason, scaled, userNsSkipReason, which } from './host.js';

const TEST_USER_NAME = process.env.HUTCH_TEST_USER ?? 'hutchtest';

export interface TestUser {
  name: string;
  uid: number;
  gid: number;
  home: string;
}

const SYSTEM_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** PATH for runtimes we start: the system directories, node's first. */
export function runtimePath(): string {
  return `${dirname(process.execPath)}:${SYSTEM_PATH}`;
}

function lookupUser(name: string): TestUser | undefined {
  const r = spawnSync('getent', ['passwd', name], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const f = r.stdout.trim().split(':');
  return { name: f[0]!, uid: Number(f[2]), gid: Number(f[3]), home: f[5]! };
}

let cachedUser: TestUser | undefined;

/**
 * The test user, created with `useradd -m` when missing. Requires root.
 * Throws (failing the file loudly) if it cannot be created.
 */
export function ensureTestUser(): TestUser {
  if (cachedUser) return cachedUser;
  let user = lookupUser(TEST_USER_NAME);
  if (!user) {
    if (!isRoot()) throw new Error(`test user ${TEST_USER_NAME} does not exist and only root can create it`);
    const useradd = which('useradd');
    if (!useradd) throw new Error('useradd not found: cannot create the rootless test user');
    const r = spawnSync(useradd, ['-m', '-s', '/bin/sh', TEST_USER_NAME], { encoding: 'utf8' });
    // Exit 9: the user was created concurrently; anything else is a failure.
    if (r.status !== 0 && r.status !== 9) {
      throw new Error(`useradd -m ${TEST_USER_NAME} failed (exit ${r.status}): ${r.stderr.trim()}`);
    }
    user = lookupUser(TEST_USER_NAME);
    if (!user) throw new Error(`useradd -m ${TEST_USER_NAME} succeeded but getent cannot find the user`);
  }
  cachedUser = user;
  return user;
}

/** The environment a command run as `user` gets (nothing inherited). */
export function userEnv(user: TestUser, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: runtimePath(), HOME: user.home, USER: user.name, LOGNAME: user.name, ...extra };
}

/**
 * On a pure cgroup v2 host where systemd (or ../shared/vm) delegated a
 * subtree to the user (user@UID.service/app.slice, owned by the user), a
 * leaf scope there for this test process, made the way `systemd-run --user
 * --scope` would, so rootless runtimes run where a logged-in user's do and
 * can make their containers' cgroups beside it. Undefined elsewhere.
 */
function delegatedScope(user: TestUser): string | undefined {
  const app = `/sys/fs/cgroup/user.slice/user-${user.uid}.slice/user@${user.uid}.service/app.slice`;
  try {
    if (statSync(app).uid !== user.uid || !existsSync('/sys/fs/cgroup/cgroup.subtree_control')) return undefined;
  } catch {
    return undefined;
  }
  const scope = `${app}/hutch-tests-${process.pid}.scope`;
  if (!existsSync(scope)) {
    mkdirSync(scope);
    for (const f of ['', 'cgroup.procs', 'cgroup.threads', 'cgroup.subtree_control']) chownSync(`${scope}/${f}`, user.uid, user.gid);
    process.once('exit', () => {
      try {
        rmdirSync(scope);
      } catch {
        // still busy: a throwaway VM, or a leak other checks report
      }
    });
  }
  return scope;
}

export interface AsUserOptions {
  /** Run in the user's delegated cgroup scope when there is one (default true). */
  delegated?: boolean;
}

/**
 * argv that runs `argv` as `user` with exactly `env` as its environment, in
 * the user's delegated cgroup scope when the host has one. Only root can use it.
 */
export function asUser(user: TestUser, argv: string[], env: Record<string, string> = userEnv(user), opts: AsUserOptions = {}): string[] {
  const setpriv = which('setpriv') ?? 'setpriv';
  const scope = opts.delegated === false ? undefined : delegatedScope(user);
  // Root moves the shell into the scope, then execs setpriv: the user's process starts there.
  const enter = scope ? ['/bin/sh', '-c', 'echo $$ > "$0/cgroup.procs" && exec "$@"', scope] : [];
  return [
    ...enter,
    setpriv,
    `--reuid=${user.uid}`,
    `--regid=${user.gid}`,
    '--init-groups',
    '--',
    which('env') ?? '/usr/bin/env',
    '-i',
    ...Object.entries(env).map(([k, v]) => `${k}=${v}`),
    ...argv,
  ];
}

let rootlessReason: string | null | undefined;

/**
 * Why rootless cases (root creates the user, then runs runtimes as it) cannot
 * run here, or undefined. Creates the test user as a side effect, then checks
 * the user can really create a user namespace (AppArmor may forbid it even
 * when the sysctls allow it) and can read the hutch checkout.
 */
export function rootlessSkipReason(): string | undefined {
  if (rootlessReason !== undefined) return rootlessReason ?? undefined;
  const reason = computeRootlessReason();
  // CI (.ci/run) sets HUTCH_REQUIRE_ROOTLESS: there a rootless skip is a
  // failure, so a run never silently loses the rootless half of the suite.
  if (reason && process.env.HUTCH_REQUIRE_ROOTLESS)
    throw new Error(`rootless cases are required here (HUTCH_REQUIRE_ROOTLESS) but cannot run: ${reason}`);
  rootlessReason = reason ?? null;
  return reason;
}

function computeRootlessReason(): string | undefined {
  if (rootSkipReason()) {
    return 'rootless cases need root to create the unprivileged test user and switch to it';
  }
  const ns = userNsSkipReason();
  if (ns) return `unprivileged user namespaces are unavailable: ${ns}`;
  if (!which('setpriv')) return 'setpriv (util-linux) not found: cannot switch to the test user';
  const user = ensureTestUser();
  const probe = (argv: string[]) => {
    const [file, ...args] = asUser(user, argv);
    return spawnSync(file!, args, { encoding: 'utf8', timeout: scaled(10_000) });
  };
  const unshare = which('unshare');
  if (unshare) {
    const r = probe([unshare, '--user', '--map-root-user', 'true']);
    if (r.status !== 0) {
      return `${user.name} cannot create a user namespace here (${(r.stderr || r.error?.message || '').trim()})`;
    }
  }
  // dist/hutch may not be built yet (the tests build it): then check its directory.
  const r = existsSync(HUTCH_BIN) ? probe(['test', '-r', HUTCH_BIN, '-a', '-x', HUTCH_BIN]) : probe(['test', '-x', dirname(HUTCH_BIN)]);
  if (r.status !== 0) {
    return `${user.name} cannot run ${HUTCH_BIN}`;
  }
  return undefined;
}
