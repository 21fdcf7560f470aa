import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ALLOWED_DEVICES,
  DeviceEmulator,
  buildDeviceFilter,
  buildDeviceRules,
  cgroupString,
  dumpProgram,
  encodeProgram,
} from '../../lib/cgroups/index.js';
import { runDeviceFilter } from '../../lib/cgroups/devices/filter.js';
import { deviceFileWrites } from '../../lib/cgroups/v1/devices.js';
import type { DeviceRule } from '../../lib/cgroups/types.js';

/** runc's devicefilter_test hash(): trimmed lines, comments and blanks dropped. */
function hash(s: string): string {
  return s
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('//'))
    .join('\n');
}

const PROLOGUE = `
0: LdXMemW dst: r2 src: r1 off: 0 imm: 0
1: AndImm32 dst: r2 imm: 65535
2: LdXMemW dst: r3 src: r1 off: 0 imm: 0
3: RShImm32 dst: r3 imm: 16
4: LdXMemW dst: r4 src: r1 off: 4 imm: 0
5: LdXMemW dst: r5 src: r1 off: 8 imm: 0`;

const r = (type: DeviceRule['type'], major: number, minor: number, access: string, allow: boolean): DeviceRule => ({
  type,
  major,
  minor,
  access,
  allow,
});

describe('device filter (expectations from runc devicefilter_test.go)', () => {
  it('nil rules: deny everything', () => {
    const p = buildDeviceFilter([]);
    expect(hash(dumpProgram(p.insns))).toBe(
      hash(`${PROLOGUE}
block-0:
6: MovImm32 dst: r0 imm: 0
7: Exit`),
    );
    expect(p.license).toBe('Apache');
  });

  it("runc's built-in allow list", () => {
    // Same rules, same (non-sorted) order as runc's test.
    const rules = [
      r('c', -1, -1, 'm', true),
      r('b', -1, -1, 'm', true),
      r('c', 1, 3, 'rwm', true),
      r('c', 1, 8, 'rwm', true),
      r('c', 1, 7, 'rwm', true),
      r('c', 5, 0, 'rwm', true),
      r('c', 1, 5, 'rwm', true),
      r('c', 1, 9, 'rwm', true),
      r('c', 136, -1, 'rwm', true),
      r('c', 5, 2, 'rwm', true),
      r('c', 10, 200, 'rwm', true),
    ];
    const expected = `${PROLOGUE}
block-0:
6: JNEImm dst: r2 off: -1 imm: 1 <block-1>
7: MovReg32 dst: r1 src: r3
8: AndImm32 dst: r1 imm: 1
9: JNEReg dst: r1 off: -1 src: r3 <block-1>
10: MovImm32 dst: r0 imm: 1
11: Exit
block-1:
12: JNEImm dst: r2 off: -1 imm: 2 <block-2>
13: MovReg32 dst: r1 src: r3
14: AndImm32 dst: r1 imm: 1
15: JNEReg dst: r1 off: -1 src: r3 <block-2>
16: MovImm32 dst: r0 imm: 1
17: Exit
block-2:
18: JNEImm dst: r2 off: -1 imm: 2 <block-3>
19: JNEImm dst: r4 off: -1 imm: 1 <block-3>
20: JNEImm dst: r5 off: -1 imm: 3 <block-3>
21: MovImm32 dst: r0 imm: 1
22: Exit
block-3:
23: JNEImm dst: r2 off: -1 imm: 2 <block-4>
24: JNEImm dst: r4 off: -1 imm: 1 <block-4>
25: JNEImm dst: r5 off: -1 imm: 5 <block-4>
26: MovImm32 dst: r0 imm: 1
27: Exit
block-4:
28: JNEImm dst: r2 off: -1 imm: 2 <block-5>
29: JNEImm dst: r4 off: -1 imm: 1 <block-5>
30: JNEImm dst: r5 off: -1 imm: 7 <block-5>
31: MovImm32 dst: r0 imm: 1
32: Exit
block-5:
33: JNEImm dst: r2 off: -1 imm: 2 <block-6>
34: JNEImm dst: r4 off: -1 imm: 1 <block-6>
35: JNEImm dst: r5 off: -1 imm: 8 <block-6>
36: MovImm32 dst: r0 imm: 1
37: Exit
block-6:
38: JNEImm dst: r2 off: -1 imm: 2 <block-7>
39: JNEImm dst: r4 off: -1 imm: 1 <block-7>
40: JNEImm dst: r5 off: -1 imm: 9 <block-7>
41: MovImm32 dst: r0 imm: 1
42: Exit
block-7:
43: JNEImm dst: r2 off: -1 imm: 2 <block-8>
44: JNEImm dst: r4 off: -1 imm: 5 <block-8>
45: JNEImm dst: r5 off: -1 imm: 0 <block-8>
46: MovImm32 dst: r0 imm: 1
47: Exit
block-8:
48: JNEImm dst: r2 off: -1 imm: 2 <block-9>
49: JNEImm dst: r4 off: -1 imm: 5 <block-9>
50: JNEImm dst: r5 off: -1 imm: 2 <block-9>
51: MovImm32 dst: r0 imm: 1
52: Exit
block-9:
53: JNEImm dst: r2 off: -1 imm: 2 <block-10>
54: JNEImm dst: r4 off: -1 imm: 10 <block-10>
55: JNEImm dst: r5 off: -1 imm: 200 <block-10>
56: MovImm32 dst: r0 imm: 1
57: Exit
block-10:
58: JNEImm dst: r2 off: -1 imm: 2 <block-11>
59: JNEImm dst: r4 off: -1 imm: 136 <block-11>
60: MovImm32 dst: r0 imm: 1
61: Exit
block-11:
62: MovImm32 dst: r0 imm: 0
63: Exit`;
    expect(hash(dumpProgram(buildDeviceFilter(rules).insns))).toBe(hash(expected));
    // DEFAULT_ALLOWED_DEVICES is that same list.
    expect(hash(dumpProgram(buildDeviceFilter([...DEFAULT_ALLOWED_DEVICES]).insns))).toBe(hash(expected));
  });

  it('privileged: allow all', () => {
    expect(hash(dumpProgram(buildDeviceFilter([r('a', -1, -1, 'rwm', true)]).insns))).toBe(
      hash(`${PROLOGUE}
block-0:
6: MovImm32 dst: r0 imm: 1
7: Exit`),
    );
  });

  it('privileged except a single device', () => {
    const p = buildDeviceFilter([r('a', -1, -1, 'rwm', true), r('b', 8, 0, 'rwm', false)]);
    expect(hash(dumpProgram(p.insns))).toBe(
      hash(`${PROLOGUE}
block-0:
6: JNEImm dst: r2 off: -1 imm: 1 <block-1>
7: JNEImm dst: r4 off: -1 imm: 8 <block-1>
8: JNEImm dst: r5 off: -1 imm: 0 <block-1>
9: MovImm32 dst: r0 imm: 0
10: Exit
block-1:
11: MovImm32 dst: r0 imm: 1
12: Exit`),
    );
  });

  it('weird: a later allow-all resets earlier rules', () => {
    const p = buildDeviceFilter([r('b', 8, 1, 'rwm', false), r('a', -1, -1, 'rwm', true), r('b', 8, 2, 'rwm', false)]);
    expect(hash(dumpProgram(p.insns))).toBe(
      hash(`${PROLOGUE}
block-0:
6: JNEImm dst: r2 off: -1 imm: 1 <block-1>
7: JNEImm dst: r4 off: -1 imm: 8 <block-1>
8: JNEImm dst: r5 off: -1 imm: 2 <block-1>
9: MovImm32 dst: r0 imm: 0
10: Exit
block-1:
11: MovImm32 dst: r0 imm: 1
12: Exit`),
    );
  });

  it('encodes struct bpf_insn bytes with resolved jump offsets', () => {
    const p = buildDeviceFilter([r('a', -1, -1, 'rwm', true), r('b', 8, 0, 'rwm', false)]);
    const code = encodeProgram(p.insns);
    expect(code.length).toBe(13 * 8);
    // insn 0: ldxw r2, [r1+0] → 61 12 0000 00000000
    expect(code.subarray(0, 8).toString('hex')).toBe('6112000000000000');
    // insn 6: jne r2, 1, +4 (to insn 11) → 55 02 0400 01000000
    expect(code.subarray(48, 56).toString('hex')).toBe('5502040001000000');
    // last: exit
    expect(code.subarray(96, 104).toString('hex')).toBe('9500000000000000');
  });

  it('the program enforces the rules (interpreted)', () => {
    const p = buildDeviceFilter(buildDeviceRules([{ allow: false, access: 'rwm' }]));
    const run = (type: 'b' | 'c', major: number, minor: number, access: string) => runDeviceFilter(p.insns, { type, major, minor, access });
    expect(run('c', 1, 3, 'rw')).toBe(1); // /dev/null
    expect(run('c', 1, 5, 'r')).toBe(1); // /dev/zero
    expect(run('c', 136, 4, 'rw')).toBe(1); // pts
    expect(run('b', 8, 0, 'r')).toBe(0); // sda read
    expect(run('b', 8, 0, 'm')).toBe(1); // mknod of any block device is allowed by default
    expect(run('c', 4, 1, 'w')).toBe(0); // tty1
    const ro = buildDeviceFilter([r('c', 1, 3, 'r', true)]);
    expect(runDeviceFilter(ro.insns, { type: 'c', major: 1, minor: 3, access: 'r' })).toBe(1);
    expect(runDeviceFilter(ro.insns, { type: 'c', major: 1, minor: 3, access: 'rw' })).toBe(0);
  });
});

describe('device rules → v1 devices.allow / devices.deny lines', () => {
  it('from a fresh (allow-all) cgroup: deny all, then the allowed devices sorted like runc', () => {
    const rules = buildDeviceRules([
      { allow: false, access: 'rwm' },
      { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
    ]);
    const writes = deviceFileWrites('a *:* rwm\n', rules);
    expect(writes.map((w) => `${w.file} ${w.line}`)).toEqual([
      'devices.deny a *:* rwm',
      'devices.allow b *:* m',
      'devices.allow c *:* m',
      'devices.allow c 1:3 rwm',
      'devices.allow c 1:5 rwm',
      'devices.allow c 1:7 rwm',
      'devices.allow c 1:8 rwm',
      'devices.allow c 1:9 rwm',
      'devices.allow c 5:0 rwm',
      'devices.allow c 5:2 rwm',
      'devices.allow c 10:200 rwm',
      'devices.allow c 136:* rwm',
    ]);
  });

  it('this list equals devices.list that runc 1.1.5 left on this host for the same config', () => {
    const runcList =
      'b *:* m\nc *:* m\nc 1:3 rwm\nc 1:5 rwm\nc 1:7 rwm\nc 1:8 rwm\nc 1:9 rwm\nc 5:0 rwm\nc 5:2 rwm\nc 10:200 rwm\nc 136:* rwm\n';
    const target = DeviceEmulator.fromRules(
      buildDeviceRules([
        { allow: false, access: 'rwm' },
        { allow: true, type: 'c', major: 1, minor: 3, access: 'rw' },
      ]),
    );
    expect(DeviceEmulator.fromList(runcList).equals(target)).toBe(true);
  });

  it('an update is minimal: only the difference is written', () => {
    const current = 'c 1:3 rwm\nc 1:5 rwm\n';
    const writes = deviceFileWrites(current, [r('a', -1, -1, 'rwm', false), r('c', 1, 3, 'r', true), r('c', 1, 9, 'rw', true)]);
    expect(writes).toEqual([
      { file: 'devices.deny', line: 'c 1:3 wm' },
      { file: 'devices.deny', line: 'c 1:5 rwm' },
      { file: 'devices.allow', line: 'c 1:9 rw' },
    ]);
  });

  it('refuses to punch a hole in a wildcard rule (runc emulator)', () => {
    expect(() => DeviceEmulator.fromRules([r('a', -1, -1, 'rwm', false), r('c', -1, -1, 'rwm', true), r('c', 1, 3, 'r', false)])).toThrow(
      /cannot punch hole/,
    );
  });

  it('spec defaults: missing type is "a", missing major/minor are wildcards; empty access is an error', () => {
    expect(cgroupString(buildDeviceRules([{ allow: true, type: 'c', access: 'rwm' }])[0]!)).toBe('c *:* rwm');
    expect(() => buildDeviceRules([{ allow: true }])).toThrow(/cannot be empty/);
  });

  it("the rules are the config's then runc's defaults, nothing for linux.devices nodes (runc leaves them to linux.resources.devices)", () => {
    const rules = buildDeviceRules([{ allow: false, access: 'rwm' }]);
    expect(rules.map(cgroupString)).toEqual(['a *:* rwm', ...DEFAULT_ALLOWED_DEVICES.map(cgroupString)]);
    const emu = DeviceEmulator.fromRules(rules);
    // /dev/kmsg (c 1:11) made as a node stays closed.
    expect(emu.entries().some((e) => e.type === 'c' && e.major === 1 && e.minor === 11)).toBe(false);
  });
});

describe('device numbers in linux.resources.devices', () => {
  it('unset and -1 are the wildcard (the config parser makes a null unset)', () => {
    const [a, b, c] = buildDeviceRules([
      { allow: true, type: 'c', access: 'r' },
      { allow: true, type: 'c', minor: 3, access: 'r' },
      { allow: true, type: 'c', major: -1, minor: 4294967295, access: 'r' },
    ]);
    expect([a!.major, a!.minor, b!.major, b!.minor, c!.major, c!.minor]).toEqual([-1, -1, -1, 3, -1, 4294967295]);
  });

  it('a number the kernel cannot hold names the field (runc would truncate it in the eBPF program)', () => {
    expect(() => buildDeviceRules([{ allow: true, type: 'c', major: 4294967296, minor: 1, access: 'r' }])).toThrow(
      'linux.resources.devices[0].major: 4294967296 is not a device number (0 to 4294967295, or -1 for any)',
    );
    expect(() =>
      buildDeviceRules([
        { allow: false, access: 'rwm' },
        { allow: true, type: 'b', major: 8, minor: 9223372036854775807n, access: 'r' },
      ]),
    ).toThrow(/^linux\.resources\.devices\[1\]\.minor: 9223372036854775807 is not a device number/);
    expect(() => buildDeviceRules([{ allow: true, type: 'c', major: -2, minor: 1, access: 'r' }])).toThrow(
      /devices\[0\]\.major: -2 is not/,
    );
  });
});
