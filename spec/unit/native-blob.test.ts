import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PlanBuilder } from '../../lib/plan/builder.js';
import { encodePlan } from '../../lib/plan/encode.js';
import { AARCH64 } from '../../lib/sys/syscalls.js';

const root = join(import.meta.dirname, '..', '..');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('committed interpreter blobs', () => {
  it.skipIf(!has('gcc') || !has('aarch64-linux-gnu-gcc'))('match a fresh build of lib/native/interp.c (needs gcc and gcc-aarch64-linux-gnu)', () => {
    const out = mkdtempSync(join(tmpdir(), 'hutch-blob-'));
    try {
      execFileSync(join(root, 'scripts/build-native.sh'), [out], { stdio: 'pipe' });
      for (const arch of ['x86_64', 'aarch64']) {
        const fresh = readFileSync(join(out, `interp-${arch}.bin`));
        const committed = readFileSync(join(root, 'lib/native', `interp-${arch}.bin`));
        expect(fresh.length, arch).toBeGreaterThan(100);
        expect(fresh.equals(committed), `${arch} blob differs from a fresh build: run scripts/build-native.sh`).toBe(true);
      }
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
});

/**
 * The aarch64 blob runs a real plan under qemu-user: a tiny static aarch64
 * harness maps the blob and a plan file at fixed addresses and calls it.
 */
describe('aarch64 interpreter under qemu', () => {
  const qemu = ['qemu-aarch64-static', 'qemu-aarch64'].find(has);
  it.skipIf(!qemu || !has('aarch64-linux-gnu-gcc'))('writes, formats a number and exits with the plan\'s code (needs qemu-user-static)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hutch-qemu-'));
    try {
      const base = 0x10000000n;
      const p = new PlanBuilder(AARCH64);
      const buf = p.zeros(32, 'num');
      p.itoa(-1234, buf);
      p.syscall('write', [1, p.addr(buf), 5], { what: 'write the number' });
      const bad = p.syscall('close', [999], { what: 'close a bad fd', onError: 'ignore' });
      const done = p.label('done');
      p.jumpIfEqual(p.result(bad), -9, done, 'EBADF?');
      p.exit(1);
      p.place(done);
      p.exit(7);
      writeFileSync(join(dir, 'plan.bin'), encodePlan(p, base, { reportFd: 2, failExitCode: 99 }));
      writeFileSync(join(dir, 'harness.c'), HARNESS);
      execFileSync('aarch64-linux-gnu-gcc', ['-static', '-O1', '-o', join(dir, 'harness'), join(dir, 'harness.c')]);
      const r = spawnSync(qemu!, [join(dir, 'harness'), join(root, 'lib/native/interp-aarch64.bin'), join(dir, 'plan.bin')], { encoding: 'utf8' });
      expect(r.stdout).toBe('-1234');
      expect(r.status).toBe(7);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const HARNESS = `
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
static void *load(const char *path, void *at, int prot) {
  FILE *f = fopen(path, "rb"); if (!f) exit(100);
  void *m = mmap(at, 1 << 20, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | (at ? MAP_FIXED : 0), -1, 0);
  if (m == MAP_FAILED) exit(101);
  fread(m, 1, 1 << 20, f); fclose(f);
  if (prot != (PROT_READ | PROT_WRITE)) mprotect(m, 1 << 20, prot);
  return m;
}
int main(int argc, char **argv) {
  int (*entry)(void *) = (int (*)(void *))load(argv[1], 0, PROT_READ | PROT_EXEC);
  void *plan = load(argv[2], (void *)0x10000000, PROT_READ | PROT_WRITE);
  return entry(plan);
}
`;
