import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanBuilder } from '../../lib/plan/builder.js';
import { encodePlan } from '../../lib/plan/encode.js';
import { AARCH64, X86_64 } from '../../lib/sys/syscalls.js';
import { buildExecutable, PLAN_BASE } from '../../lib/runner/elf.js';
import type { Arch } from '../../lib/sys/arch.js';

/**
 * The executable the runtime execs for a container's first process
 * (lib/runner/elf.ts): ELF header, entry stub, the committed interpreter and
 * a plan. Run here as a plain file, natively for the host's architecture and
 * under qemu-user for aarch64.
 */
const root = join(import.meta.dirname, '..', '..');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const qemu = ['qemu-aarch64-static', 'qemu-aarch64'].find(has);

function program(arch: Arch): Buffer {
  const p = new PlanBuilder(arch === 'aarch64' ? AARCH64 : X86_64);
  const buf = p.zeros(32, 'num');
  p.itoa(-1234, buf);
  p.syscall('write', [1, p.addr(buf), 5], { what: 'write the number' });
  const bad = p.syscall('close', [999], { what: 'close a bad fd', onError: 'ignore' });
  const done = p.label('done');
  p.jumpIfEqual(p.result(bad), -9, done, 'EBADF?');
  p.exit(1);
  p.place(done);
  p.exit(7);
  const plan = encodePlan(p, PLAN_BASE, { reportFd: 2, failExitCode: 99 });
  return buildExecutable(arch, readFileSync(join(root, 'lib/native', `interp-${arch}.bin`)), plan);
}

function runFile(elf: Buffer, runner: string[]): { stdout: string; status: number | null } {
  const dir = mkdtempSync(join(tmpdir(), 'hutch-elf-'));
  try {
    const file = join(dir, 'plan');
    writeFileSync(file, elf);
    chmodSync(file, 0o755);
    const r = spawnSync(runner[0] ?? file, runner.length ? [...runner.slice(1), file] : [], { encoding: 'utf8' });
    return { stdout: r.stdout, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('plan executables', () => {
  it.skipIf(process.arch !== 'x64')('x86_64: runs the plan (writes, formats a number, exits with its code)', () => {
    expect(runFile(program('x86_64'), [])).toEqual({ stdout: '-1234', status: 7 });
  });

  it.skipIf(!qemu)('aarch64 under qemu-user: runs the plan (needs qemu-user-static)', () => {
    expect(runFile(program('aarch64'), [qemu!])).toEqual({ stdout: '-1234', status: 7 });
  });

  it('maps the plan read-write at PLAN_BASE and the code read-execute, nothing writable and executable', () => {
    const elf = program('x86_64');
    const phnum = elf.readUInt16LE(56);
    const loads = [];
    for (let i = 0; i < phnum; i++) {
      const at = 64 + i * 56;
      if (elf.readUInt32LE(at) === 1)
        loads.push({ flags: elf.readUInt32LE(at + 4), vaddr: elf.readBigUInt64LE(at + 16), offset: Number(elf.readBigUInt64LE(at + 8)) });
    }
    expect(loads.map((l) => l.flags)).toEqual([5, 6]);
    expect(loads[1]!.vaddr).toBe(PLAN_BASE);
    for (const l of loads) expect(l.offset % 0x10000).toBe(Number(l.vaddr % 0x10000n));
  });
});

/**
 * cloneInto as the runtime uses it (vfork, then exec of the sealed memfd):
 * no namespaces, so it runs unprivileged.
 */
describe('launching a plan executable', () => {
  it('runs the plan in a fresh process and returns its pid', async () => {
    const { cloneInto } = await import('../../lib/runner/launch.js');
    const libc = await import('../../lib/sys/libc.js');
    const p = new PlanBuilder(process.arch === 'x64' ? X86_64 : AARCH64);
    p.exit(9);
    const pid = cloneInto({ builder: p, inherit: [] }, -1);
    expect(libc.waitpidSync(pid).code).toBe(9);
  });

  it('names the launcher step that failed: an fd the plan needs that is not open', async () => {
    const { cloneInto } = await import('../../lib/runner/launch.js');
    const p = new PlanBuilder(process.arch === 'x64' ? X86_64 : AARCH64);
    p.exit(0);
    expect(() => cloneInto({ builder: p, inherit: [987] }, -1)).toThrow(
      'unable to start container process: keep fd 987 open for the plan: bad file descriptor',
    );
  });
});
