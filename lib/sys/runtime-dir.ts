import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory of the running code, where ffi-rs (through node_modules)
 * and the plan interpreter's blobs (native/) are looked up: dist/lib for
 * the library, this source directory under vitest. The single binary embeds
 * both (sys/embedded.ts, sys/ffi.ts) and looks up nothing here.
 */
export function runtimeDir(): string {
  const url = (import.meta as { url?: string }).url;
  return url ? dirname(fileURLToPath(url)) : process.cwd();
}
