import { describe, it, expect } from 'vitest';
import { PlanBuilder, type Step } from '../../lib/plan/builder.js';
import { encodePlan, planSize } from '../../lib/plan/encode.js';
import { Report, AluOp } from '../../lib/plan/format.js';
import { X86_64, AARCH64 } from '../../lib/sys/syscalls.js';
import { describePlan } from '../../lib/plan/describe.js';
import { planReaper } from '../../lib/plan/reaper.js';
import { PlanContext } from '../../lib/plan/context.js';

const native = process.arch === 'x64' ? X86_64 : AARCH64;

/** Run a plan in a cloned child (no namespaces: works unprivileged) and collect its reports. */
async function runPlan(build: (p: PlanBuilder) => void) {
  const libc = await import('../../lib/sys/libc.js');
  const { interpreterAddress } = await import('../../lib/runner/native.js');
  const p = new PlanBuilder(native);
  const [r, w] = libc.pipe2(0o2000000);
  (p as unknown as { reportFd: number }).reportFd = w;
  build(p);
  const m = libc.mapAnonymous(planSize(p));
  const stack = libc.mapAnonymous(64 * 1024);
  encodePlan(p, m.addr, { reportFd: w, failExitCode: 3 }).copy(m.buffer);
  const pid = libc.clone(interpreterAddress(), stack.addr + BigInt(stack.size), 17, m.addr);
  libc.close(w);
  const chunks: Buffer[] = [];
  for (;;) {
    const c = libc.readSome(r, 16);
    if (!c.length) break;
    chunks.push(c);
  }
  libc.close(r);
  const status = libc.waitpidSync(pid);
  libc.unmap(m);
  libc.unmap(stack);
  const all = Buffer.concat(chunks);
  const reports = [];
  for (let i = 0; i + 16 <= all.length; i += 16)
    reports.push({ kind: all.readInt32LE(i), step: all.readInt32LE(i + 4), value: all.readBigInt64LE(i + 8) });
  return { status, reports, fd: w };
}

describe('plan interpreter', () => {
  it('exits with the code of an exit step', async () => {
    const { status, reports } = await runPlan((p) => p.exit(42));
    expect(status.code).toBe(42);
    expect(reports).toEqual([]);
  });

  it('reports the failing step and errno, then exits with failExitCode', async () => {
    let failing: Step | undefined;
    const { status, reports } = await runPlan((p) => {
      p.syscall('getpid', [], { what: 'getpid' });
      failing = p.syscall('mkdirat', [-100, p.addr(p.string('/nonexistent-hutch/dir')), 0o755], { what: 'mkdir' });
      p.exit(0);
    });
    expect(status.code).toBe(3);
    expect(reports).toEqual([{ kind: Report.Error, step: failing!.index, value: 2n }]);
  });

  it('treats okErrno as success and ignore keeps going', async () => {
    const { status, reports } = await runPlan((p) => {
      p.syscall('mkdirat', [-100, p.addr(p.string('/')), 0o755], { what: 'mkdir / (EEXIST ok)', okErrno: 17 });
      p.syscall('close', [12345], { what: 'close a bad fd', onError: 'ignore' });
      p.exit(5);
    });
    expect(reports).toEqual([]);
    expect(status.code).toBe(5);
  });

  it('jumps on error, compares results, stores, formats numbers and does arithmetic', async () => {
    const { status, reports } = await runPlan((p) => {
      const fallback = p.label('fallback');
      const out = p.label('out');
      const bad = p.syscall('close', [12345], { what: 'close', onError: fallback });
      p.exit(1); // must be skipped
      p.place(fallback);
      p.jumpIfNotEqual(p.result(bad), -9, out, 'EBADF?');
      const slot = p.zeros(8, 'slot');
      const sum = p.alu(AluOp.Add, 40, 2, '40 + 2');
      p.store64(p.result(sum), slot);
      const text = p.zeros(24, 'text');
      p.itoa(p.load64(slot), text);
      // write "42" into the report pipe as a fake report to observe it
      const msg = p.zeros(16, 'msg');
      p.store32(9, msg, 0);
      p.store64(p.load64(slot), msg, 8);
      p.syscall('write', [(p as unknown as { reportFd: number }).reportFd, p.addr(msg), 16], { what: 'write' });
      const masked = p.alu(AluOp.AndNot, 0xff, 0x0f, 'mask');
      p.jumpIfEqual(p.result(masked), 0xf0, out, 'and-not ok?');
      p.exit(2);
      p.place(out);
      p.exit(0);
    });
    expect(reports).toEqual([{ kind: 9, step: 0, value: 42n }]);
    expect(status.code).toBe(0);
  });

  describe("the reaper (a sandbox's pid 1)", () => {
    /** A reaper whose command runs `command` after unblocking signals (orphans: spec/integration/sandbox). */
    const reaper = (command: (p: PlanBuilder) => void) =>
      runPlan((p) => {
        const cmd = p.label('command');
        planReaper(new PlanContext(p, process.arch === 'x64' ? 'x86_64' : 'aarch64'), cmd);
        p.place(cmd);
        p.syscall('rt_sigprocmask', [2, p.addr(p.zeros(8)), 0, 8], { what: 'unblock signals' });
        command(p);
      });

    it("exits with the command's exit code", async () => {
      expect((await reaper((p) => p.exit(42))).status).toMatchObject({ code: 42, signal: undefined });
      expect((await reaper((p) => p.exit(0))).status).toMatchObject({ code: 0, signal: undefined });
    });

    it('exits with 128+N when signal N killed the command', async () => {
      const { status } = await reaper((p) => {
        const self = p.syscall('getpid', [], { what: 'getpid' });
        p.syscall('kill', [p.result(self), 15], { what: 'SIGTERM myself' });
        p.exit(1);
      });
      expect(status).toMatchObject({ code: 128 + 15, signal: undefined });
    });
  });

  it('describes steps for --dry-run', () => {
    const p = new PlanBuilder(native);
    const done = p.label('done');
    p.syscall('mkdirat', [-100, p.addr(p.string('/x')), 0o755], { what: 'mkdir /x', okErrno: 17, show: ['AT_FDCWD'] });
    p.jump(done);
    p.place(done);
    p.exit(0);
    const text = describePlan(p, 'test');
    expect(text).toContain('mkdirat(AT_FDCWD, "/x", 493) [errno 17 ok]  # mkdir /x');
    expect(text).toContain('goto -> 2');
  });
});
