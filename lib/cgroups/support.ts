/**
 * What this host lets this caller do with cgroups, probed when asked (for
 * `hutch features`): the layout, the controllers a container of this
 * caller can be limited with, and how device rules are enforced.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canManageCgroup, writable } from './delegation.js';
import type { CgroupLayout, CgroupMode } from './types.js';

export interface CgroupSupport {
  mode: CgroupMode;
  /**
   * Controllers a container's limits can use: root, every one the host has;
   * rootless on v2, those of the delegated subtree (none without one);
   * rootless on v1, those whose hierarchy lets the caller in (usually none).
   */
  controllers: string[];
  /** How device rules are enforced: v2's eBPF program, v1's devices controller, or not at all. */
  devices: 'ebpf' | 'devices-v1' | 'none';
}

export interface ProbeOptions {
  layout: CgroupLayout;
  rootless: boolean;
  /** Whether a cgroup device program can be loaded here (bpf(2); see ebpf.ts). */
  canLoadDeviceFilter: () => boolean;
}

function words(file: string): string[] {
  try {
    return fs.readFileSync(file, 'utf8').trim().split(/\s+/).filter(Boolean);
  } catch {
    return [];
  }
}

/** Rootless on v2: a group made beside the caller's own, as runc and hutch make it. */
function delegatedControllers(layout: CgroupLayout): string[] {
  const v2 = layout.v2!;
  const own = path.posix.join(v2.mountpoint, layout.own[''] ?? '/');
  const parent = path.posix.dirname(own);
  if (!canManageCgroup(path.posix.join(parent, 'hutch-probe'), own)) return [];
  // The caller may enable in its parent what the parent is offered, when it owns the parent's subtree_control.
  return writable(path.posix.join(parent, 'cgroup.subtree_control'))
    ? words(path.posix.join(parent, 'cgroup.controllers'))
    : words(path.posix.join(parent, 'cgroup.subtree_control'));
}

function v1Controllers(layout: CgroupLayout, rootless: boolean): string[] {
  return Object.entries(layout.v1)
    .filter(([c]) => !c.startsWith('name='))
    .filter(([c, mount]) => !rootless || writable(path.posix.join(mount, layout.own[c] ?? '/')))
    .map(([c]) => c)
    .sort();
}

export function probeCgroupSupport(opts: ProbeOptions): CgroupSupport {
  const { layout, rootless } = opts;
  if (layout.mode === 'v2') {
    const controllers = rootless ? delegatedControllers(layout) : [...(layout.v2?.controllers ?? [])];
    // A rootless caller cannot attach device programs (nor does runc try to enforce them there).
    return { mode: 'v2', controllers: controllers.sort(), devices: !rootless && opts.canLoadDeviceFilter() ? 'ebpf' : 'none' };
  }
  const controllers = v1Controllers(layout, rootless);
  return { mode: layout.mode, controllers, devices: controllers.includes('devices') ? 'devices-v1' : 'none' };
}
