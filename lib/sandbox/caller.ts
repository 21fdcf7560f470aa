/**
 * The facts about the caller a sandbox config is made from, and the checks
 * of the paths it names, each failing with the fix.
 */
import { statSync } from 'node:fs';
import { posix } from 'node:path';
import { HutchError } from '../errors.js';
import { secureJoin } from '../paths/securejoin.js';
import type { SandboxHost, SandboxRoot } from './config.js';
import type { SandboxMount, SandboxSettings } from './options.js';

export interface CallerState {
  uid: number;
  gid: number;
  umask: number;
  cwd: string;
  env: NodeJS.ProcessEnv;
  terminal: boolean;
}

/** This process as the caller. */
export function thisCaller(terminal: boolean): CallerState {
  // process.umask() reads by setting: put the same value back at once.
  const umask = process.umask(0o022);
  process.umask(umask);
  return { uid: process.geteuid!(), gid: process.getegid!(), umask, cwd: process.cwd(), env: process.env, terminal };
}

type Kind = 'dir' | 'file' | 'other';

/** What a path is, or undefined when it does not exist. */
export type Probe = (path: string) => Kind | undefined;

export const probeHost: Probe = (path) => {
  try {
    const st = statSync(path);
    return st.isDirectory() ? 'dir' : st.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
};

/**
 * Check the paths and collect the facts. With the host's / as the root, it
 * is read-only from the start, so every mount target must exist already
 * (or lie in a tmpfs mounted before it); with an image the targets are made
 * in its rootfs, but bind sources must still exist on the host.
 */
export function sandboxHost(o: SandboxSettings, root: SandboxRoot, caller: CallerState, probe: Probe = probeHost): SandboxHost {
  const cwd = o.cwd ?? caller.cwd;
  if (cwd === '/')
    throw new HutchError(
      `sandbox: the ${o.cwd ? '--cwd' : 'current'} directory is /, which the sandbox would make writable: ${o.cwd ? 'give the directory the command may change' : 'cd to the directory the command may change first, or pass --cwd DIR'}`,
      { code: 'usage' },
    );
  if (probe(cwd) !== 'dir') throw new HutchError(`--cwd ${cwd}: no such directory`, { code: 'usage' });
  const inRoot: Probe = root.kind === 'host' ? probe : (p) => probe(secureJoin(root.rootfs, p));
  const files = new Set<string>();
  const tmpfsDirs = ['/tmp', '/dev/shm'];
  for (const m of o.mounts) {
    checkMount(m, root, probe, inRoot, tmpfsDirs);
    if (m.kind === 'hide' && inRoot(m.path) === 'file') files.add(m.path);
    if (m.kind === 'tmpfs') tmpfsDirs.push(m.path);
  }
  const runtimeDir = caller.env.XDG_RUNTIME_DIR;
  return {
    uid: caller.uid,
    gid: caller.gid,
    umask: caller.umask,
    cwd,
    env: Object.entries(caller.env).flatMap(([k, v]) => (v === undefined ? [] : [`${k}=${v}`])),
    runtimeDir:
      runtimeDir && posix.isAbsolute(runtimeDir) && probe(runtimeDir) === 'dir' && !within(cwd, runtimeDir) ? runtimeDir : undefined,
    terminal: caller.terminal && o.keep === undefined,
    files,
  };
}

function checkMount(m: SandboxMount, root: SandboxRoot, probe: Probe, inRoot: Probe, tmpfsDirs: readonly string[]): void {
  const flag = `--${m.kind} ${m.path}`;
  const missing = (fix: string) => new HutchError(`${flag}: no such file or directory: ${fix}`, { code: 'usage' });
  switch (m.kind) {
    case 'rw':
      if (!probe(m.path)) throw missing(`create it first, or use --tmpfs ${m.path} for an empty writable directory`);
      return;
    case 'ro':
      if (!probe(m.path)) throw missing('nothing to show there');
      return;
    case 'hide':
      if (root.kind === 'host' && !probe(m.path)) throw missing('nothing to hide there');
      return;
    case 'tmpfs':
      if (root.kind === 'host' && !tmpfsDirs.some((d) => within(m.path, d)) && inRoot(m.path) !== 'dir') {
        throw new HutchError(
          `${flag}: no such directory: the sandbox's / is read-only, so a mount point must exist already (create it, or put it under /tmp or an earlier --tmpfs)`,
          { code: 'usage' },
        );
      }
      return;
  }
}

/** `path` is `dir` or below it. */
function within(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir.endsWith('/') ? dir : dir + '/');
}
