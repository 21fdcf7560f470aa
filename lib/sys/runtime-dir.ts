import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The directory hutch runs from: dist/ for the built CLI (the launcher sets
 * HUTCH_DIST_DIR, which the start-up snapshot needs: it has no module URL),
 * or this source directory under vitest.
 */
export function runtimeDir(): string {
  if (process.env.HUTCH_DIST_DIR) return resolve(process.env.HUTCH_DIST_DIR);
  const url = (import.meta as { url?: string }).url;
  return url ? dirname(fileURLToPath(url)) : process.cwd();
}
