import { describe, it, expect } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

describe('committed interpreter blobs', () => {
  it.skipIf(!has('gcc') || !has('aarch64-linux-gnu-gcc'))(
    'match a fresh build of lib/native/interp.c (needs gcc and gcc-aarch64-linux-gnu)',
    () => {
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
    },
  );
});
