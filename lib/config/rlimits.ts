/**
 * RLIMIT_* names and numbers. x86_64 and aarch64 both use the generic
 * table (include/uapi/asm-generic/resource.h); only alpha, mips and sparc
 * differ, and hutch does not run there.
 */

/** Index = resource number. */
export const RLIMITS = [
  'RLIMIT_CPU',
  'RLIMIT_FSIZE',
  'RLIMIT_DATA',
  'RLIMIT_STACK',
  'RLIMIT_CORE',
  'RLIMIT_RSS',
  'RLIMIT_NPROC',
  'RLIMIT_NOFILE',
  'RLIMIT_MEMLOCK',
  'RLIMIT_AS',
  'RLIMIT_LOCKS',
  'RLIMIT_SIGPENDING',
  'RLIMIT_MSGQUEUE',
  'RLIMIT_NICE',
  'RLIMIT_RTPRIO',
  'RLIMIT_RTTIME',
] as const;

export type RlimitName = (typeof RLIMITS)[number];

/** "unlimited" as setrlimit(2) takes it: ~0UL on 64-bit. */
export const RLIM_INFINITY = 2n ** 64n - 1n;

const NUMBERS: ReadonlyMap<string, number> = new Map(RLIMITS.map((name, i) => [name, i]));

/** The resource number of an RLIMIT_* name, or undefined. */
export function rlimitNumber(name: string): number | undefined {
  return NUMBERS.get(name);
}

export function rlimitName(n: number): RlimitName | undefined {
  return RLIMITS[n];
}

export function isRlimitName(name: string): name is RlimitName {
  return NUMBERS.has(name);
}
