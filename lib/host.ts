import { existsSync, readFileSync } from 'node:fs';
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

/** The initial user namespace maps every id to itself. */
export function runningInUserns(uidMap = safeRead('/proc/self/uid_map')): boolean {
  const fields = uidMap.trim().split(/\s+/);
  return !(fields.length === 3 && fields[0] === '0' && fields[1] === '0' && fields[2] === '4294967295');
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

export function hostFacts(): HostFacts {
  return {
    euid: process.geteuid!(),
    egid: process.getegid!(),
    inUserns: runningInUserns(),
    lastCap: hostLastCap(),
    hasKcore: existsSync('/proc/kcore'),
  };
}

