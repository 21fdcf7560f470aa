#!/usr/bin/env -S npx tsx
/**
 * hutch sandbox against bubblewrap, side by side in one run (issue #21's
 * targets), medians. Separate from scripts/bench until that is rewritten in
 * TypeScript (branch `sea`); run after a build:
 *
 *   npx tsx scripts/bench-sandbox.ts [--rounds N] [--lib N] [--user NAME] [--json]
 *
 * Rows, as root and (with --user, or hutchtest when root) as that user:
 * - CLI: `hutch sandbox -- true` vs `node -e 0` + `bwrap --ro-bind / / --dev
 *   /dev --proc /proc --tmpfs /tmp --unshare-all --die-with-parent true`,
 *   alternating in every round (the order flips each round), wall clock of
 *   the process as this driver sees it; target: hutch <= 1.3 x the sum.
 * - library: `sandbox(['true'])` from one Node process, sequentially (the
 *   median call, and calls per second over the whole loop), and with 8 and
 *   32 at once; target: >= 100 per second sequentially.
 *
 * Node's start-up is measured as bin/hutch runs it: without
 * NODE_EXTRA_CA_CERTS (which costs ~40 ms of CA parsing here).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, chownSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const HUTCH = join(REPO, 'bin', 'hutch');
const BWRAP = ['--ro-bind', '/', '/', '--dev', '/dev', '--proc', '/proc', '--tmpfs', '/tmp', '--unshare-all', '--die-with-parent', 'true'];

interface Options {
  rounds: number;
  lib: number;
  user: string | undefined;
  json: boolean;
}

function parse(argv: string[]): Options {
  const o: Options = { rounds: 30, lib: 300, user: process.geteuid?.() === 0 ? 'hutchtest' : undefined, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--lib') o.lib = Number(argv[++i]);
    else if (a === '--user') o.user = argv[++i];
    else if (a === '--no-rootless') o.user = undefined;
    else if (a === '--json') o.json = true;
    else throw new Error(`unknown option ${a}; see the comment at the top of ${process.argv[1]}`);
  }
  return o;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

interface Who {
  label: string;
  /** argv prefix that runs a command as this user with a clean environment. */
  prefix: string[];
  work: string;
}

function whoList(o: Options, work: (owner?: { uid: number; gid: number }) => string): Who[] {
  const env = ['env', '-i', `PATH=${dirname(process.execPath)}:/usr/bin:/bin`, 'LANG=C'];
  const list: Who[] = [];
  if (process.geteuid?.() === 0) list.push({ label: 'root', prefix: [...env, 'HOME=/root'], work: work() });
  else list.push({ label: 'user', prefix: [...env, `HOME=${process.env.HOME ?? '/'}`], work: work() });
  if (o.user && process.geteuid?.() === 0) {
    const pw = spawnSync('getent', ['passwd', o.user], { encoding: 'utf8' });
    if (pw.status !== 0) spawnSync('useradd', ['-m', '-s', '/bin/sh', o.user]);
    const f = spawnSync('getent', ['passwd', o.user], { encoding: 'utf8' }).stdout.trim().split(':');
    const [uid, gid] = [Number(f[2]), Number(f[3])];
    list.push({ label: `rootless (${o.user})`, prefix: ['setpriv', `--reuid=${uid}`, `--regid=${gid}`, '--init-groups', '--', ...env, `HOME=${f[5]}`], work: work({ uid, gid }) });
  }
  return list;
}

function timeOnce(argv: string[], cwd: string): number {
  const t0 = performance.now();
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
  const dt = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${argv.join(' ')}: exit ${r.status}: ${r.stderr}`);
  return dt;
}

/** The CLI rows: every round runs all three, in an order that flips. */
function cli(who: Who, rounds: number) {
  const cmds = {
    hutch: [...who.prefix, HUTCH, 'sandbox', '--', 'true'],
    node: [...who.prefix, process.execPath, '-e', '0'],
    bwrap: [...who.prefix, 'bwrap', ...BWRAP],
    // Where the time goes: Node with the FFI addon loaded (the least any
    // hutch call that starts a process pays), and the sandbox's whole
    // JavaScript side without the kernel's part (--dry-run).
    ffi: [...who.prefix, process.execPath, '-e', `require(${JSON.stringify(join(REPO, 'node_modules', 'ffi-rs'))})`],
    dry: [...who.prefix, HUTCH, 'sandbox', '--dry-run', '--', 'true'],
  };
  const times: Record<keyof typeof cmds, number[]> = { hutch: [], node: [], bwrap: [], ffi: [], dry: [] };
  const names = Object.keys(cmds) as (keyof typeof cmds)[];
  for (let i = 0; i < rounds + 3; i++) {
    const order = i % 2 ? [...names].reverse() : names;
    for (const n of order) {
      const t = timeOnce(cmds[n], who.work);
      if (i >= 3) times[n].push(t);
    }
  }
  const m = { hutch: median(times.hutch), node: median(times.node), bwrap: median(times.bwrap), ffi: median(times.ffi), dry: median(times.dry) };
  return { ...m, ratio: m.hutch / (m.node + m.bwrap) };
}

/** The library rows, in a Node process of their own (as the user, for rootless). */
function library(who: Who, n: number) {
  const js = `
    import { sandbox } from ${JSON.stringify(join(REPO, 'dist', 'index.mjs'))};
    for (let i = 0; i < 20; i++) await sandbox(['true']);
    const each = [];
    const t0 = performance.now();
    for (let i = 0; i < ${n}; i++) { const t = performance.now(); await sandbox(['true']); each.push(performance.now() - t); }
    const seqTotal = performance.now() - t0;
    const par = {};
    for (const k of [8, 32]) {
      const t = performance.now();
      let left = ${n};
      await Promise.all(Array.from({ length: k }, async () => { while (left-- > 0) await sandbox(['true']); }));
      par[k] = ${n} / ((performance.now() - t) / 1000);
    }
    console.log(JSON.stringify({ each, seqTotal, par }));`;
  const r = spawnSync(who.prefix[0]!, [...who.prefix.slice(1), process.execPath, '--input-type=module', '-e', js], { cwd: who.work, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`library bench failed: ${r.stderr}`);
  const out = JSON.parse(r.stdout) as { each: number[]; seqTotal: number; par: Record<string, number> };
  return { medianMs: median(out.each), perSecond: n / (out.seqTotal / 1000), with8: out.par['8']!, with32: out.par['32']! };
}

const o = parse(process.argv.slice(2));
const base = mkdtempSync(join(tmpdir(), 'hutch-bench-sandbox-'));
chmodSync(base, 0o755);
let k = 0;
const work = (owner?: { uid: number; gid: number }) => {
  const d = mkdtempSync(join(base, `w${k++}-`));
  chmodSync(d, 0o755);
  if (owner) chownSync(d, owner.uid, owner.gid);
  return d;
};
try {
  const results = whoList(o, work).map((who) => ({ who: who.label, cli: cli(who, o.rounds), library: library(who, o.lib) }));
  if (o.json) console.log(JSON.stringify(results, null, 2));
  else {
    for (const r of results) {
      const c = r.cli;
      const l = r.library;
      console.log(`${r.who}:`);
      console.log(`  hutch sandbox -- true        ${c.hutch.toFixed(1)} ms   (node -e 0 ${c.node.toFixed(1)} ms + bwrap ${c.bwrap.toFixed(1)} ms = ${(c.node + c.bwrap).toFixed(1)} ms)   ratio ${c.ratio.toFixed(2)} (target <= 1.3)`);
      console.log(`    where it goes: node + ffi-rs loaded ${c.ffi.toFixed(1)} ms; hutch sandbox --dry-run (all of hutch's JavaScript, no kernel work) ${c.dry.toFixed(1)} ms`);
      console.log(`  library sandbox(['true'])    ${l.perSecond.toFixed(0)}/s sequential (median call ${l.medianMs.toFixed(2)} ms), ${l.with8.toFixed(0)}/s with 8 at once, ${l.with32.toFixed(0)}/s with 32 (target >= 100/s sequential)`);
    }
    console.log(`medians of ${o.rounds} alternating rounds; library: ${o.lib} sandboxes per row`);
  }
} finally {
  rmSync(base, { recursive: true, force: true });
}
