/**
 * Two generators write syscall numbers: scripts/gen-syscall-numbers.mjs the
 * plan's (lib/sys/syscalls.ts, from the kernel headers) and
 * scripts/gen-syscall-tables.py the seccomp compiler's (from libseccomp).
 * A plan step and a seccomp rule naming the same syscall must mean the same
 * number.
 */
import { describe, expect, it } from 'vitest';
import { AARCH64, X86_64 } from '../../lib/sys/syscalls.js';
import { X86_64_SYSCALLS } from '../../lib/seccomp/tables/x86_64.js';
import { AARCH64_SYSCALLS } from '../../lib/seccomp/tables/aarch64.js';

describe('syscall numbers', () => {
  for (const [arch, plan, seccomp] of [
    ['x86_64', X86_64, X86_64_SYSCALLS],
    ['aarch64', AARCH64, AARCH64_SYSCALLS],
  ] as const) {
    it(`agree between the plan's table and the seccomp compiler's on ${arch}`, () => {
      const differ = Object.entries(plan)
        .filter(([name, nr]) => seccomp[name] !== nr)
        .map(([name, nr]) => `${name}: plan ${nr}, seccomp ${seccomp[name]}`);
      expect(differ).toEqual([]);
      expect(Object.keys(plan).length).toBeGreaterThan(50);
    });
  }
});
