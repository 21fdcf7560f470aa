// compileSeccomp behaviour that does not need libseccomp to check: actions,
// flags, notify, the -ENOSYS stub, ABI checks, long jumps, the evaluator.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { AUDIT_ARCH_AARCH64, AUDIT_ARCH_I386, AUDIT_ARCH_X86_64 } from '../../lib/seccomp/arch.js';
import { assemble, BPF_MAXINSNS, fromBuffer, type Ins, Labels, toBuffer } from '../../lib/seccomp/bpf.js';
import {
  compileSeccomp,
  parseSeccompJson,
  runBpf,
  SECCOMP_FILTER_FLAG_LOG,
  SECCOMP_FILTER_FLAG_NEW_LISTENER,
  SECCOMP_FILTER_FLAG_SPEC_ALLOW,
  SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV,
  SECCOMP_RET_ALLOW,
  SECCOMP_RET_ERRNO,
  SECCOMP_RET_KILL_PROCESS,
  SECCOMP_RET_KILL_THREAD,
  SECCOMP_RET_LOG,
  SECCOMP_RET_TRACE,
  SECCOMP_RET_TRAP,
  SECCOMP_RET_USER_NOTIF,
  type LinuxSeccomp,
} from '../../lib/seccomp/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/seccomp');
const fixture = (name: string): LinuxSeccomp => parseSeccompJson(readFileSync(join(FIXTURES, name), 'utf8'));

const x86_64 = (nr: number, args: bigint[] = []) => ({ nr, arch: AUDIT_ARCH_X86_64, args });
const errno = (e: number): number => SECCOMP_RET_ERRNO | e;

describe('compileSeccomp', () => {
  it('compiles the podman default profile well under the kernel limit', () => {
    for (const [file, native] of [
      ['default.json', 'x86_64'],
      ['default-arm64.json', 'aarch64'],
    ] as const) {
      const out = compileSeccomp(fixture(file), native);
      expect(out.instructions).toBeLessThan(BPF_MAXINSNS / 4);
      expect(out.program.length).toBe(out.instructions * 8);
      expect(out.flags).toBe(0);
      expect(out.needsNotifyFd).toBe(false);
    }
  });

  it('maps every action the way runc does', () => {
    const p = compileSeccomp(fixture('actions.json'), 'x86_64').program;
    const nr = {
      read: 0,
      getpid: 39,
      getppid: 110,
      gettid: 186,
      uname: 63,
      getuid: 102,
      getgid: 104,
      geteuid: 107,
      getegid: 108,
      kill: 62,
      brk: 12,
      mkdir: 83,
    };
    expect(runBpf(p, x86_64(nr.read))).toBe(SECCOMP_RET_ALLOW);
    expect(runBpf(p, x86_64(nr.getpid))).toBe(SECCOMP_RET_KILL_THREAD); // SCMP_ACT_KILL
    expect(runBpf(p, x86_64(nr.getppid))).toBe(SECCOMP_RET_KILL_THREAD);
    expect(runBpf(p, x86_64(nr.gettid))).toBe(SECCOMP_RET_TRAP);
    expect(runBpf(p, x86_64(nr.uname))).toBe(SECCOMP_RET_LOG);
    expect(runBpf(p, x86_64(nr.getuid))).toBe((SECCOMP_RET_TRACE | 1) >>> 0); // EPERM by default
    expect(runBpf(p, x86_64(nr.getgid))).toBe((SECCOMP_RET_TRACE | 4242) >>> 0);
    expect(runBpf(p, x86_64(nr.geteuid))).toBe(errno(0));
    expect(runBpf(p, x86_64(nr.getegid))).toBe(errno(95));
    expect(runBpf(p, x86_64(nr.brk, [0n]))).toBe(SECCOMP_RET_LOG);
    expect(runBpf(p, x86_64(nr.brk, [1n]))).toBe(SECCOMP_RET_KILL_PROCESS);
    expect(runBpf(p, x86_64(nr.mkdir))).toBe(SECCOMP_RET_KILL_PROCESS);
  });

  it('gives bad-arch KILL_THREAD to an architecture not in the filter', () => {
    const p = compileSeccomp(fixture('x86-64-only.json'), 'x86_64').program;
    expect(runBpf(p, { nr: 0, arch: AUDIT_ARCH_I386 })).toBe(SECCOMP_RET_KILL_THREAD);
    expect(runBpf(p, { nr: 0, arch: AUDIT_ARCH_AARCH64 })).toBe(SECCOMP_RET_KILL_THREAD);
  });

  it('rejects x32 syscalls when only x86_64 is listed, but not nr -1', () => {
    const p = compileSeccomp(fixture('x86-64-only.json'), 'x86_64', { enosysStub: false }).program;
    expect(runBpf(p, x86_64(0))).toBe(SECCOMP_RET_ALLOW);
    expect(runBpf(p, x86_64(0x40000000))).toBe(SECCOMP_RET_KILL_THREAD);
    expect(runBpf(p, x86_64(-1))).toBe(errno(1));
  });

  describe('-ENOSYS stub (runc patchbpf)', () => {
    const profile = fixture('errno-allowlist.json'); // largest x86_64 syscall named: faccessat2 = 439
    it('returns ENOSYS above the largest syscall the profile names', () => {
      const p = compileSeccomp(profile, 'x86_64').program;
      expect(runBpf(p, x86_64(440))).toBe(errno(38));
      expect(runBpf(p, x86_64(0x3fffffff))).toBe(errno(38));
      expect(runBpf(p, x86_64(438))).toBe(errno(1)); // a hole below the maximum keeps the default
      expect(runBpf(p, x86_64(435))).toBe(errno(38)); // clone3 is explicitly ENOSYS
      expect(runBpf(p, x86_64(0))).toBe(SECCOMP_RET_ALLOW);
    });
    it('can be turned off', () => {
      const p = compileSeccomp(profile, 'x86_64', { enosysStub: false }).program;
      expect(runBpf(p, x86_64(440))).toBe(errno(1));
    });
    it('is not added for a permissive default action', () => {
      const p = compileSeccomp(fixture('deny-mkdir.json'), 'x86_64').program;
      expect(runBpf(p, x86_64(460))).toBe(SECCOMP_RET_ALLOW);
      expect(runBpf(p, x86_64(83))).toBe(errno(13));
    });
  });

  describe('flags', () => {
    const base: LinuxSeccomp = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] };
    it('passes LOG and SPEC_ALLOW through and ignores TSYNC', () => {
      const out = compileSeccomp(
        { ...base, flags: ['SECCOMP_FILTER_FLAG_LOG', 'SECCOMP_FILTER_FLAG_SPEC_ALLOW', 'SECCOMP_FILTER_FLAG_TSYNC'] },
        'x86_64',
      );
      expect(out.flags).toBe(SECCOMP_FILTER_FLAG_LOG | SECCOMP_FILTER_FLAG_SPEC_ALLOW);
    });
    it('adds NEW_LISTENER for NOTIFY rules and keeps WAIT_KILLABLE_RECV only then', () => {
      const notify: LinuxSeccomp = {
        ...base,
        flags: ['SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'],
        listenerPath: '/run/agent.sock',
        syscalls: [{ names: ['mount'], action: 'SCMP_ACT_NOTIFY' }],
      };
      const out = compileSeccomp(notify, 'x86_64');
      expect(out.needsNotifyFd).toBe(true);
      expect(out.flags).toBe(SECCOMP_FILTER_FLAG_NEW_LISTENER | SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV);
      expect(runBpf(out.program, x86_64(165))).toBe(SECCOMP_RET_USER_NOTIF);
      const plain = compileSeccomp({ ...base, flags: ['SECCOMP_FILTER_FLAG_WAIT_KILLABLE_RECV'] }, 'x86_64');
      expect(plain.flags).toBe(0);
      expect(plain.warnings.join()).toMatch(/WAIT_KILLABLE_RECV ignored/);
    });
    it('rejects unknown flags', () => {
      expect(() => compileSeccomp({ ...base, flags: ['SECCOMP_FILTER_FLAG_BOGUS' as never] }, 'x86_64')).toThrow(/not known/);
    });
  });

  it('refuses NOTIFY as default action and on write(2), like runc', () => {
    expect(() => compileSeccomp({ defaultAction: 'SCMP_ACT_NOTIFY' }, 'x86_64')).toThrow(/default action/);
    expect(() =>
      compileSeccomp({ defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['write'], action: 'SCMP_ACT_NOTIFY' }] }, 'x86_64'),
    ).toThrow(/write/);
  });

  it('skips unknown syscall names with a warning', () => {
    const out = compileSeccomp(fixture('errno-allowlist.json'), 'x86_64');
    expect(out.warnings).toEqual(['unknown seccomp syscall "not_a_real_syscall" ignored']);
  });

  it('rejects malformed arguments and actions', () => {
    const bad = (args: LinuxSeccomp['syscalls']) => () => compileSeccomp({ defaultAction: 'SCMP_ACT_ERRNO', syscalls: args }, 'x86_64');
    expect(bad([{ names: ['read'], action: 'SCMP_ACT_ALLOW', args: [{ index: 6, value: 0, op: 'SCMP_CMP_EQ' }] }])).toThrow(/index/);
    expect(bad([{ names: ['read'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: 0, op: 'SCMP_CMP_XX' as never }] }])).toThrow(
      /operator/,
    );
    expect(bad([{ names: ['read'], action: 'SCMP_ACT_ALLOW', args: [{ index: 0, value: -1, op: 'SCMP_CMP_EQ' }] }])).toThrow(/uint64/);
    expect(bad([{ names: ['read'], action: 'SCMP_ACT_NOPE' as never }])).toThrow(/unknown action/);
  });

  it('keeps uint64 argument values exact through JSON', () => {
    const profile = parseSeccompJson(
      '{"defaultAction":"SCMP_ACT_ERRNO","syscalls":[{"names":["read"],"action":"SCMP_ACT_ALLOW",' +
        '"args":[{"index":0,"value":18446744069414584321,"op":"SCMP_CMP_EQ"}]}]}',
    );
    const p = compileSeccomp(profile, 'x86_64', { enosysStub: false }).program;
    expect(runBpf(p, x86_64(0, [0xffffffff00000001n]))).toBe(SECCOMP_RET_ALLOW);
    expect(runBpf(p, x86_64(0, [0xffffffff00000000n]))).toBe(errno(1));
  });

  // Where hutch deliberately differs from libseccomp 2.5.4 (lib/seccomp/README.md).
  describe('overlapping rules (overlap.json)', () => {
    const p = compileSeccomp(fixture('overlap.json'), 'x86_64', { enosysStub: false }).program;
    it('ORs rules even where libseccomp 2.5.4 loses one (lseek)', () => {
      // rule 2 is a0 >= 5 && a2 != 0; libseccomp returns the default here
      expect(runBpf(p, x86_64(8, [6n, 0n, 3n]))).toBe(SECCOMP_RET_ALLOW);
      expect(runBpf(p, { nr: 19, arch: AUDIT_ARCH_I386, args: [6n, 0n, 3n] })).toBe(SECCOMP_RET_ALLOW);
      expect(runBpf(p, x86_64(8, [1n, 3n, 0n]))).toBe(SECCOMP_RET_ALLOW); // rule 1
      expect(runBpf(p, x86_64(8, [20n, 0n, 0n]))).toBe(errno(1));
    });
    it('resolves conflicting actions by profile order, first match wins', () => {
      expect(runBpf(p, x86_64(32, [11n]))).toBe(SECCOMP_RET_ALLOW); // dup: ALLOW a0>5 listed first
      expect(runBpf(p, x86_64(33, [11n]))).toBe(errno(5)); // dup2: ERRNO a0>10 listed first
      expect(runBpf(p, x86_64(33, [6n]))).toBe(SECCOMP_RET_ALLOW);
      expect(runBpf(p, x86_64(62, [1n, 2n]))).toBe(SECCOMP_RET_TRAP); // kill: TRAP a0==1 first
      expect(runBpf(p, x86_64(200, [1n, 2n]))).toBe(SECCOMP_RET_ALLOW); // tkill: ALLOW a1==2 first
    });
  });

  it('reaches targets beyond 255 instructions', () => {
    const out = compileSeccomp(fixture('long-jumps.json'), 'x86_64');
    const raw = fromBuffer(out.program);
    expect(raw.some((i) => i.code === 0x05)).toBe(true); // JA trampolines were needed
    const ioctl = (cmd: bigint) => x86_64(16, [0n, cmd]);
    expect(runBpf(out.program, ioctl(0x5400n))).toBe(SECCOMP_RET_ALLOW);
    expect(runBpf(out.program, ioctl(0x5400n + 119n))).toBe(SECCOMP_RET_ALLOW);
    expect(runBpf(out.program, ioctl(0x5400n + 120n))).toBe(errno(1));
    expect(runBpf(out.program, x86_64(0))).toBe(SECCOMP_RET_ALLOW);
  });
});

describe('assembler', () => {
  it('inserts trampolines for far conditional targets', () => {
    const L = new Labels();
    const filler: Ins[] = Array.from({ length: 600 }, () => ({ op: 'ld', k: 0 }) as Ins);
    const prog: Ins[] = [
      { op: 'ld', k: 0 },
      { op: 'jeq', k: 7, jt: 'far', jf: 'near' },
      { op: 'label', name: 'near' },
      ...filler,
      { op: 'ret', k: 1 },
      { op: 'label', name: 'far' },
      { op: 'ld', k: 0 },
      { op: 'ret', k: 2 },
    ];
    const raw = assemble(prog, L);
    expect(raw.length).toBe(prog.length - 2 + 1);
    expect(runBpf(raw, { nr: 7, arch: 0 })).toBe(2);
    expect(runBpf(raw, { nr: 8, arch: 0 })).toBe(1);
  });

  it('round-trips struct sock_filter bytes', () => {
    const raw = [{ code: 0x15, jt: 3, jf: 250, k: 0xc000003e }];
    expect(fromBuffer(toBuffer(raw))).toEqual(raw);
    expect(toBuffer(raw).toString('hex')).toBe('1500' + '03fa' + '3e0000c0');
  });
});

describe('bpf evaluator', () => {
  const prog = (...ins: Array<[number, number, number, number]>) => ins.map(([code, jt, jf, k]) => ({ code, jt, jf, k }));
  it('runs loads, ALU, jset and returns', () => {
    const p = prog(
      [0x20, 0, 0, 16], // ld arg0 lo
      [0x54, 0, 0, 0xf0], // and
      [0x45, 0, 1, 0x80], // jset 0x80
      [0x16, 0, 0, 0], // ret A
      [0x06, 0, 0, 7], // ret 7
    );
    expect(runBpf(p, { nr: 0, arch: 0, args: [0x1234n] })).toBe(7);
    expect(runBpf(p, { nr: 0, arch: 0, args: [0x1284n] })).toBe(0x80);
  });
  it('rejects misaligned or out-of-range loads and running off the end', () => {
    expect(() => runBpf(prog([0x20, 0, 0, 2], [0x06, 0, 0, 0]), { nr: 0, arch: 0 })).toThrow(/offset/);
    expect(() => runBpf(prog([0x20, 0, 0, 64], [0x06, 0, 0, 0]), { nr: 0, arch: 0 })).toThrow(/offset/);
    expect(() => runBpf(prog([0x20, 0, 0, 0]), { nr: 0, arch: 0 })).toThrow(/fell off/);
  });
});

describe('compileProfile (what create and exec call)', () => {
  it('reads a profile with neither a default action nor rules as "no seccomp", as runc does', async () => {
    const { compileProfile } = await import('../../lib/container/seccomp.js');
    const { parseSpec } = await import('../../lib/config/index.js');
    const spec = parseSpec({ ociVersion: '1.3.0', root: { path: 'rootfs' }, linux: { seccomp: {} } });
    await expect(compileProfile(spec.linux?.seccomp, 'x86_64', [])).resolves.toBeUndefined();
    await expect(compileProfile({ flags: ['SECCOMP_FILTER_FLAG_LOG'] }, 'x86_64', [])).resolves.toBeUndefined();
    const real = await compileProfile({ defaultAction: 'SCMP_ACT_ALLOW' }, 'x86_64', []);
    expect(real?.instructions).toBeGreaterThan(0);
  });
});
