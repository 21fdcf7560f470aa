/**
 * The entry point of dist/hutch, a Node single executable application
 * whose V8 start-up snapshot holds the CLI already loaded and warmed.
 *
 * scripts/build-sea.mjs bundles this file (with everything it reaches) into one
 * script; `node --experimental-sea-config` runs that script once to build
 * the snapshot: the warm-up (warm-up.ts) drives the CLI over every verb,
 * every per-process value it computed is forgotten (sys/per-process.ts),
 * and the heap is saved. Each start of dist/hutch then resumes in start(),
 * which connects what only a live process can have (the embedded files,
 * the FFI addon) and runs the command line.
 */
import { getAsset } from 'node:sea';
import v8 from 'node:v8';
import { runCli } from '../cli/entry.js';
import { useEmbeddedFiles } from '../sys/embedded.js';
import { useFfiLoader, type Ffi } from '../sys/ffi.js';
import { forgetPerProcessValues } from '../sys/per-process.js';
import { warmUp } from './warm-up.js';
import { InternalError } from '../errors.js';

if (!v8.startupSnapshot.isBuildingSnapshot()) {
  throw new InternalError('lib/sea/main.ts is the snapshot entry of dist/hutch: build it with scripts/build.mjs');
}

function start(): void {
  useEmbeddedFiles((name) => {
    try {
      return getAsset(name);
    } catch {
      return undefined; // not embedded: the caller says what is missing
    }
  });
  // Bundled with the binary; its native part comes from loadEmbeddedAddon()
  // (scripts/build.mjs points the addon's package at lib/sea/ffi-addon.ts).
  useFfiLoader(() => require('ffi-rs') as Ffi);
  runCli(process.argv.slice(2));
}

v8.startupSnapshot.setDeserializeMainFunction(start);
v8.startupSnapshot.addSerializeCallback(forgetPerProcessValues);
warmUp().catch((err: unknown) => {
  process.stderr.write(`hutch snapshot build: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
