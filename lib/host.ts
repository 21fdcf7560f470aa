import { existsSync } from 'node:fs';
import { runningInUserNs } from './state/root.js';
import { hostLastCap } from './config/capabilities.js';

/** Facts about the machine and the calling process that shape a plan. */
export interface HostFacts {
  euid: number;
  egid: number;
  /** True when the runtime itself already runs inside a user namespace (e.g. rootless podman). */
  inUserns: boolean;
  lastCap: number;
  hasKcore: boolean;
}

export function hostFacts(): HostFacts {
  return {
    euid: process.geteuid!(),
    egid: process.getegid!(),
    inUserns: runningInUserNs(),
    lastCap: hostLastCap(),
    hasKcore: existsSync('/proc/kcore'),
  };
}
