/** What each cgroup v1 controller module provides (cf. runc's fs.subsystem). */
import type { LinuxResources, Stats } from '../types.js';

export interface V1Controller {
  /** Hierarchy key: the controller name, or "name=systemd". */
  readonly name: string;
  /** Whether set() would write anything: a missing hierarchy is an error only then. */
  wanted(r: LinuxResources): boolean;
  /** Make the directory and prepare it before the pid joins (default: mkdir -p). */
  create?(dir: string, r: LinuxResources): void;
  set(dir: string, r: LinuxResources): void;
  stats?(dir: string, s: Stats): void;
}
