/** What each cgroup v2 controller module provides; all of them work on the one group directory. */
import type { LinuxResources, Stats } from '../types.js';

export interface V2Controller {
  /** Controller name as listed in cgroup.controllers. */
  readonly name: string;
  /** Whether set() would write anything for these resources. */
  wanted(r: LinuxResources): boolean;
  set(dir: string, r: LinuxResources): void;
  stats?(dir: string, s: Stats): void;
}
