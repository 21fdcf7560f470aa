#!/usr/bin/env node
// Builds dist/: the CLI (dist/hutch.cjs and its lazy chunks in dist/chunks),
// the library (dist/index.mjs, chunks in dist/lib) and the plan interpreter
// blobs (dist/native).
//
// The CLI is bundled as ES modules with code splitting, so a command loads
// only what it needs, and then each file is converted to CommonJS. Node's
// ESM loader costs 20-30 ms of every CLI call here (asynchronous resolution,
// a facade for every builtin imported); require() of the same chunks does
// not. The library stays ESM: its caller pays the loading once.
import { build, transformSync } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
// Build next to dist/ and swap it in, so a CLI running meanwhile (tests,
// benchmarks) never finds a half-written dist/.
const out = `${root}dist.${process.pid}`;
const esm = `${out}/esm`;
rmSync(out, { recursive: true, force: true });
mkdirSync(`${out}/native`, { recursive: true });

const BANNER = "import { createRequire as __hutchRequire } from 'node:module'; const require = __hutchRequire(import.meta.url);";
const common = {
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.mjs' },
  // ffi-rs is a native addon: load it from node_modules at run time.
  external: ['ffi-rs'],
  banner: { js: BANNER },
  logLevel: 'warning',
};
await build({ ...common, entryPoints: { hutch: `${root}lib/cli/entry.ts` }, outdir: esm, chunkNames: 'chunks/[name]-[hash]' });
await build({ ...common, entryPoints: { index: `${root}lib/index.ts` }, outdir: out, chunkNames: 'lib/[name]-[hash]' });

// ESM chunks → CommonJS, file by file; imports between them become require().
mkdirSync(`${out}/chunks`);
for (const file of ['hutch.mjs', ...readdirSync(`${esm}/chunks`).map((f) => `chunks/${f}`)]) {
  const code = readFileSync(`${esm}/${file}`, 'utf8')
    .replace(BANNER, '')
    .replace(/(["'])(\.\.?\/[\w./-]+?)\.mjs\1/g, '$1$2.cjs$1');
  // import.meta.url (yargs uses it) becomes this file's URL.
  const meta = code.includes('import.meta') ? { define: { 'import.meta.url': '__hutchModuleUrl' }, banner: "const __hutchModuleUrl = require('node:url').pathToFileURL(__filename).href;" } : {};
  const cjs = transformSync(code, { format: 'cjs', platform: 'node', target: 'node20', loader: 'js', supported: { 'dynamic-import': false }, ...meta }).code;
  writeFileSync(`${out}/${file.replace(/\.mjs$/, '.cjs')}`, cjs);
}
rmSync(esm, { recursive: true });

for (const arch of ['x86_64', 'aarch64']) cpSync(`${root}lib/native/interp-${arch}.bin`, `${out}/native/interp-${arch}.bin`);
const old = `${root}dist.old.${process.pid}`;
if (existsSync(`${root}dist`)) renameSync(`${root}dist`, old);
renameSync(out, `${root}dist`);
rmSync(old, { recursive: true, force: true });
console.log('built dist/hutch.cjs');
