import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeDir } from '../sys/runtime-dir.js';
import { mapAnonymous, protectExec, type Mapping } from '../sys/libc.js';
import { HutchError } from '../errors.js';
import { embeddedFile } from '../sys/embedded.js';
import { perProcess } from '../sys/per-process.js';

import { hostArch, type Arch } from '../sys/arch.js';

/** The interpreter's file name for `arch` (embedded in dist/hutch under the same name). */
function blobName(arch: Arch): string {
  return `interp-${arch}.bin`;
}

/**
 * The committed blob for `arch`: embedded in the single binary; next to the
 * bundle in dist/ (the library); in lib/native from sources.
 */
function readBlob(arch: Arch): Buffer {
  const embedded = embeddedFile(blobName(arch));
  if (embedded) return embedded;
  const here = runtimeDir();
  for (const dir of [join(here, 'native'), join(here, '..', 'native'), join(here, '..', 'lib', 'native')]) {
    try {
      return readFileSync(join(dir, blobName(arch)));
    } catch {
      // try the next place
    }
  }
  throw new HutchError(`plan interpreter for ${arch} not found (expected ${blobName(arch)} next to the CLI)`, { code: 'start-failed' });
}

/** The host's interpreter blob, read once per process. */
export const interpreterBlob = perProcess(() => readBlob(hostArch()));

const mapped = perProcess((): Mapping => {
  const blob = interpreterBlob();
  const m = mapAnonymous(blob.length);
  blob.copy(m.buffer, 0);
  protectExec(m);
  return m;
});

/** The interpreter mapped read+execute once per process; returns its address. */
export function interpreterAddress(): bigint {
  return mapped().addr;
}
