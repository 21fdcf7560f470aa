// Builds dist/hutch: the CLI as one executable file, a Node single executable
// application (SEA) whose V8 start-up snapshot holds the CLI loaded and warmed.
//
//   1. esbuild bundles lib/sea/main.ts and everything it reaches into one
//      CommonJS script (a snapshot is taken of one script; there is no module
//      loader inside it). ffi-rs is bundled too, with its native addon's
//      package pointed at lib/sea/ffi-addon.ts, which loads the addon from
//      the copy embedded in the binary.
//   2. `node --experimental-sea-config` runs that script once (the warm-up,
//      lib/sea/warm-up.ts) and writes the preparation blob: the snapshot plus
//      the assets (the plan interpreter for this machine, ffi-rs's addon).
//   3. A copy of this node binary, stripped, gets the blob injected (postject)
//      and NODE_EXTRA_CA_CERTS and NODE_OPTIONS patched out (see patchOutEnvNames).
//
// A binary is built for the machine it is built on: the node that runs this
// script, its architecture's addon and interpreter.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inject } from 'postject';

// Node's fixed sentinel: postject flips it to say "this binary carries a blob".
const SEA_FUSE = 'NODE_SEA_FUSE_fce680ab2cc467b6e072b8b5df1996b2';
// Asset names: lib/sea/ffi-addon.ts (FFI_ADDON) and lib/runner/native.ts (blobName) read them.
const FFI_ADDON = 'ffi-rs.node';
// Packages kept out of the snapshot (lib/sea/cold.ts), with the functions
// hutch imports from them, and their bundle's asset name.
const COLD_PACKAGES = { yargs: ['default'], execa: ['execa'] };
const COLD_ASSET = 'cold.cjs';
const ARCH = { x64: { interp: 'x86_64', addon: 'linux-x64-gnu' }, arm64: { interp: 'aarch64', addon: 'linux-arm64-gnu' } }[process.arch];

/** Builds `${work}/hutch` from the sources under `root`; returns its path. */
export async function buildSea(root, work) {
  if (!ARCH) throw new Error(`dist/hutch: no build for ${process.arch} (x64 and arm64 only)`);
  checkNode();
  mkdirSync(work, { recursive: true });
  const script = join(work, 'hutch.cjs');
  await bundle(root, script);
  const blob = join(work, 'sea.blob');
  snapshot(root, work, script, blob);
  const exe = join(work, 'hutch');
  copyFileSync(process.execPath, exe);
  chmodSync(exe, 0o755);
  strip(exe);
  await quietly(() => inject(exe, 'NODE_SEA_BLOB', readFileSync(blob), { sentinelFuse: SEA_FUSE }));
  patchOutEnvNames(exe);
  return exe;
}

/**
 * postject's ELF library warns about node's many note sections ("Can't find
 * string offset for section name '.note.100'"), harmlessly: its console
 * output is shown only if the injection fails.
 */
async function quietly(fn) {
  const said = [];
  const saved = { log: console.log, warn: console.warn, error: console.error };
  console.log = console.warn = console.error = (...args) => said.push(args.join(' '));
  try {
    return await fn();
  } catch (err) {
    saved.error(said.join('\n'));
    throw err;
  } finally {
    Object.assign(console, saved);
  }
}

function checkNode() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  // useSnapshot came in 20.6, SEA assets in 20.12.
  if (major < 20 || (major === 20 && minor < 12)) {
    throw new Error(`dist/hutch needs Node >= 20.12 to build (single executable with a snapshot and assets); this is ${process.version}`);
  }
}

async function bundle(root, outfile) {
  const common = {
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    // yargs reads import.meta.url when it loads (after start, never in the
    // warm-up): the binary's own path, read then.
    define: { 'import.meta.url': 'globalThis.__hutchExecutableUrl' },
    banner: {
      js: "Object.defineProperty(globalThis, '__hutchExecutableUrl', { configurable: true, get: () => require('node:url').pathToFileURL(process.execPath).href });",
    },
    // No ESM loader in a snapshot: import() of a builtin becomes require().
    supported: { 'dynamic-import': false },
    // Every byte of the script is in the snapshot, paid at every start;
    // function names stay (stack traces of internal errors).
    minify: true,
    keepNames: true,
    logLevel: 'warning',
  };
  const addon = {
    name: 'hutch-embedded-ffi-addon',
    setup(b) {
      // ffi-rs/index.js requires its platform package (or a .node file next
      // to it): both become the embedded copy's loader.
      b.onResolve({ filter: /^@yuuang\/ffi-rs-|^\.\/ffi-rs\..*\.node$/ }, () => ({ path: 'ffi-addon', namespace: 'hutch' }));
      b.onLoad({ filter: /.*/, namespace: 'hutch' }, () => ({
        contents: `module.exports = require(${JSON.stringify(join(root, 'lib/sea/ffi-addon.ts'))}).loadEmbeddedAddon();`,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
  // The cold packages (lib/sea/cold.ts): an import of one resolves to a
  // module whose functions load cold.cjs when first called.
  const cold = {
    name: 'hutch-cold-packages',
    setup(b) {
      b.onResolve({ filter: new RegExp(`^(${Object.keys(COLD_PACKAGES).join('|')})$`) }, (args) => ({
        path: args.path,
        namespace: 'hutch-cold',
      }));
      b.onLoad({ filter: /.*/, namespace: 'hutch-cold' }, (args) => ({
        contents: [
          `import { coldModule } from ${JSON.stringify(join(root, 'lib/sea/cold.ts'))};`,
          ...COLD_PACKAGES[args.path].map(
            (name) =>
              `export ${name === 'default' ? 'default' : `const ${name} =`} (...args) => coldModule(${JSON.stringify(args.path)}).${name}(...args);`,
          ),
        ].join('\n'),
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
  await build({
    // Each package as an import sees it (its namespace: default and named exports).
    stdin: {
      contents: Object.keys(COLD_PACKAGES)
        .map((p) => `export * as ${p} from ${JSON.stringify(p)};`)
        .join('\n'),
      resolveDir: root,
      loader: 'js',
    },
    outfile: join(dirname(outfile), COLD_ASSET),
    ...common,
  });
  await build({
    entryPoints: [join(root, 'lib/sea/main.ts')],
    outfile,
    ...common,
    plugins: [addon, cold],
  });
}

/**
 * Runs the bundle once under `node --experimental-sea-config` to take the
 * snapshot. The warm-up's own output (the CLI's) is shown only when the
 * build fails; it runs with a clean environment, so nothing of the build
 * machine's (DEBUG, HUTCH_TIMING, TMPDIR...) shapes what is saved.
 */
function snapshot(root, work, script, blob) {
  const interp = join(root, 'lib/native', `interp-${ARCH.interp}.bin`);
  const ffiDir = join(root, 'node_modules/ffi-rs/');
  const addon = createRequire(ffiDir).resolve(`@yuuang/ffi-rs-${ARCH.addon}`);
  const config = join(work, 'sea-config.json');
  writeFileSync(
    config,
    JSON.stringify({
      main: script,
      output: blob,
      useSnapshot: true,
      disableExperimentalSEAWarning: true,
      assets: { [`interp-${ARCH.interp}.bin`]: interp, [FFI_ADDON]: addon, [COLD_ASSET]: join(work, COLD_ASSET) },
    }),
  );
  // Output to a file, not a pipe: process.stdout on a pipe is a libuv
  // handle, which would end up in the heap and cannot be snapshotted.
  const log = join(work, 'snapshot.log');
  const out = openSync(log, 'w');
  const r = spawnSync(process.execPath, ['--experimental-sea-config', config], {
    cwd: work,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin' },
    stdio: ['ignore', out, out],
  });
  closeSync(out);
  if (r.status !== 0 || !existsSync(blob)) {
    const tail = readFileSync(log, 'utf8').trimEnd().split('\n').slice(-60).join('\n');
    throw new Error(
      `snapshot build failed (${r.error?.message ?? `exit ${r.status}${r.signal ? `, ${r.signal}` : ''}`}); its output ends:\n${tail}`,
    );
  }
}

/** Symbols and debug sections are an eighth of node's size; the binary needs neither. */
function strip(exe) {
  const r = spawnSync('strip', ['--strip-all', exe], { encoding: 'utf8' });
  if (r.error?.code === 'ENOENT') return; // no binutils: an unstripped binary works the same
  if (r.status !== 0) throw new Error(`strip ${exe}: ${r.stderr || r.error?.message}`);
}

/**
 * Environment variables node reads in C++ before any JavaScript runs, which
 * hutch must not obey:
 * - NODE_EXTRA_CA_CERTS: when set, node builds its whole root certificate
 *   store at start-up, ~40 ms of every call on a machine that sets it; hutch
 *   makes no TLS connections, and a snapshot cannot be told to skip it.
 * - NODE_OPTIONS: any V8 flag there (a global --max-old-space-size is
 *   common) changes V8's configuration, and the start-up snapshot then
 *   refuses to load ("Invalid snapshot data", exit 14): hutch would not run
 *   at all. Its other options (--require, --import) would run code of the
 *   environment's choosing inside a root runtime. runc and crun read
 *   neither.
 * So each name is removed from the copy of node: its first byte becomes
 * NUL, the name an empty string, and getenv("") finds nothing (glibc
 * returns NULL for it).
 *
 * Only the C string node.cc passes to getenv is patched: node's help text
 * and its built-in snapshot also hold the names, and neither reads the
 * environment. Exactly one match per name is required, so that a Node laid
 * out differently fails the build instead of going unpatched; the tests
 * check that dist/hutch ignores both variables.
 */
const IGNORED_ENV = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];

function patchOutEnvNames(exe) {
  const elf = readFileSync(exe);
  const rodata = elfSection(elf, '.rodata');
  // In a table of C strings the NUL before the name ends the previous string
  // (text); node's built-in snapshot, also in .rodata, has a length before it.
  const text = (byte) => (byte >= 0x20 && byte < 0x7f) || (byte >= 0x09 && byte <= 0x0d);
  for (const env of IGNORED_ENV) {
    const name = Buffer.from(`\0${env}\0`);
    const hits = [];
    for (
      let at = elf.indexOf(name, rodata.offset);
      at >= 0 && at + name.length <= rodata.offset + rodata.size;
      at = elf.indexOf(name, at + 1)
    ) {
      if (text(elf[at - 1])) hits.push(at);
    }
    if (hits.length !== 1) throw new Error(`${exe}: expected one ${env} C string in .rodata, found ${hits.length}`);
    elf[hits[0] + 1] = 0;
  }
  writeFileSync(exe, elf);
}

/** File offset and size of an ELF64 little-endian section, by name. */
function elfSection(elf, wanted) {
  if (elf.readUInt32BE(0) !== 0x7f454c46 || elf[4] !== 2 || elf[5] !== 1) throw new Error('not a 64-bit little-endian ELF file');
  const shoff = Number(elf.readBigUInt64LE(0x28));
  const shentsize = elf.readUInt16LE(0x3a);
  const shnum = elf.readUInt16LE(0x3c);
  const shstrndx = elf.readUInt16LE(0x3e);
  const header = (i) => {
    const at = shoff + i * shentsize;
    return { name: elf.readUInt32LE(at), offset: Number(elf.readBigUInt64LE(at + 0x18)), size: Number(elf.readBigUInt64LE(at + 0x20)) };
  };
  const names = header(shstrndx);
  for (let i = 0; i < shnum; i++) {
    const h = header(i);
    const start = names.offset + h.name;
    if (elf.toString('latin1', start, elf.indexOf(0, start)) === wanted) return h;
  }
  throw new Error(`no ${wanted} section`);
}
