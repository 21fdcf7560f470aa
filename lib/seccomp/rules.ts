// Normalise an OCI profile into per-architecture rule lists with the
// semantics runc + libseccomp give it:
//  - a rule whose action equals the default action is dropped (runc's
//    matchCall skips it, libseccomp would reject it);
//  - names no architecture knows are skipped with a warning (runc logs
//    "unknown seccomp syscall ... ignored");
//  - several conditions on the same argument index are split into one rule
//    per condition (runc's "old behaviour"), so they OR instead of AND;
//  - the first unconditional rule for a syscall wins and every conditional
//    rule for it is dropped (libseccomp db_rule_add);
//  - on x86 (i386) socket and SysV IPC calls also get a rule on the
//    multiplexer (socketcall / ipc) with arg0 = the call number, as
//    libseccomp's x86 rule_add does.
import { type ArchName, ARCHES, isKnownSyscall, syscallNumber } from './arch.js';
import type { LinuxSeccompArg, LinuxSyscall } from './types.js';
import { X86_MUX } from './x86-mux.js';
import { HutchError } from '../errors.js';

type CmpOp = 'EQ' | 'NE' | 'LT' | 'LE' | 'GT' | 'GE' | 'MASKED_EQ';

export interface Cond {
  index: number;
  op: CmpOp;
  /** 64-bit operand, already ANDed with mask for MASKED_EQ. */
  datum: bigint;
  /** all ones except for MASKED_EQ. */
  mask: bigint;
}

export interface Rule {
  conds: Cond[];
  action: number;
}

/** What one syscall number does on one architecture. */
export interface SyscallEntry {
  /** Set by the first unconditional rule; conditional rules are then moot. */
  unconditional?: number;
  /** ORed, evaluated in profile order (first match wins). */
  rules: Rule[];
}

export type ArchRules = Map<number, SyscallEntry>;

const U64_MAX = (1n << 64n) - 1n;
const OPS: Readonly<Record<string, CmpOp>> = {
  SCMP_CMP_NE: 'NE',
  SCMP_CMP_LT: 'LT',
  SCMP_CMP_LE: 'LE',
  SCMP_CMP_EQ: 'EQ',
  SCMP_CMP_GE: 'GE',
  SCMP_CMP_GT: 'GT',
  SCMP_CMP_MASKED_EQ: 'MASKED_EQ',
};

function toU64(v: number | bigint | string | undefined, what: string): bigint {
  if (v === undefined) return 0n;
  let b: bigint;
  try {
    b = BigInt(v);
  } catch {
    throw new HutchError(`config.json: linux.seccomp: ${what} ${String(v)} is not an integer`, { code: 'config' });
  }
  if (b < 0n || b > U64_MAX) throw new HutchError(`config.json: linux.seccomp: ${what} ${String(v)} is not a uint64`, { code: 'config' });
  return b;
}

function parseCond(arg: LinuxSeccompArg): Cond {
  const op = OPS[arg.op];
  if (!op) throw new HutchError(`config.json: linux.seccomp: unknown operator ${JSON.stringify(arg.op)}`, { code: 'config' });
  if (!Number.isInteger(arg.index) || arg.index < 0 || arg.index > 5) {
    throw new HutchError(`config.json: linux.seccomp: argument index ${arg.index} out of range 0..5`, { code: 'config' });
  }
  const value = toU64(arg.value, 'value');
  if (op !== 'MASKED_EQ') return { index: arg.index, op, datum: value, mask: U64_MAX };
  // MASKED_EQ: value is the mask, valueTwo the datum (libseccomp's order).
  const datum = toU64(arg.valueTwo, 'valueTwo');
  return { index: arg.index, op, datum: datum & value, mask: value };
}

/** The condition sets one OCI syscall entry turns into (runc matchCall). */
function conditionSets(args: LinuxSeccompArg[] | undefined): Cond[][] {
  const conds = (args ?? []).map(parseCond);
  const indexes = new Set(conds.map((c) => c.index));
  if (indexes.size < conds.length) return conds.map((c) => [c]);
  return [conds.sort((a, b) => a.index - b.index)];
}

/** libseccomp drops comparisons that are always true: MASKED_EQ with a mask
 *  that is zero in every word the ABI compares. */
function isTautology(c: Cond, bits: 32 | 64): boolean {
  if (c.op !== 'MASKED_EQ') return false;
  const compared = bits === 64 ? c.mask : c.mask & 0xffffffffn;
  return compared === 0n;
}

function addRule(map: ArchRules, nr: number, conds: Cond[], action: number): void {
  let entry = map.get(nr);
  if (!entry) {
    entry = { rules: [] };
    map.set(nr, entry);
  }
  if (entry.unconditional !== undefined) return;
  if (conds.length === 0) {
    entry.unconditional = action;
    entry.rules = [];
  } else {
    entry.rules.push({ conds, action });
  }
}

/** Rule(s) for one name on one arch, including x86 multiplexer rules. */
function addForArch(map: ArchRules, arch: ArchName, name: string, sets: Cond[][], action: number): void {
  const bits = ARCHES[arch].bits;
  const mux = arch === 'x86' ? X86_MUX[name] : undefined;
  for (const set of sets) {
    const conds = set.filter((c) => !isTautology(c, bits));
    if (mux) {
      // arg0 of the multiplexer selects the call; libseccomp overwrites any
      // arg0 condition of the rule with it and keeps the others as they are.
      const muxConds = [{ index: 0, op: 'EQ' as const, datum: BigInt(mux.call), mask: U64_MAX }, ...conds.filter((c) => c.index !== 0)];
      addRule(map, mux.nr, muxConds, action);
    }
    const nr = syscallNumber(arch, name);
    if (nr !== undefined) addRule(map, nr, conds, action);
  }
}

export interface NormalizedRules {
  perArch: Map<ArchName, ArchRules>;
  warnings: string[];
}

export function normalizeRules(
  syscalls: LinuxSyscall[],
  arches: ArchName[],
  defaultValue: number,
  actionOf: (s: LinuxSyscall) => number,
): NormalizedRules {
  const perArch = new Map<ArchName, ArchRules>(arches.map((a) => [a, new Map()]));
  const warnings: string[] = [];
  for (const call of syscalls) {
    const action = actionOf(call);
    if (action === defaultValue) continue;
    const sets = conditionSets(call.args);
    for (const name of call.names ?? []) {
      if (!isKnownSyscall(name)) {
        warnings.push(`unknown seccomp syscall "${name}" ignored`);
        continue;
      }
      for (const arch of arches) addForArch(perArch.get(arch)!, arch, name, sets, action);
    }
  }
  return { perArch, warnings };
}
