// Differential test: for each profile in fixtures/seccomp, the program from
// compileSeccomp must return the same action as the one libseccomp builds
// (via /usr/bin/python3's python3-seccomp, the way runc drives it) for every
// seccomp_data we throw at both: every syscall number near the profile's,
// ABI edge numbers, every architecture, boundary and random arguments.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { actionValue, ENOSYS } from '../../lib/seccomp/actions.js';
import {
  ARCHES,
  type ArchName,
  archFromOci,
  AUDIT_ARCH_AARCH64,
  AUDIT_ARCH_ARM,
  AUDIT_ARCH_I386,
  AUDIT_ARCH_X86_64,
  type NativeArch,
  syscallNumber,
} from '../../lib/seccomp/arch.js';
import { runBpf, type SeccompData } from '../../lib/seccomp/bpf-eval.js';
import { compileSeccomp } from '../../lib/seccomp/compile.js';
import { parseSeccompJson } from '../../lib/seccomp/json.js';
import type { LinuxSeccomp } from '../../lib/seccomp/types.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const FIXTURES = join(ROOT, 'fixtures/seccomp');
const PYTHON = '/usr/bin/python3';

const hasLibseccomp = spawnSync(PYTHON, ['-c', 'import seccomp'], { stdio: 'ignore' }).status === 0;
const SKIP_REASON = hasLibseccomp ? '' : ` [SKIPPED: ${PYTHON} cannot import seccomp; apt install python3-seccomp]`;

// `deviations`: syscalls where hutch knowingly differs from libseccomp 2.5.4
// (see lib/seccomp/README.md): overlapping rules with different actions
// (libseccomp orders them by its internal tree, hutch by profile order) and
// rules libseccomp fails to OR. Those are pinned in seccomp-compile.test.ts.
const CASES: Array<{ file: string; native: NativeArch; deviations?: string[] }> = [
  { file: 'deny-mkdir.json', native: 'x86_64' },
  { file: 'errno-allowlist.json', native: 'x86_64' },
  { file: 'args-ops.json', native: 'x86_64' },
  { file: 'actions.json', native: 'x86_64' },
  { file: 'x86-64-only.json', native: 'x86_64' },
  { file: 'x32-only.json', native: 'x86_64' },
  { file: 'multi-arch.json', native: 'x86_64' },
  { file: 'unconditional-order.json', native: 'x86_64' },
  { file: 'long-jumps.json', native: 'x86_64' },
  { file: 'default.json', native: 'x86_64' },
  { file: 'overlap.json', native: 'x86_64', deviations: ['lseek', 'dup', 'dup2', 'kill', 'tkill'] },
  { file: 'aarch64-arm.json', native: 'aarch64' },
  { file: 'default-arm64.json', native: 'aarch64' },
];

interface Reference {
  bpf: Buffer;
  skipped: string[];
}

function libseccompProgram(profile: LinuxSeccomp, native: NativeArch): Reference {
  const r = spawnSync(PYTHON, [join(FIXTURES, 'libseccomp-bpf.py'), native], {
    input: JSON.stringify(profile, (_k, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`libseccomp-bpf.py failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { bpf: string; skipped: string[] };
  return { bpf: Buffer.from(out.bpf, 'hex'), skipped: out.skipped };
}

/** Drop names libseccomp 2.5.4 cannot resolve (our tables know newer ones). */
function withoutNames(profile: LinuxSeccomp, drop: string[]): LinuxSeccomp {
  const gone = new Set(drop);
  const syscalls = (profile.syscalls ?? []).map((s) => ({ ...s, names: s.names.filter((n) => !gone.has(n)) }));
  return { ...profile, syscalls };
}

// Deterministic xorshift so a failure reproduces.
function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

const U64 = (1n << 64n) - 1n;

function argPool(profile: LinuxSeccomp): bigint[] {
  const pool = new Set<bigint>([0n, 1n, 2n, 0xffffffffn, 0x100000000n, 1n << 63n, U64]);
  for (const s of profile.syscalls ?? []) {
    for (const a of s.args ?? []) {
      for (const raw of [a.value, a.valueTwo ?? 0]) {
        const v = BigInt(raw);
        for (const w of [v, v + 1n, v - 1n, v ^ 0x100000000n, v & 0xffffffffn, v | (1n << 63n), ~v, v << 32n]) {
          pool.add(w & U64);
        }
      }
    }
  }
  return [...pool];
}

function argVector(pool: bigint[], next: () => number): bigint[] {
  return Array.from({ length: 6 }, () => {
    const pick = next() % 10;
    if (pick < 5) return pool[next() % pool.length];
    if (pick < 7) return ((BigInt(next()) << 32n) | BigInt(next())) & U64;
    if (pick < 8) return pool[next() % pool.length] | (BigInt(next()) & 0xffn);
    return 0n;
  });
}

/** Syscall numbers (per audit arch) whose rules look at arguments. */
function conditionalNumbers(profile: LinuxSeccomp): Set<string> {
  const out = new Set<string>();
  const arches = Object.keys(ARCHES) as ArchName[];
  for (const s of profile.syscalls ?? []) {
    if (!s.args?.length) continue;
    for (const name of s.names) {
      for (const a of arches) {
        const nr = syscallNumber(a, name);
        if (nr !== undefined) out.add(`${ARCHES[a].audit}:${nr}`);
      }
    }
  }
  // x86 socketcall / ipc multiplexers get argument rules too.
  out.add(`${AUDIT_ARCH_I386}:102`);
  out.add(`${AUDIT_ARCH_I386}:117`);
  return out;
}

const EDGE_NRS = [0x3fffffff, 0x40000000, 0x7fffffff, 0x80000000, 0x80000001, 0xbfffffff, 0xc0000000, 0xc0000001, 0xfffffffe, 0xffffffff];

function inputs(profile: LinuxSeccomp): SeccompData[] {
  const next = rng(0x5eccc0);
  const pool = argPool(profile);
  const conditional = conditionalNumbers(profile);
  const out: SeccompData[] = [];
  const audits = [AUDIT_ARCH_X86_64, AUDIT_ARCH_I386, AUDIT_ARCH_AARCH64, AUDIT_ARCH_ARM];
  for (const arch of audits) {
    const nrs = new Set<number>(EDGE_NRS);
    for (let nr = 0; nr < 620; nr++) nrs.add(nr);
    if (arch === AUDIT_ARCH_X86_64) for (let nr = 0; nr < 620; nr++) nrs.add(0x40000000 + nr);
    for (const nr of nrs) {
      const n = conditional.has(`${arch}:${nr}`) ? 64 : 2;
      for (let i = 0; i < n; i++) {
        const args = i === 0 ? [0n, 0n, 0n, 0n, 0n, 0n] : argVector(pool, next);
        out.push({ nr, arch, args, instructionPointer: BigInt(next()) });
      }
    }
  }
  for (const arch of [0, 0xc0000015 /* ppc64le */, 0x40000008 /* mips */]) {
    for (const nr of [0, 1, 59, 0xffffffff]) out.push({ nr, arch });
  }
  return out;
}

/** runc's -ENOSYS stub, modelled independently of lib/seccomp/enosys.ts. */
function runcStub(profile: LinuxSeccomp, native: NativeArch, d: SeccompData): number | undefined {
  const def = profile.defaultAction;
  if (def === 'SCMP_ACT_ALLOW' || def === 'SCMP_ACT_LOG' || def === 'SCMP_ACT_TRACE') return undefined;
  const set = new Set<ArchName>([native]);
  for (const a of profile.architectures ?? []) {
    const arch = archFromOci(a);
    if (arch) set.add(arch);
  }
  const largest = (arch: ArchName): number =>
    Math.max(0, ...(profile.syscalls ?? []).flatMap((s) => s.names.map((n) => syscallNumber(arch, n) ?? 0)));
  const nr = d.nr >>> 0;
  const over = (arch: ArchName): boolean => set.has(arch) && largest(arch) > 0 && nr > largest(arch);
  let enosys = false;
  if (d.arch === AUDIT_ARCH_X86_64) enosys = nr & 0x40000000 ? over('x32') : over('x86_64');
  else if (d.arch === AUDIT_ARCH_I386) enosys = over('x86');
  else if (d.arch === AUDIT_ARCH_AARCH64) enosys = over('aarch64');
  else if (d.arch === AUDIT_ARCH_ARM) enosys = over('arm');
  return enosys ? actionValue('SCMP_ACT_ERRNO', ENOSYS) : undefined;
}

function describeInput(d: SeccompData): string {
  return `arch=0x${d.arch.toString(16)} nr=0x${(d.nr >>> 0).toString(16)} args=[${(d.args ?? []).map((a) => '0x' + a.toString(16)).join(',')}]`;
}

describe.skipIf(!hasLibseccomp)(`compileSeccomp vs libseccomp${SKIP_REASON}`, () => {
  for (const { file, native, deviations = [] } of CASES) {
    it(`${file} (${native}) returns the same action for every input`, () => {
      const original = parseSeccompJson(readFileSync(join(FIXTURES, file), 'utf8'));
      const ref = libseccompProgram(original, native);
      const profile = withoutNames(original, ref.skipped);
      const plain = compileSeccomp(profile, native, { enosysStub: false });
      const stubbed = compileSeccomp(profile, native);

      const mismatches: string[] = [];
      const skip = new Set(
        deviations.flatMap((name) => (Object.keys(ARCHES) as ArchName[]).map((a) => `${ARCHES[a].audit}:${syscallNumber(a, name)}`)),
      );
      const data = inputs(profile).filter((d) => !skip.has(`${d.arch}:${d.nr}`));
      for (const d of data) {
        const want = runBpf(ref.bpf, d);
        const got = runBpf(plain.program, d);
        if (got !== want) mismatches.push(`${describeInput(d)}: libseccomp 0x${want.toString(16)}, hutch 0x${got.toString(16)}`);
        const wantStub = runcStub(profile, native, d) ?? want;
        const gotStub = runBpf(stubbed.program, d);
        if (gotStub !== wantStub) {
          mismatches.push(`[stub] ${describeInput(d)}: runc 0x${wantStub.toString(16)}, hutch 0x${gotStub.toString(16)}`);
        }
      }
      expect(data.length).toBeGreaterThan(2000);
      expect(mismatches.slice(0, 10)).toEqual([]);
    });
  }
});
