/**
 * After a clean Delete the shim leaves its answer to the delete action in
 * the bundle: containerd runs that action after every shim connection
 * closes, even when there is nothing left to clean, and waits for it. With
 * the answer there, the action prints it without loading anything else
 * (the bundle, marker included, is removed by containerd right after).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const MARKER = 'hutch-deleted';

/** The encoded DeleteResponse the delete action is to print. */
export function writeDeleteMarker(bundle: string, response: Uint8Array): void {
  writeFileSync(join(bundle, MARKER), response);
}

export function readDeleteMarker(bundle: string): Buffer | undefined {
  try {
    return readFileSync(join(bundle, MARKER));
  } catch {
    return undefined;
  }
}
