/**
 * ffi-rs's native addon, from the copy embedded in the single binary.
 *
 * dlopen() needs a file, and a memfd cannot be made before FFI exists, so
 * the addon is written to an unlinked, read-only O_TMPFILE copy
 * (runner/unlinked-copy.ts) on a mount that allows exec, and opened through
 * /proc/self/fd. Only the calls that reach the kernel directly load it
 * (sys/ffi.ts), once per process.
 */
import { closeSync } from 'node:fs';
import { dirname } from 'node:path';
import { getRawAsset } from 'node:sea';
import { HutchError } from '../errors.js';
import { tmpDirs, unlinkedCopy } from '../runner/unlinked-copy.js';

/** The addon's asset name (scripts/build.mjs embeds it under this name). */
const FFI_ADDON = 'ffi-rs.node';

export function loadEmbeddedAddon(): unknown {
  // The raw asset: read in place (no copy). Last resort for the copy: the
  // binary's own directory, on an exec-able mount since it
  // was exec'd from there (writable only for some callers, root mostly).
  const copy = unlinkedCopy(new Uint8Array(getRawAsset(FFI_ADDON) as ArrayBuffer), [...tmpDirs(), dirname(process.execPath)]);
  if (!('fd' in copy)) {
    throw new HutchError(
      `cannot load ffi-rs: no writable directory on an exec-able mount can hold a copy of its addon (${copy.tried.join('; ') || 'none to try'}); ` +
        'set TMPDIR to a directory on an exec-able filesystem',
      { code: 'system' },
    );
  }
  try {
    const module = { exports: {} };
    process.dlopen(module, `/proc/self/fd/${copy.fd}`);
    return module.exports;
  } finally {
    closeSync(copy.fd);
  }
}
