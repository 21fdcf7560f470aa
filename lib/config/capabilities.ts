/**
 * Linux capability names and numbers (include/uapi/linux/capability.h),
 * and how names from config.json become numbers.
 *
 * runc does not reject unknown capability names: it drops names it does not
 * know, and names above the host's last capability, and logs one warning
 * "ignoring unknown or unavailable capabilities: [...]"
 * (libcontainer/capabilities/capabilities.go). resolveCapabilities gives the
 * caller both halves so it can do the same.
 */
import { readFileSync } from 'node:fs';
import type { CapabilitySet, LinuxCapabilities } from './types.js';

/** Index = capability number. */
export const CAPABILITIES = [
  'CAP_CHOWN',
  'CAP_DAC_OVERRIDE',
  'CAP_DAC_READ_SEARCH',
  'CAP_FOWNER',
  'CAP_FSETID',
  'CAP_KILL',
  'CAP_SETGID',
  'CAP_SETUID',
  'CAP_SETPCAP',
  'CAP_LINUX_IMMUTABLE',
  'CAP_NET_BIND_SERVICE',
  'CAP_NET_BROADCAST',
  'CAP_NET_ADMIN',
  'CAP_NET_RAW',
  'CAP_IPC_LOCK',
  'CAP_IPC_OWNER',
  'CAP_SYS_MODULE',
  'CAP_SYS_RAWIO',
  'CAP_SYS_CHROOT',
  'CAP_SYS_PTRACE',
  'CAP_SYS_PACCT',
  'CAP_SYS_ADMIN',
  'CAP_SYS_BOOT',
  'CAP_SYS_NICE',
  'CAP_SYS_RESOURCE',
  'CAP_SYS_TIME',
  'CAP_SYS_TTY_CONFIG',
  'CAP_MKNOD',
  'CAP_LEASE',
  'CAP_AUDIT_WRITE',
  'CAP_AUDIT_CONTROL',
  'CAP_SETFCAP',
  'CAP_MAC_OVERRIDE',
  'CAP_MAC_ADMIN',
  'CAP_SYSLOG',
  'CAP_WAKE_ALARM',
  'CAP_BLOCK_SUSPEND',
  'CAP_AUDIT_READ',
  'CAP_PERFMON',
  'CAP_BPF',
  'CAP_CHECKPOINT_RESTORE',
] as const;

export type CapabilityName = (typeof CAPABILITIES)[number];

/** The highest capability number this table knows. */
export const LAST_KNOWN_CAP = CAPABILITIES.length - 1;

const NUMBERS: ReadonlyMap<string, number> = new Map(CAPABILITIES.map((name, i) => [name, i]));

/** The number of a capability name ("CAP_KILL" → 5), or undefined. */
export function capNumber(name: string): number | undefined {
  return NUMBERS.get(name);
}

export function capName(n: number): CapabilityName | undefined {
  return CAPABILITIES[n];
}

/**
 * The host kernel's last capability. Falls back to the table's last entry
 * when /proc is unavailable, the same assumption runc's library makes.
 */
export function hostLastCap(file = '/proc/sys/kernel/cap_last_cap'): number {
  try {
    const n = Number.parseInt(readFileSync(file, 'utf8').trim(), 10);
    return Number.isInteger(n) && n >= 0 ? n : LAST_KNOWN_CAP;
  } catch {
    return LAST_KNOWN_CAP;
  }
}

export interface ResolvedCaps {
  /** Capability numbers in config order, duplicates removed. */
  known: number[];
  /** Names that are unknown or above lastCap, sorted, each once. */
  unknown: string[];
}

/** Splits names into numbers usable on this host and names to warn about. */
export function resolveCapNames(names: readonly string[], lastCap: number = hostLastCap()): ResolvedCaps {
  const known: number[] = [];
  const unknown = new Set<string>();
  for (const name of names) {
    const n = capNumber(name);
    if (n === undefined || n > lastCap) unknown.add(name);
    else if (!known.includes(n)) known.push(n);
  }
  return { known, unknown: [...unknown].sort() };
}

export type CapSets = Record<CapabilitySet, number[]>;

const SETS: readonly CapabilitySet[] = ['bounding', 'effective', 'inheritable', 'permitted', 'ambient'];

/** All five sets resolved; `unknown` merges the names from every set. */
export function resolveCapabilities(
  caps: LinuxCapabilities | undefined,
  lastCap: number = hostLastCap(),
): { sets: CapSets; unknown: string[] } {
  const unknown = new Set<string>();
  const sets = {} as CapSets;
  for (const set of SETS) {
    const r = resolveCapNames(caps?.[set] ?? [], lastCap);
    sets[set] = r.known;
    r.unknown.forEach((name) => unknown.add(name));
  }
  return { sets, unknown: [...unknown].sort() };
}

/** runc's wording, so logs read the same under either runtime. */
export function unknownCapsWarning(unknown: readonly string[]): string {
  return `ignoring unknown or unavailable capabilities: [${unknown.join(' ')}]`;
}

/** A 64-bit capability mask, as capset(2) and /proc/<pid>/status use. */
export function capMask(numbers: readonly number[]): bigint {
  return numbers.reduce((mask, n) => mask | (1n << BigInt(n)), 0n);
}
