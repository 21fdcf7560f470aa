/**
 * The config.json a sandbox runs (`hutch sandbox --print-config` prints it):
 * pure, from the checked options and facts about the caller.
 *
 * The defaults, bubblewrap's `--ro-bind / / --dev /dev --proc /proc --tmpfs
 * /tmp --unshare-all --die-with-parent` made safer:
 * - the host's / as the rootfs, read-only, nosuid and nodev down to every
 *   submount (hutch.rootfs.options, lib/mounts/root-options.ts); the
 *   current directory read-write; a fresh /tmp, /proc and minimal /dev;
 * - new user, mount, pid, ipc, uts, cgroup and network namespaces (only lo);
 * - the caller's uid and gid mapped to themselves, no capabilities at all,
 *   no_new_privs, podman's default seccomp profile;
 * - for root, runc's masked and read-only /proc and /sys paths: a process
 *   whose uid is the host's root passes the sysctl files' permission checks
 *   without any capability. An unprivileged caller's sandbox has none (what
 *   they cover is root's alone there), so its /proc stays "fully visible"
 *   and the command can mount a /proc of its own in a nested sandbox
 *   (bwrap, podman, hutch sandbox inside one), as under bwrap;
 * - the session's sockets out of reach: $XDG_RUNTIME_DIR (the D-Bus session
 *   bus and systemd's user manager would run commands outside the sandbox
 *   for it), and for root /run (docker.sock, containerd, systemd).
 */
import type { LinuxResources, Mount, Spec } from '../config/types.js';
import type { LinuxSeccomp } from '../config/types.js';
import { DEFAULT_MASKED_PATHS, DEFAULT_READONLY_PATHS } from '../config/default-spec.js';
import { OCI_VERSION } from '../config/version.js';
import { ROOTFS_OPTIONS_ANNOTATION } from '../mounts/root-options.js';
import type { SandboxMount, SandboxSettings } from './options.js';

/** Facts about the caller that shape the config. */
export interface SandboxHost {
  uid: number;
  gid: number;
  umask: number;
  /** The working directory (--cwd, else the caller's current directory): made writable. */
  cwd: string;
  /** The caller's environment, NAME=value. */
  env: readonly string[];
  /** $XDG_RUNTIME_DIR when it is set and exists. */
  runtimeDir: string | undefined;
  /** A pty for the command (stdin is a terminal, and the sandbox is not kept). */
  terminal: boolean;
  /** For --hide: which paths are files (a file is hidden under /dev/null, a directory under a tmpfs). */
  files: ReadonlySet<string>;
}

/** The root: the host's own /, or an image's rootfs (with its config's environment). */
export type SandboxRoot = { kind: 'host' } | { kind: 'image'; rootfs: string; env: readonly string[] };

export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export function sandboxSpec(o: SandboxSettings, host: SandboxHost, root: SandboxRoot, seccomp: LinuxSeccomp): Spec {
  const id = o.rootUser ? 0 : host.uid;
  const gid = o.rootUser ? 0 : host.gid;
  return {
    ociVersion: OCI_VERSION,
    process: {
      terminal: host.terminal,
      user: { uid: id, gid, umask: host.umask },
      args: [...o.command],
      env: environment(o, host, root),
      cwd: host.cwd,
      capabilities: { bounding: [], effective: [], permitted: [], inheritable: [], ambient: [] },
      noNewPrivileges: true,
    },
    root: root.kind === 'host' ? { path: '/' } : { path: root.rootfs, readonly: true },
    ...(o.hostname !== undefined ? { hostname: o.hostname } : {}),
    mounts: mounts(o, host),
    annotations: { [ROOTFS_OPTIONS_ANNOTATION]: root.kind === 'host' ? 'rro,rnosuid,rnodev' : 'nosuid,nodev' },
    linux: {
      uidMappings: [{ containerID: id, hostID: host.uid, size: 1 }],
      gidMappings: [{ containerID: gid, hostID: host.gid, size: 1 }],
      ...(hasLimits(o) ? { resources: resources(o) } : {}),
      namespaces: [
        { type: 'pid' },
        ...(o.net === 'none' ? [{ type: 'network' as const }] : []),
        { type: 'ipc' },
        { type: 'uts' },
        { type: 'mount' },
        { type: 'cgroup' },
        { type: 'user' },
      ],
      seccomp,
      ...(host.uid === 0 ? { maskedPaths: [...DEFAULT_MASKED_PATHS], readonlyPaths: [...DEFAULT_READONLY_PATHS] } : {}),
    },
  };
}

export function hasLimits(o: SandboxSettings): boolean {
  return Object.keys(o.limits).length > 0;
}

function resources(o: SandboxSettings): LinuxResources {
  const r: LinuxResources = {};
  if (o.limits.memory !== undefined) r.memory = { limit: o.limits.memory };
  if (o.limits.pidsLimit !== undefined) r.pids = { limit: o.limits.pidsLimit };
  if (o.limits.cpus !== undefined) r.cpu = { quota: Math.round(o.limits.cpus * 100_000), period: 100_000 };
  return r;
}

/** The caller's environment (or a bare PATH), the image's on top, then --env: later entries replace earlier ones of the same name. */
function environment(o: SandboxSettings, host: SandboxHost, root: SandboxRoot): string[] {
  const env = new Map<string, string>();
  const put = (entry: string) => env.set(entry.slice(0, entry.indexOf('=')), entry);
  if (o.clearEnv) put(DEFAULT_PATH);
  else for (const e of callerEnv(host.env)) put(e);
  if (root.kind === 'image') root.env.forEach(put);
  o.env.forEach(put);
  return [...env.values()];
}

/**
 * The environment the user had. dist/hutch leaves it as it was (even
 * NODE_EXTRA_CA_CERTS, whose name its Node never reads); only a variable
 * of hutch's own (HUTCH_*) is not passed on.
 */
function callerEnv(env: readonly string[]): string[] {
  return env.filter((e) => !e.startsWith('HUTCH_'));
}

function mounts(o: SandboxSettings, host: SandboxHost): Mount[] {
  const list: Mount[] = [
    { destination: '/proc', type: 'proc', source: 'proc', options: ['nosuid', 'noexec', 'nodev'] },
    // nodev: the device nodes are bind mounts of their own (a sandbox always has a user namespace).
    { destination: '/dev', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'strictatime', 'mode=755', 'size=65536k'] },
    {
      destination: '/dev/pts',
      type: 'devpts',
      source: 'devpts',
      options: ['nosuid', 'noexec', 'newinstance', 'ptmxmode=0666', 'mode=0620'],
    },
    { destination: '/dev/shm', type: 'tmpfs', source: 'shm', options: ['nosuid', 'noexec', 'nodev', 'mode=1777', 'size=65536k'] },
    { destination: '/tmp', type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'mode=1777'] },
  ];
  for (const dir of sessionDirs(host)) list.push(hide(dir, host));
  list.push(bind(host.cwd, false));
  for (const m of o.mounts) list.push(userMount(m, host));
  return list;
}

/** Sockets that would reach outside the sandbox (see the module comment). */
function sessionDirs(host: SandboxHost): string[] {
  if (host.uid === 0) return ['/run'];
  return host.runtimeDir ? [host.runtimeDir] : [];
}

function userMount(m: SandboxMount, host: SandboxHost): Mount {
  switch (m.kind) {
    case 'rw':
      return bind(m.path, false);
    case 'ro':
      return bind(m.path, true);
    case 'hide':
      return hide(m.path, host);
    case 'tmpfs':
      return { destination: m.path, type: 'tmpfs', source: 'tmpfs', options: ['nosuid', 'nodev', 'mode=755'] };
  }
}

function bind(path: string, readonly: boolean): Mount {
  return { destination: path, type: 'bind', source: path, options: ['rbind', ...(readonly ? ['rro'] : []), 'rnosuid', 'rnodev'] };
}

/** An empty, read-only directory over a directory; /dev/null over a file. */
function hide(path: string, host: SandboxHost): Mount {
  if (host.files.has(path))
    return { destination: path, type: 'bind', source: '/dev/null', options: ['bind', 'ro', 'nosuid', 'noexec', 'nodev'] };
  return { destination: path, type: 'tmpfs', source: 'tmpfs', options: ['ro', 'nosuid', 'noexec', 'nodev', 'mode=755'] };
}
