import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runtimeDir } from '../sys/runtime-dir.js';
import { mapAnonymous, protectExec, type Mapping } from '../sys/libc.js';
import { HutchError } from '../errors.js';

import { hostArch, type Arch } from '../sys/arch.js';

/**
 * The committed blob for `arch`. In the bundled CLI (dist/) they are copied
 * next to the bundle; from sources they sit in lib/native.
 */
function readBlob(arch: Arch): Buffer {
  const here = runtimeDir();
  for (const dir of [join(here, 'native'), join(here, '..', 'native'), join(here, '..', 'lib', 'native')]) {
    try {
      return readFileSync(join(dir, `interp-${arch}.bin`));
    } catch {
      // try the next place
    }
  }
  throw new HutchError(`plan interpreter for ${arch} not found (expected interp-${arch}.bin next to the CLI)`, { code: 'start-failed' });
}

let blob: Buffer | undefined;
let code: Mapping | undefined;

/** The host's interpreter blob, read once per process. */
export function interpreterBlob(): Buffer {
  blob ??= readBlob(hostArch());
  return blob;
}

/** The interpreter mapped read+execute once per process; returns its address. */
export function interpreterAddress(): bigint {
  if (!code) {
    const blob = interpreterBlob();
    const m = mapAnonymous(blob.length);
    blob.copy(m.buffer, 0);
    protectExec(m);
    code = m;
  }
  return code.addr;
}
