/**
 * Which cgroup hierarchies this host has, and where the caller sits in them.
 * Read from /proc/self/mountinfo and /proc/self/cgroup, like runc.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CgroupLayout } from './types.js';
import { perProcess } from '../sys/per-process.js';

interface CgroupMount {
  mountpoint: string;
  /** The cgroup directory mounted there ("/" on the host, deeper inside containers). */
  root: string;
  fstype: 'cgroup' | 'cgroup2';
  /** v1 controllers listed in the super options (incl. "name=systemd"). */
  controllers: string[];
}

/** mountinfo escapes spaces etc. as \040-style octal. */
function unescapeMountField(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_m, o: string) => String.fromCharCode(parseInt(o, 8)));
}

const V1_CONTROLLERS = new Set([
  'cpu',
  'cpuacct',
  'cpuset',
  'memory',
  'devices',
  'freezer',
  'blkio',
  'pids',
  'hugetlb',
  'net_cls',
  'net_prio',
  'perf_event',
  'rdma',
  'misc',
]);

function parseCgroupMounts(mountinfo: string): CgroupMount[] {
  const mounts: CgroupMount[] = [];
  for (const line of mountinfo.split('\n')) {
    const sep = line.indexOf(' - ');
    if (sep < 0) continue;
    const pre = line.slice(0, sep).split(' ');
    const post = line.slice(sep + 3).split(' ');
    const fstype = post[0];
    if (fstype !== 'cgroup' && fstype !== 'cgroup2') continue;
    const root = unescapeMountField(pre[3] ?? '/');
    const mountpoint = unescapeMountField(pre[4] ?? '');
    const superOpts = (post[2] ?? '').split(',');
    const controllers = fstype === 'cgroup' ? superOpts.filter((o) => V1_CONTROLLERS.has(o) || o.startsWith('name=')) : [];
    mounts.push({ mountpoint, root, fstype, controllers });
  }
  return mounts;
}

/** /proc/<pid>/cgroup → { controller: path }, '' for the unified hierarchy. */
export function parseProcCgroup(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const m = /^(\d+):([^:]*):(.*)$/.exec(line);
    if (!m) continue;
    const [, , ctls, p] = m as unknown as [string, string, string, string];
    if (ctls === '') out[''] = p;
    for (const c of ctls.split(',')) if (c !== '') out[c] = p;
  }
  return out;
}

/** Make a /proc/self/cgroup path relative to a mount's root (inside containers the root is not "/"). */
function underRoot(cgPath: string, root: string): string {
  if (root === '/' || root === '') return cgPath;
  if (cgPath === root) return '/';
  if (cgPath.startsWith(root + '/')) return cgPath.slice(root.length);
  return cgPath;
}

/** Pure part of detectLayout, so tests can feed recorded files. */
export function buildLayout(mountinfo: string, procCgroup: string, readV2Controllers: (mountpoint: string) => string[]): CgroupLayout {
  return layoutOf({ mounts: parseCgroupMounts(mountinfo), self: parseProcCgroup(procCgroup) }, readV2Controllers);
}

/** The cgroup mounts and this process's own cgroups, parsed. */
export interface CgroupSources {
  mounts: CgroupMount[];
  /** parseProcCgroup of /proc/self/cgroup. */
  self: Record<string, string>;
}

function layoutOf({ mounts, self }: CgroupSources, readV2Controllers: (mountpoint: string) => string[]): CgroupLayout {
  const v1: Record<string, string> = {};
  const own: Record<string, string> = {};
  let v2: CgroupLayout['v2'] = null;
  for (const m of mounts) {
    if (m.fstype === 'cgroup2') {
      if (v2 !== null) continue; // first mount wins, like runc's mountinfo scan
      v2 = { mountpoint: m.mountpoint, controllers: readV2Controllers(m.mountpoint) };
      if (self[''] !== undefined) own[''] = underRoot(self[''], m.root);
      continue;
    }
    for (const c of m.controllers) {
      if (v1[c] !== undefined) continue;
      v1[c] = m.mountpoint;
      const p = self[c];
      if (p !== undefined) own[c] = underRoot(p, m.root);
    }
  }
  const hasV1 = Object.keys(v1).some((c) => !c.startsWith('name='));
  const mode = !hasV1 && v2 !== null ? 'v2' : v2 !== null ? 'hybrid' : 'v1';
  return { mode, v1, v2, own };
}

function readControllers(mountpoint: string): string[] {
  try {
    return fs.readFileSync(path.join(mountpoint, 'cgroup.controllers'), 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}

const sources = perProcess((): CgroupSources => ({
  mounts: parseCgroupMounts(fs.readFileSync('/proc/self/mountinfo', 'utf8')),
  self: parseProcCgroup(fs.readFileSync('/proc/self/cgroup', 'utf8')),
}));
const layout = perProcess(() => layoutOf(sources(), readControllers));

/**
 * /proc/self/mountinfo and /proc/self/cgroup, read and parsed once: both
 * the layout and the container's /sys/fs/cgroup view (mounts/cgroup.ts)
 * are built from them.
 */
export function hostCgroupSources(opts: { refresh?: boolean } = {}): CgroupSources {
  if (opts.refresh) sources.forget();
  return sources();
}

/** The host's layout (cached: it does not change while the CLI runs). */
export function detectLayout(opts: { refresh?: boolean } = {}): CgroupLayout {
  if (opts.refresh) {
    sources.forget();
    layout.forget();
  }
  return layout();
}
