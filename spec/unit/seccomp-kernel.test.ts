// Smoke test against the running kernel: it must accept the programs we
// build and act on them. Needs gcc and x86_64; skipped otherwise.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { compileSeccomp, parseSeccompJson, type LinuxSeccomp } from '../../lib/seccomp/index.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/seccomp');
const dir = mkdtempSync(join(tmpdir(), 'hutch-seccomp-'));
const loader = join(dir, 'load-filter');
const built =
  process.arch === 'x64' && spawnSync('gcc', ['-O1', '-o', loader, join(FIXTURES, 'load-filter.c')], { stdio: 'ignore' }).status === 0;
const REASON = built ? '' : ' [SKIPPED: needs gcc on x86_64]';

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Install `profile` in a fresh process and make one syscall: [ret, errno]. */
function call(profile: LinuxSeccomp, nr: number, ...args: string[]): [number, number] {
  const out = compileSeccomp(profile, 'x86_64');
  const file = join(dir, 'prog.bin');
  writeFileSync(file, out.program);
  const r = spawnSync(loader, [file, String(out.flags), String(nr), ...args], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`load-filter exited ${r.status}: ${r.stderr}`);
  const [ret, err] = r.stdout.trim().split(' ').map(Number);
  return [ret, err];
}

const SYS = { getpid: 39, mkdir: 83, getuid: 102, getppid: 110 };

describe.skipIf(!built)(`seccomp programs on the real kernel${REASON}`, () => {
  it('loads the podman default profile and allows getpid', () => {
    const profile = parseSeccompJson(readFileSync(join(FIXTURES, 'default.json'), 'utf8'));
    const [ret] = call(profile, SYS.getpid);
    expect(ret).toBeGreaterThan(0);
  });

  it('returns the profile errno for a denied syscall', () => {
    const profile = parseSeccompJson(readFileSync(join(FIXTURES, 'deny-mkdir.json'), 'utf8'));
    expect(call(profile, SYS.mkdir, join(dir, 'x'))).toEqual([-1, 13]);
  });

  it('returns ENOSYS (stub) for a syscall newer than the profile', () => {
    const profile = parseSeccompJson(readFileSync(join(FIXTURES, 'errno-allowlist.json'), 'utf8'));
    expect(call(profile, 460)).toEqual([-1, 38]);
    expect(call(profile, SYS.getuid)).toEqual([-1, 1]); // not listed: default EPERM
  });

  it('accepts the LOG flag', () => {
    const profile: LinuxSeccomp = {
      defaultAction: 'SCMP_ACT_ALLOW',
      flags: ['SECCOMP_FILTER_FLAG_LOG'],
      syscalls: [{ names: ['getppid'], action: 'SCMP_ACT_ERRNO', errnoRet: 42 }],
    };
    expect(call(profile, SYS.getppid)).toEqual([-1, 42]);
  });
});
