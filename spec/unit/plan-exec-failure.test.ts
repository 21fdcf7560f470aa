/**
 * Issue #16 item 4 / #18: the executable lookup (Go's LookPath plus runc's
 * access check) and what the process says when execve fails after `start`,
 * run through the real interpreter in a plain child (no namespaces), with
 * files made in a temporary directory.
 */
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlanBuilder } from '../../lib/plan/builder.js';
import { PlanContext } from '../../lib/plan/context.js';
import { encodePlan, planSize } from '../../lib/plan/encode.js';
import { execFailureText, execProgram, lookupExecutable, type ExecHint } from '../../lib/plan/executable.js';
import { describeFailure } from '../../lib/runner/failure.js';
import { X86_64, AARCH64 } from '../../lib/sys/syscalls.js';
import { hostArch } from '../../lib/sys/arch.js';

const linux = process.platform === 'linux' ? undefined : 'the interpreter runs on Linux';

/** Runs lookup + exec of `candidates` in a child whose stderr is a pipe; returns what it said. */
async function lookupAndExec(arg0: string, candidates: string[], hint?: ExecHint) {
  const libc = await import('../../lib/sys/libc.js');
  const { interpreterAddress } = await import('../../lib/runner/native.js');
  const b = new PlanBuilder(hostArch() === 'aarch64' ? AARCH64 : X86_64);
  const ctx = new PlanContext(b, hostArch());
  const [reportR, reportW] = libc.pipe2(0o2000000);
  const [errR, errW] = libc.pipe2(0o2000000);
  b.syscall('dup3', [errW, 2, 0], { what: 'stderr to the pipe' });
  const found = lookupExecutable(ctx, arg0, candidates);
  execProgram(ctx, [arg0], ['PATH=/bin'], found, hint);
  b.finish();
  const m = libc.mapAnonymous(planSize(b));
  const stack = libc.mapAnonymous(64 * 1024);
  encodePlan(b, m.addr, { reportFd: reportW, failExitCode: 3 }).copy(m.buffer);
  const pid = libc.clone(interpreterAddress(), stack.addr + BigInt(stack.size), 17, m.addr);
  libc.close(reportW);
  libc.close(errW);
  const read = (fd: number) => {
    const chunks: Buffer[] = [];
    for (let c = libc.readSome(fd, 4096); c.length; c = libc.readSome(fd, 4096)) chunks.push(c);
    libc.close(fd);
    return Buffer.concat(chunks);
  };
  const report = read(reportR);
  const stderr = read(errR).toString();
  const status = libc.waitpidSync(pid);
  libc.unmap(m);
  libc.unmap(stack);
  const failure =
    report.length >= 16 ? describeFailure({ builder: b, inherit: [] }, report.readInt32LE(4), Number(report.readBigInt64LE(8))) : undefined;
  return { code: status.code, stderr, failure };
}

describe.skipIf(Boolean(linux))('executable lookup and exec failures', () => {
  let dir: string;
  const at = (name: string) => join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hutch-exec-failure-'));
    writeFileSync(at('missing-interp.sh'), '#!/nonexistent/interpreter\necho hi\n', { mode: 0o755 });
    writeFileSync(at('no-shebang'), 'echo hi\n', { mode: 0o755 });
    writeFileSync(at('no-x.sh'), '#!/bin/sh\nexit 0\n', { mode: 0o644 });
    writeFileSync(at('ok.sh'), '#!/bin/sh\nexit 7\n', { mode: 0o755 });
    mkdirSync(at('a-dir'));
    mkdirSync(at('bin1'));
    mkdirSync(at('bin1/tool'));
    mkdirSync(at('bin2'));
    writeFileSync(at('bin2/tool'), '#!/bin/sh\nexit 0\n', { mode: 0o644 });
    mkdirSync(at('bin3'));
    writeFileSync(at('bin3/tool'), '#!/bin/sh\nexit 9\n', { mode: 0o755 });
    chmodSync(at('no-x.sh'), 0o644);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('execs the program found', async () => {
    const r = await lookupAndExec(at('ok.sh'), [at('ok.sh')]);
    expect(r).toEqual({ code: 7, stderr: '', failure: undefined });
  });

  it('a PATH search skips a directory and a file without an execute bit, as Go does', async () => {
    const r = await lookupAndExec('tool', [at('bin1/tool'), at('bin2/tool'), at('bin3/tool')]);
    expect(r.code).toBe(9);
  });

  it('a PATH search that finds nothing fails at lookup in runc words', async () => {
    const r = await lookupAndExec('tool', [at('bin1/tool'), at('bin2/tool')]);
    expect(r.failure).toEqual({ message: 'exec: "tool": executable file not found in $PATH', code: 'exec-not-found' });
  });

  it('a directory or a file without +x fails at lookup with runc words and the cause', async () => {
    const d = await lookupAndExec(at('a-dir'), [at('a-dir')]);
    expect(d.failure).toEqual({
      message: `exec: "${at('a-dir')}": permission denied: ${at('a-dir')} is a directory`,
      code: 'exec-not-executable',
    });
    const x = await lookupAndExec(at('no-x.sh'), [at('no-x.sh')]);
    expect(x.failure).toEqual({
      message: `exec: "${at('no-x.sh')}": permission denied: ${at('no-x.sh')} has no execute permission bit`,
      code: 'exec-not-executable',
    });
    const n = await lookupAndExec(at('nothing'), [at('nothing')]);
    expect(n.failure).toEqual({
      message: `exec: "${at('nothing')}": stat ${at('nothing')}: no such file or directory`,
      code: 'exec-not-found',
    });
  });

  it('execve failing after lookup: runc words on stderr, exit 127 for ENOENT, 126 otherwise', async () => {
    const missing = await lookupAndExec(at('missing-interp.sh'), [at('missing-interp.sh')]);
    expect(missing).toEqual({ code: 127, stderr: `exec ${at('missing-interp.sh')}: no such file or directory\n`, failure: undefined });
    const format = await lookupAndExec(at('no-shebang'), [at('no-shebang')]);
    expect(format).toEqual({ code: 126, stderr: `exec ${at('no-shebang')}: exec format error\n`, failure: undefined });
  });

  it('prints the predicted cause only for the predicted file and errno', async () => {
    const hint = { path: at('missing-interp.sh'), errno: 2, cause: '/nonexistent/interpreter not found' };
    const r = await lookupAndExec(at('missing-interp.sh'), [at('missing-interp.sh')], hint);
    expect(r.stderr).toBe(execFailureText(hint.path, 2, hint.cause));
    expect(r.stderr).toBe(`exec ${at('missing-interp.sh')}: no such file or directory: /nonexistent/interpreter not found\n`);
    expect(r.code).toBe(127);
    // The same cause predicted with another errno is not printed.
    const other = await lookupAndExec(at('missing-interp.sh'), [at('missing-interp.sh')], { ...hint, errno: 8 });
    expect(other.stderr).toBe(`exec ${at('missing-interp.sh')}: no such file or directory\n`);
  });
});
