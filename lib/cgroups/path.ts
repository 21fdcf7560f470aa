/**
 * linux.cgroupsPath → one directory per hierarchy, following runc 1.1:
 *
 * - cgroupfs driver (the only one usable without systemd):
 *   the path is cleaned (".." cannot climb out); unset means the container id.
 *   Absolute paths hang below each mountpoint; relative ones below the
 *   caller's own cgroup in that hierarchy (runc's GetOwnCgroupPath), except on
 *   a pure v2 host where runc uses the *parent* of the caller's cgroup (the
 *   caller's own group already has processes, so it cannot have children with
 *   controllers enabled).
 *   "slice:prefix:name" is NOT special for cgroupfs: runc uses it as a
 *   relative directory name ("system.slice:foo:bar"), and so do we.
 * - systemd driver (`systemd: true`): "slice:prefix:name" is expanded the way
 *   systemd names units (/a.slice/a-b.slice/prefix-name.scope) and used as an
 *   absolute cgroupfs path, since there is no systemd here to ask.
 */
import * as path from 'node:path';
import { HutchError } from '../errors.js';
import type { CgroupLayout } from './types.js';

export interface ResolveOptions {
  layout: CgroupLayout;
  /** --systemd-cgroup was given. */
  systemd?: boolean;
  /** Rootless: the default systemd parent is user.slice. */
  rootless?: boolean;
}

export interface ResolvedCgroupPath {
  /** The cleaned cgroup path as runc stores it in the config (relative or absolute). */
  inner: string;
  /** Hierarchy key ('' = unified) → absolute directory. */
  paths: Record<string, string>;
}

/** runc's utils.CleanPath: clean, and keep relative paths from escaping with "..". */
export function cleanPath(p: string): string {
  if (p === '') return '';
  let c = path.posix.normalize(p);
  if (!c.startsWith('/')) {
    c = path.posix.relative('/', path.posix.normalize('/' + c));
    if (c === '') c = '.';
  }
  if (c.length > 1 && c.endsWith('/')) c = c.slice(0, -1);
  return c;
}

/** systemd's slice expansion: "a-b-c.slice" → "/a.slice/a-b.slice/a-b-c.slice". */
export function expandSlice(slice: string): string {
  const suffix = '.slice';
  if (slice.length < suffix.length || !slice.endsWith(suffix) || slice.includes('/')) {
    throw new HutchError(`invalid slice name: ${slice}`, { code: 'cgroup' });
  }
  if (slice === '-.slice') return '/';
  const name = slice.slice(0, -suffix.length);
  if (name.startsWith('-') || name.endsWith('-') || name.includes('--')) {
    throw new HutchError(`invalid slice name: ${slice}`, { code: 'cgroup' });
  }
  let prefix = '';
  let out = '';
  for (const component of name.split('-')) {
    out += `/${prefix}${component}${suffix}`;
    prefix += `${component}-`;
  }
  return out;
}

/** runc's systemd unit name: a scope unless the name is itself a slice. */
function systemdUnitPath(cgroupsPath: string | undefined, id: string, rootless: boolean): string {
  let slice = '';
  let prefix = 'runc';
  let name = id;
  if (cgroupsPath) {
    const parts = cgroupsPath.split(':');
    if (parts.length !== 3) {
      throw new HutchError(
        `expected cgroupsPath to be of format "slice:prefix:name" for systemd cgroups, got ${JSON.stringify(cgroupsPath)} instead`,
        { code: 'cgroup' },
      );
    }
    [slice, prefix, name] = parts as [string, string, string];
  }
  const parent = expandSlice(slice === '' ? (rootless ? 'user.slice' : 'system.slice') : slice);
  const unit = name.endsWith('.slice') ? name : `${prefix}-${name}.scope`;
  return path.posix.join(parent, unit);
}

function hierarchyRoots(layout: CgroupLayout): Record<string, string> {
  const roots: Record<string, string> = {};
  if (layout.mode !== 'v2') Object.assign(roots, layout.v1);
  if (layout.v2) roots[''] = layout.v2.mountpoint;
  return roots;
}

export function resolveCgroupPath(cgroupsPath: string | undefined, id: string, opts: ResolveOptions): ResolvedCgroupPath {
  const inner = opts.systemd ? systemdUnitPath(cgroupsPath, id, opts.rootless ?? false) : cleanPath(cgroupsPath ?? '') || cleanPath(id);
  if (inner === '.' || (inner === '/' && !opts.systemd)) {
    throw new HutchError(`invalid cgroupsPath ${JSON.stringify(cgroupsPath)}: it names the caller's own cgroup or the root`, {
      code: 'cgroup',
    });
  }
  const paths: Record<string, string> = {};
  for (const [key, mountpoint] of Object.entries(hierarchyRoots(opts.layout))) {
    if (inner.startsWith('/')) {
      paths[key] = path.posix.join(mountpoint, inner);
      continue;
    }
    let own = opts.layout.own[key] ?? '/';
    if (key === '' && opts.layout.mode === 'v2') own = path.posix.dirname(own);
    paths[key] = path.posix.join(mountpoint, own, inner);
  }
  return { inner, paths };
}
