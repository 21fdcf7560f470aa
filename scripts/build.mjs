#!/usr/bin/env node
// Builds dist/: the CLI as one executable file (dist/hutch, see
// build-sea.mjs), the library (dist/index.mjs, chunks in dist/lib) and the
// plan interpreter blobs the library reads (dist/native).
//
// The library is ESM with code splitting: its caller pays the loading once,
// and ffi-rs (a native addon) is loaded from node_modules at run time.
import { build } from 'esbuild';
import { cpSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { buildSea } from './build-sea.mjs';

const root = new URL('..', import.meta.url).pathname;
// Build next to dist/ and swap it in, so a CLI running meanwhile (tests,
// benchmarks) never finds a half-written dist/.
const out = `${root}dist.${process.pid}`;
const started = Date.now();
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/native`, { recursive: true });
try {
  await build({
    entryPoints: { index: `${root}lib/index.ts` },
    outdir: out,
    chunkNames: 'lib/[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outExtension: { '.js': '.mjs' },
    external: ['ffi-rs'],
    banner: { js: "import { createRequire as __hutchRequire } from 'node:module'; const require = __hutchRequire(import.meta.url);" },
    logLevel: 'warning',
  });
  for (const arch of ['x86_64', 'aarch64']) cpSync(`${root}lib/native/interp-${arch}.bin`, `${out}/native/interp-${arch}.bin`);
  const sea = `${out}/.sea`;
  renameSync(await buildSea(root, sea), `${out}/hutch`);
  rmSync(sea, { recursive: true });
} catch (err) {
  rmSync(out, { recursive: true, force: true });
  console.error(`build failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
const old = `${root}dist.old.${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(out, `${root}dist`);
rmSync(old, { recursive: true, force: true });
console.log(`built dist/hutch and dist/index.mjs in ${((Date.now() - started) / 1000).toFixed(1)} s`);
