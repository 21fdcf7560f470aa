/**
 * The failures a sandbox user meets, named with their fix. The runtime's
 * own message ("unable to start container process: create the user
 * namespace: operation not permitted") is right but does not say what to
 * do; the host's settings usually do.
 */
import { readFileSync } from 'node:fs';
import { HutchError } from '../errors.js';

/** The sysctls that restrict user namespaces; undefined where the kernel has no such file. */
export interface UsernsSysctls {
  /** Debian's and Ubuntu's patch: 0 forbids unprivileged user namespaces. */
  unprivilegedUsernsClone?: string;
  /** 0 forbids user namespaces to everyone (in this namespace and below). */
  maxUserNamespaces?: string;
  /** Ubuntu 23.10+: 1 lets AppArmor strip the capabilities of an unconfined program's new user namespace. */
  apparmorRestrict?: string;
}

const SYSCTL_FILES: Readonly<Record<keyof UsernsSysctls, string>> = {
  unprivilegedUsernsClone: '/proc/sys/kernel/unprivileged_userns_clone',
  maxUserNamespaces: '/proc/sys/user/max_user_namespaces',
  apparmorRestrict: '/proc/sys/kernel/apparmor_restrict_unprivileged_userns',
};

export function readUsernsSysctls(read: (path: string) => string | undefined = readTrimmed): UsernsSysctls {
  const out: UsernsSysctls = {};
  for (const [key, file] of Object.entries(SYSCTL_FILES) as [keyof UsernsSysctls, string][]) {
    const v = read(file);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function readTrimmed(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
}

/**
 * Why this host refuses the sandbox a user namespace, with the fix; undefined
 * when its settings allow one. `node` is the program AppArmor would have to
 * allow (process.execPath).
 */
export function usernsRestriction(s: UsernsSysctls, euid: number, node: string): string | undefined {
  if (s.maxUserNamespaces === '0') {
    return 'user namespaces are disabled on this host (user.max_user_namespaces = 0), and a sandbox needs one. Fix: sudo sysctl -w user.max_user_namespaces=28633 (and set it in /etc/sysctl.d/ to keep it)';
  }
  if (euid === 0) return undefined;
  if (s.unprivilegedUsernsClone === '0') {
    return 'unprivileged user namespaces are disabled on this host (kernel.unprivileged_userns_clone = 0), and a sandbox needs one. Fix: sudo sysctl -w kernel.unprivileged_userns_clone=1 (and set it in /etc/sysctl.d/ to keep it), or run hutch sandbox as root';
  }
  if (s.apparmorRestrict === '1') {
    return (
      `AppArmor restricts unprivileged user namespaces on this host (kernel.apparmor_restrict_unprivileged_userns = 1), so the sandbox's has no capabilities to set itself up. ` +
      `Fix: allow ${node} to create them with an AppArmor profile, e.g. /etc/apparmor.d/hutch containing ` +
      `"abi <abi/4.0>, include <tunables/global> profile hutch ${node} flags=(unconfined) { userns, }", then sudo apparmor_parser -r /etc/apparmor.d/hutch; ` +
      'or sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0'
    );
  }
  return undefined;
}

/** A step that fails when the host forbids or cripples the sandbox's user namespace. */
const USERNS_SYMPTOM =
  /unable to start container process: .*(create the user namespace|create namespaces|mount|uid_map|gid_map|setgroups|pivot_root).*: (operation not permitted|no space left on device|too many users|permission denied)/;

export interface ExplainContext {
  euid: number;
  node: string;
  sysctls: () => UsernsSysctls;
  /** The sandbox's PATH, for a command that is not found. */
  path: string | undefined;
  image: string | undefined;
}

/** The error a sandbox user sees: the runtime's, or the same with its cause and fix named. */
export function explainFailure(err: unknown, c: ExplainContext): unknown {
  if (!(err instanceof HutchError)) return err;
  if (err.code === 'exec-not-found' || err.code === 'exec-not-executable') {
    const name = /exec: ("(?:[^"\\]|\\.)*")/.exec(err.message)?.[1];
    const cmd = name ? (JSON.parse(name) as string) : 'the command';
    const where = c.image ? ` inside the image ${c.image}` : '';
    const fix =
      err.code === 'exec-not-found'
        ? cmd.includes('/')
          ? `sandbox: ${cmd}: no such file${where}. Fix: check the path (the sandbox sees the host's files${c.image ? ' only through --rw/--ro' : ''})`
          : `sandbox: ${cmd}: command not found${where} (PATH=${c.path ?? ''}). Fix: give its full path, or set PATH with --env PATH=...`
        : `sandbox: ${cmd}: permission denied${where}: it is not executable for uid ${c.euid}, or its file system is mounted noexec`;
    return new HutchError(fix, { code: err.code, exitCode: err.code === 'exec-not-found' ? 127 : 126, cause: err });
  }
  if (err.code === 'start-failed' && USERNS_SYMPTOM.test(err.message)) {
    const why = usernsRestriction(c.sysctls(), c.euid, c.node);
    if (why) return new HutchError(`sandbox: ${why} (${err.message})`, { code: 'permission', cause: err });
  }
  return err;
}
