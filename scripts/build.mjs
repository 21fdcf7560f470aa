#!/usr/bin/env node
// Bundles the CLI into dist/hutch.mjs (one file: fast start-up) and copies
// the plan interpreter blobs next to it. Dynamic imports become separate
// chunks, so a command loads only what it needs.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
// Build next to dist/ and swap it in, so a CLI running meanwhile (tests,
// benchmarks) never finds a half-written dist/.
const out = `${root}dist.${process.pid}`;
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/native`, { recursive: true });

// The CLI and the library are built separately: sharing chunks between them
// splits the CLI's hot path into more files, and each file costs the ESM
// loader a resolve, a read and a compile on every call.
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // ffi-rs is a native addon: load it from node_modules at run time.
  external: ['ffi-rs'],
  banner: { js: "import { createRequire as __hutchRequire } from 'node:module'; const require = __hutchRequire(import.meta.url);" },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { hutch: `${root}lib/cli/entry.ts` }, outdir: out, chunkNames: 'chunks/[name]-[hash]' });
await build({ ...common, entryPoints: { index: `${root}lib/index.ts` }, outdir: out, chunkNames: 'lib/[name]-[hash]' });
for (const arch of ['x86_64', 'aarch64']) cpSync(`${root}lib/native/interp-${arch}.bin`, `${out}/native/interp-${arch}.bin`);
const old = `${root}dist.old.${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(out, `${root}dist`);
rmSync(old, { recursive: true, force: true });
console.log('built dist/hutch.mjs');
