#!/usr/bin/env node
// Bundles the CLI into dist/hutch.mjs (one file: fast start-up) and copies
// the plan interpreter blobs next to it. Dynamic imports become separate
// chunks, so a command loads only what it needs.
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
rmSync(`${root}dist`, { recursive: true, force: true });
mkdirSync(`${root}dist/native`, { recursive: true });

await build({
  entryPoints: { hutch: `${root}lib/cli/entry.ts`, index: `${root}lib/index.ts` },
  outdir: `${root}dist`,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  chunkNames: 'chunks/[name]-[hash]',
  // ffi-rs is a native addon: load it from node_modules at run time.
  external: ['ffi-rs'],
  banner: { js: "import { createRequire as __hutchRequire } from 'node:module'; const require = __hutchRequire(import.meta.url);" },
  logLevel: 'warning',
});
for (const arch of ['x86_64', 'aarch64']) cpSync(`${root}lib/native/interp-${arch}.bin`, `${root}dist/native/interp-${arch}.bin`);
console.log('built dist/hutch.mjs');
