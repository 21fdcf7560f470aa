/**
 * Device rules: the spec's entries → DeviceRule, runc's default allow list,
 * and runc's devices-cgroup emulator (libcontainer/cgroups/devices), which
 * turns any rule list into the minimal, canonical set of rules both the v1
 * files and the v2 eBPF program are generated from.
 */
import { HutchError } from '../../errors.js';
import type { DeviceRule, Int64, LinuxDeviceCgroup } from '../types.js';

const WILDCARD = -1;

/** Spec entry → rule. runc rejects an empty access string. */
export function ruleFromSpec(d: LinuxDeviceCgroup, index = 0): DeviceRule {
  const type = d.type ?? 'a';
  if (type !== 'a' && type !== 'b' && type !== 'c') {
    throw new HutchError(`invalid cgroup device type ${JSON.stringify(type)} at linux.resources.devices[${index}]`, { code: 'cgroup' });
  }
  if (!d.access) throw new HutchError(`device access at ${index} field cannot be empty`, { code: 'cgroup' });
  if (!/^[rwm]+$/.test(d.access))
    throw new HutchError(`invalid device access ${JSON.stringify(d.access)} at linux.resources.devices[${index}]`, { code: 'cgroup' });
  return {
    type,
    major: deviceNumber(d.major, `linux.resources.devices[${index}].major`),
    minor: deviceNumber(d.minor, `linux.resources.devices[${index}].minor`),
    access: normalizeAccess(d.access),
    allow: d.allow,
  };
}

/**
 * A major or minor number: unset or -1 is the wildcard (the config parser
 * makes a null unset). Anything else must fit the kernel's 32 bits. runc passes other values on (the v1 file
 * write then fails, and its v2 eBPF program truncates them to 32 bits and so
 * allows the wrong device): refusing them names the field instead.
 */
function deviceNumber(n: Int64 | undefined, field: string): number {
  if (n === undefined || n === -1) return WILDCARD;
  if (typeof n === 'bigint' || !Number.isInteger(n) || n < 0 || n > 0xffffffff) {
    throw new HutchError(`${field}: ${n} is not a device number (0 to 4294967295, or -1 for any)`, { code: 'cgroup' });
  }
  return n;
}

/**
 * The devices runc always allows (specconv.AllowedDevices, cgroup rules only),
 * appended after the config's rules.
 */
export const DEFAULT_ALLOWED_DEVICES: readonly DeviceRule[] = Object.freeze([
  { type: 'c', major: WILDCARD, minor: WILDCARD, access: 'm', allow: true },
  { type: 'b', major: WILDCARD, minor: WILDCARD, access: 'm', allow: true },
  { type: 'c', major: 1, minor: 3, access: 'rwm', allow: true }, // /dev/null
  { type: 'c', major: 1, minor: 8, access: 'rwm', allow: true }, // /dev/random
  { type: 'c', major: 1, minor: 7, access: 'rwm', allow: true }, // /dev/full
  { type: 'c', major: 5, minor: 0, access: 'rwm', allow: true }, // /dev/tty
  { type: 'c', major: 1, minor: 5, access: 'rwm', allow: true }, // /dev/zero
  { type: 'c', major: 1, minor: 9, access: 'rwm', allow: true }, // /dev/urandom
  { type: 'c', major: 136, minor: WILDCARD, access: 'rwm', allow: true }, // /dev/pts/*
  { type: 'c', major: 5, minor: 2, access: 'rwm', allow: true }, // /dev/ptmx
  { type: 'c', major: 10, minor: 200, access: 'rwm', allow: true }, // /dev/net/tun
] satisfies DeviceRule[]);

/**
 * The full rule list runc puts in the devices cgroup for a config:
 * linux.resources.devices, then the default allow list. A linux.devices
 * entry only makes a node: whether the container may open it is up to
 * linux.resources.devices, as with runc (allowing every node on its own
 * would reopen a device the config denied, to the container and its execs).
 */
export function buildDeviceRules(specRules: LinuxDeviceCgroup[] | undefined): DeviceRule[] {
  const rules = (specRules ?? []).map((d, i) => ruleFromSpec(d, i));
  rules.push(...DEFAULT_ALLOWED_DEVICES.map((r) => ({ ...r })));
  return rules;
}

/** Canonical "rwm" order, duplicates removed. */
function normalizeAccess(access: string): string {
  return ['r', 'w', 'm'].filter((c) => access.includes(c)).join('');
}

function union(a: string, b: string): string {
  return normalizeAccess(a + b);
}

function difference(a: string, b: string): string {
  return normalizeAccess([...a].filter((c) => !b.includes(c)).join(''));
}

function intersection(a: string, b: string): string {
  return normalizeAccess([...a].filter((c) => b.includes(c)).join(''));
}

/** "c 1:3 rwm" — the devices.allow / devices.deny / devices.list line format. */
export function cgroupString(r: DeviceRule): string {
  const n = (v: number): string => (v === WILDCARD ? '*' : String(v));
  return `${r.type} ${n(r.major)}:${n(r.minor)} ${r.access}`;
}

type MetaKey = string; // `${type}:${major}:${minor}`

function key(type: string, major: number, minor: number): MetaKey {
  return `${type}:${major}:${minor}`;
}

function unkey(k: MetaKey): { type: 'b' | 'c'; major: number; minor: number } {
  const [t, ma, mi] = k.split(':') as [string, string, string];
  return { type: t as 'b' | 'c', major: Number(ma), minor: Number(mi) };
}

/** State of a devices cgroup: a default policy and its exceptions. */
export class DeviceEmulator {
  defaultAllow = false;
  private rules = new Map<MetaKey, string>();

  /** Parse devices.list. A black-list cgroup only shows "a *:* rwm", so its exceptions are unknowable. */
  static fromList(list: string): DeviceEmulator {
    const e = new DeviceEmulator();
    for (const line of list.split('\n')) {
      if (line.trim() === '') continue;
      const m = /^([abc])\s+(\d+|\*):(\d+|\*)\s+([rwm]+)$/.exec(line.trim());
      if (!m)
        throw new HutchError(`parsing devices.list line ${JSON.stringify(line)}: line doesn't match devices.list format`, {
          code: 'cgroup',
        });
      const [, t, ma, mi, acc] = m as unknown as [string, string, string, string, string];
      e.apply({
        type: t as DeviceRule['type'],
        major: ma === '*' ? WILDCARD : Number(ma),
        minor: mi === '*' ? WILDCARD : Number(mi),
        access: acc,
        allow: true,
      });
    }
    return e;
  }

  static fromRules(rules: DeviceRule[]): DeviceEmulator {
    const e = new DeviceEmulator();
    for (const r of rules) e.apply(r);
    return e;
  }

  apply(rule: DeviceRule): void {
    // An 'a' rule resets everything: allow-all makes a black-list, deny-all a white-list.
    if (rule.type === 'a') {
      this.defaultAllow = rule.allow;
      this.rules.clear();
      return;
    }
    const k = key(rule.type, rule.major, rule.minor);
    const access = normalizeAccess(rule.access);
    // Exceptions record the opposite of the default policy.
    if (rule.allow !== this.defaultAllow) this.addException(k, access);
    else this.removeException(rule, k, access);
  }

  private addException(k: MetaKey, access: string): void {
    this.rules.set(k, union(this.rules.get(k) ?? '', access));
  }

  private removeException(rule: DeviceRule, k: MetaKey, access: string): void {
    // cgroup v1 silently ignores removing part of a wildcard exception; runc
    // refuses instead, so nobody gets a false sense of security.
    const partials = [key(rule.type, WILDCARD, rule.minor), key(rule.type, rule.major, WILDCARD), key(rule.type, WILDCARD, WILDCARD)];
    for (const p of partials) {
      if (p === k) continue;
      const overlap = intersection(this.rules.get(p) ?? '', access);
      if (overlap !== '') {
        throw new HutchError(
          `requested rule [${cgroupString({ ...rule, access })}] not supported by devices cgroupv1 (cannot punch hole in existing wildcard rule [${cgroupString({ ...unkey(p), access: this.rules.get(p) ?? '', allow: true })}])`,
          { code: 'cgroup' },
        );
      }
    }
    const left = difference(this.rules.get(k) ?? '', access);
    if (left === '') this.rules.delete(k);
    else this.rules.set(k, left);
  }

  /** Exceptions sorted by (major, minor, type) as runc does, so output is deterministic. */
  entries(): Array<{ type: 'b' | 'c'; major: number; minor: number; access: string }> {
    return [...this.rules.entries()]
      .map(([k, access]) => ({ ...unkey(k), access }))
      .sort((a, b) => a.major - b.major || a.minor - b.minor || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0));
  }

  /**
   * The rules that take `this` (the current cgroup state) to `target` with
   * the least disruption; a leading 'a' rule when the policy must change or
   * the current state is a black-list (whose exceptions cannot be read back).
   */
  transition(target: DeviceEmulator): DeviceRule[] {
    const out: DeviceRule[] = [];
    let old = this.rules;
    if (this.defaultAllow || this.defaultAllow !== target.defaultAllow) {
      out.push({ type: 'a', major: WILDCARD, minor: WILDCARD, access: 'rwm', allow: target.defaultAllow });
      old = new Map();
    }
    const oldSorted = DeviceEmulator.fromMap(old).entries();
    for (const r of oldSorted) {
      const dropped = difference(r.access, target.rules.get(key(r.type, r.major, r.minor)) ?? '');
      if (dropped !== '') out.push({ ...r, access: dropped, allow: target.defaultAllow });
    }
    for (const r of target.entries()) {
      const gained = difference(r.access, old.get(key(r.type, r.major, r.minor)) ?? '');
      if (gained !== '') out.push({ ...r, access: gained, allow: !target.defaultAllow });
    }
    return out;
  }

  /** The canonical rule list (transition from a fresh deny-all cgroup). */
  canonicalRules(): DeviceRule[] {
    return new DeviceEmulator().transition(this);
  }

  equals(other: DeviceEmulator): boolean {
    return this.defaultAllow === other.defaultAllow && JSON.stringify(this.entries()) === JSON.stringify(other.entries());
  }

  private static fromMap(m: Map<MetaKey, string>): DeviceEmulator {
    const e = new DeviceEmulator();
    e.rules = new Map(m);
    return e;
  }
}
