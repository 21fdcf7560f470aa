import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory hutch runs from: dist/ for the built CLI (the launcher sets
 * HUTCH_DIST_DIR), the directory of this chunk otherwise (dist/chunks for
 * the CommonJS CLI, dist/lib for the library), or this source directory
 * under vitest. native.ts and ffi-rs are looked up from there.
 */
export function runtimeDir(): string {
  if (process.env.HUTCH_DIST_DIR) return resolve(process.env.HUTCH_DIST_DIR);
  if (typeof __dirname === 'string') return __dirname;
  const url = (import.meta as { url?: string }).url;
  return url ? dirname(fileURLToPath(url)) : process.cwd();
}
