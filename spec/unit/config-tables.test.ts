import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  CAPABILITIES,
  LAST_KNOWN_CAP,
  RLIMITS,
  RLIM_INFINITY,
  capMask,
  capName,
  capNumber,
  hostLastCap,
  isRlimitName,
  resolveCapNames,
  resolveCapabilities,
  rlimitName,
  rlimitNumber,
  unknownCapsWarning,
} from '../../lib/config/index.js';

/** `#define NAME number` pairs from a kernel header, if it is installed. */
function headerDefines(file: string, prefix: string): Map<string, number> | undefined {
  if (!existsSync(file)) return undefined;
  const out = new Map<string, number>();
  for (const m of readFileSync(file, 'utf8').matchAll(new RegExp(`#\\s*define\\s+(${prefix}\\w+)\\s+(\\d+)\\b`, 'g'))) {
    out.set(m[1] as string, Number(m[2]));
  }
  return out;
}

describe('capabilities table', () => {
  it('numbers CAP_CHOWN=0 through CAP_CHECKPOINT_RESTORE=40', () => {
    expect(CAPABILITIES).toHaveLength(41);
    expect(capNumber('CAP_CHOWN')).toBe(0);
    expect(capNumber('CAP_KILL')).toBe(5);
    expect(capNumber('CAP_NET_BIND_SERVICE')).toBe(10);
    expect(capNumber('CAP_SYS_ADMIN')).toBe(21);
    expect(capNumber('CAP_AUDIT_WRITE')).toBe(29);
    expect(capNumber('CAP_CHECKPOINT_RESTORE')).toBe(40);
    expect(LAST_KNOWN_CAP).toBe(40);
    expect(capName(39)).toBe('CAP_BPF');
    expect(capNumber('CAP_NOPE')).toBeUndefined();
    expect(capNumber('cap_kill')).toBeUndefined();
  });

  const header = headerDefines('/usr/include/linux/capability.h', 'CAP_');
  it.skipIf(header === undefined)('agrees with /usr/include/linux/capability.h', () => {
    for (const [i, name] of CAPABILITIES.entries()) {
      if (header?.has(name)) expect(header.get(name), name).toBe(i);
    }
    expect(header?.get('CAP_LAST_CAP') ?? LAST_KNOWN_CAP).toBeLessThanOrEqual(LAST_KNOWN_CAP);
  });

  it('reads the host last cap, falling back to the table', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hutch-caps-'));
    writeFileSync(join(dir, 'last'), '37\n');
    expect(hostLastCap(join(dir, 'last'))).toBe(37);
    expect(hostLastCap(join(dir, 'missing'))).toBe(LAST_KNOWN_CAP);
    if (existsSync('/proc/sys/kernel/cap_last_cap')) expect(hostLastCap()).toBeGreaterThanOrEqual(36);
  });

  it('splits names into known numbers and sorted unknown names (runc ignores unknown caps)', () => {
    const r = resolveCapNames(['CAP_KILL', 'CAP_FOO', 'CAP_BPF', 'CAP_KILL', 'CAP_ABC', 'CAP_FOO'], 38);
    expect(r).toEqual({ known: [5], unknown: ['CAP_ABC', 'CAP_BPF', 'CAP_FOO'] });
  });

  it('resolves all five sets and merges unknown names', () => {
    const r = resolveCapabilities({ bounding: ['CAP_KILL', 'CAP_X'], ambient: ['CAP_Y', 'CAP_X'] }, 40);
    expect(r.sets).toEqual({ bounding: [5], effective: [], inheritable: [], permitted: [], ambient: [] });
    expect(r.unknown).toEqual(['CAP_X', 'CAP_Y']);
    expect(unknownCapsWarning(r.unknown)).toBe('ignoring unknown or unavailable capabilities: [CAP_X CAP_Y]');
  });

  it('builds 64-bit masks', () => {
    expect(capMask([0, 5, 40])).toBe((1n << 40n) | 33n);
    expect(capMask([])).toBe(0n);
  });
});

describe('rlimits table', () => {
  it('numbers the generic (x86_64/aarch64) resources', () => {
    expect(RLIMITS).toHaveLength(16);
    expect(rlimitNumber('RLIMIT_CPU')).toBe(0);
    expect(rlimitNumber('RLIMIT_NOFILE')).toBe(7);
    expect(rlimitNumber('RLIMIT_NPROC')).toBe(6);
    expect(rlimitNumber('RLIMIT_RTTIME')).toBe(15);
    expect(rlimitNumber('RLIMIT_FOO')).toBeUndefined();
    expect(rlimitName(9)).toBe('RLIMIT_AS');
    expect(isRlimitName('RLIMIT_CORE')).toBe(true);
    expect(RLIM_INFINITY).toBe(18446744073709551615n);
  });

  const header = headerDefines('/usr/include/asm-generic/resource.h', 'RLIMIT_');
  it.skipIf(header === undefined)('agrees with /usr/include/asm-generic/resource.h', () => {
    for (const [i, name] of RLIMITS.entries()) expect(header?.get(name), name).toBe(i);
  });
});
