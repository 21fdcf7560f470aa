#!/usr/bin/env node
// hutch vs runc (and crun where it can run), side by side.
//
// Every measurement alternates the runtimes inside each round (the order flips
// every round), on the same bundle, each runtime with its own --root. Times are
// wall-clock of the CLI process as seen by this driver (spawnSync; the same
// driver overhead for every runtime). Medians are printed with the hutch/runc
// ratio and the targets of the performance issue.
//
// Run as root for the full set (root and rootless); as a normal user only the
// rootless measurements run (as that user).
//
// This file imports nothing from lib/: the runtimes are run as processes.

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');

const USAGE = `usage: scripts/bench [options]

Runs hutch and runc side by side (alternating, same bundles) and prints medians
in ms with the hutch/runc ratio and the issue's targets.

  --rounds N          measured rounds per measurement (default 5)
  --warmup N          unmeasured rounds before them (default 1)
  --populations LIST  state/list population sizes (default 1,100)
  --full              --populations 1,100,1000 and --rounds 10
  --parallel N        concurrent creates/deletes when populating (default 8)
  --only LIST         sections to run, comma separated, from:
                      baseline,run,lifecycle,exec,state,memory,peak
                      (default: all)
  --skip LIST         sections to leave out
  --no-rootless       only the root measurements
  --user NAME         unprivileged user for rootless runs (default hutchtest;
                      created with useradd when missing and running as root)
  --timeout SEC       per-command timeout (default 60)
  --hutch PATH        hutch CLI (default: <repo>/bin/hutch, run from a copy
                      of bin/ and dist/ taken at start, so that a rebuild
                      during the bench cannot break it)
  --no-snapshot       run <repo>/bin/hutch in place instead of the copy
  --runc PATH         runc (default: runc on PATH)
  --crun PATH         crun (default: crun on PATH; skipped when it cannot run)
  --json              print the results as JSON on stdout (progress on stderr)
  --check             exit 1 when a target is missed
  --keep              keep the work directory (for debugging)
  --quiet             no progress on stderr
  -h, --help          this text

Exit status: 0 when every section ran (targets only count with --check),
1 when a target was missed under --check, 2 when a section failed.`;

// ---------------------------------------------------------------- options

function parseArgs(argv) {
	const o = {
		rounds: 5, warmup: 1, populations: [1, 100], parallel: 8, only: null, skip: [],
		rootless: true, snapshot: true, user: 'hutchtest', timeout: 60, hutch: path.join(REPO, 'bin/hutch'),
		runc: null, crun: null, json: false, check: false, keep: false, quiet: false,
	};
	let full = false, roundsSet = false;
	const need = (i, name) => {
		if (i + 1 >= argv.length) die(`${name} needs a value`);
		return argv[i + 1];
	};
	const int = (v, name, min = 0) => {
		const n = Number(v);
		if (!Number.isInteger(n) || n < min) die(`${name}: not an integer >= ${min}: ${v}`);
		return n;
	};
	for (let i = 0; i < argv.length; i++) {
		let a = argv[i];
		let val;
		const eq = a.indexOf('=');
		if (a.startsWith('--') && eq > 0) { val = a.slice(eq + 1); a = a.slice(0, eq); argv.splice(i + 1, 0, val); }
		switch (a) {
			case '--rounds': o.rounds = int(need(i, a), a, 1); roundsSet = true; i++; break;
			case '--warmup': o.warmup = int(need(i, a), a, 0); i++; break;
			case '--populations':
				o.populations = need(i, a).split(',').filter(Boolean).map((s) => int(s, a, 1));
				i++; break;
			case '--full': full = true; break;
			case '--parallel': o.parallel = int(need(i, a), a, 1); i++; break;
			case '--only': o.only = need(i, a).split(',').filter(Boolean); i++; break;
			case '--skip': o.skip = need(i, a).split(',').filter(Boolean); i++; break;
			case '--no-rootless': o.rootless = false; break;
			case '--no-snapshot': o.snapshot = false; break;
			case '--user': o.user = need(i, a); i++; break;
			case '--timeout': o.timeout = int(need(i, a), a, 1); i++; break;
			case '--hutch': o.hutch = path.resolve(need(i, a)); o.snapshot = false; i++; break;
			case '--runc': o.runc = need(i, a); i++; break;
			case '--crun': o.crun = need(i, a); i++; break;
			case '--json': o.json = true; break;
			case '--check': o.check = true; break;
			case '--keep': o.keep = true; break;
			case '--quiet': o.quiet = true; break;
			case '-h': case '--help': process.stdout.write(USAGE + '\n'); process.exit(0);
			// falls through (exit)
			default: die(`unknown option: ${a}\n\n${USAGE}`);
		}
	}
	if (full) {
		o.populations = [...new Set([...o.populations, 1, 100, 1000])];
		if (!roundsSet) o.rounds = 10;
	}
	o.populations = [...new Set(o.populations)].sort((a, b) => a - b);
	const all = ['baseline', 'run', 'lifecycle', 'exec', 'state', 'memory', 'peak'];
	for (const s of [...(o.only || []), ...o.skip]) if (!all.includes(s)) die(`unknown section: ${s}`);
	o.sections = (o.only || all).filter((s) => !o.skip.includes(s));
	return o;
}

function die(msg) {
	process.stderr.write(`bench: ${msg}\n`);
	process.exit(2);
}

const OPT = parseArgs(process.argv.slice(2));
const log = (msg) => { if (!OPT.quiet) process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`); };

// ---------------------------------------------------------------- helpers

const median = (xs) => {
	if (!xs || xs.length === 0) return null;
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

function which(name) {
	if (name.includes('/')) return fs.existsSync(name) ? path.resolve(name) : null;
	for (const d of (process.env.PATH || '').split(':')) {
		if (!d) continue;
		const p = path.join(d, name);
		try { fs.accessSync(p, fs.constants.X_OK); if (fs.statSync(p).isFile()) return p; } catch { /* next */ }
	}
	return null;
}

let interrupted = null;
class Interrupted extends Error {}
class CmdError extends Error {}

const DEVNULL = fs.openSync('/dev/null', 'r+');
let W; // work directory
let seq = 0;
const PREFIX = `hb${process.pid.toString(36)}`; // unique per bench run; cgroups are named after ids

// A context is "who runs the runtimes": root, or the unprivileged user.
function ctxSpawnOpts(ctx) {
	const o = { env: ctx.env, cwd: ctx.work };
	if (ctx.setuid) { o.uid = ctx.uid; o.gid = ctx.gid; }
	return o;
}

function tail(file, n = 600) {
	try {
		const s = fs.readFileSync(file, 'utf8').trim();
		return s.length > n ? '…' + s.slice(-n) : s;
	} catch { return ''; }
}

// Run one command synchronously and time it. stdout goes to /dev/null or a
// file (never a pipe: a detached container would hold it open), stderr to a
// file that is shown when the command fails.
function sh(ctx, bin, args, { capture = false, allowFail = false, timeout = OPT.timeout, env } = {}) {
	if (interrupted) throw new Interrupted(interrupted);
	const outPath = path.join(W, 'cmd.out'), errPath = path.join(W, 'cmd.err');
	const out = capture ? fs.openSync(outPath, 'w') : DEVNULL;
	const err = fs.openSync(errPath, 'w');
	const opts = { ...ctxSpawnOpts(ctx), stdio: ['ignore', out, err], timeout: timeout * 1000, killSignal: 'SIGKILL' };
	if (env) opts.env = env;
	const t0 = process.hrtime.bigint();
	const r = spawnSync(bin, args, opts);
	const ms = Number(process.hrtime.bigint() - t0) / 1e6;
	if (capture) fs.closeSync(out);
	fs.closeSync(err);
	const res = { ms, code: r.status, signal: r.signal, stdout: capture ? fs.readFileSync(outPath, 'utf8') : '' };
	if (r.error || r.status !== 0) {
		res.stderr = tail(errPath);
		if (!allowFail) {
			const why = r.error?.code === 'ETIMEDOUT' ? `timed out after ${timeout}s`
				: r.error ? r.error.message : r.signal ? `killed by ${r.signal}` : `exit ${r.status}`;
			const lines = res.stderr.split('\n').filter((l) => l.trim());
			const real = lines.filter((l) => !/^\S+: warning:/.test(l));
			const last = (real.length ? real : lines).slice(-2).join('\n');
			throw new CmdError(`${why}${last ? `: ${last}` : ''} [${ctx.name}: ${path.basename(bin)} ${args.join(' ')}]`);
		}
	}
	return res;
}

// The same, asynchronously (for populating many containers in parallel).
function shAsync(ctx, bin, args, { timeout = OPT.timeout } = {}) {
	return new Promise((resolve) => {
		const errPath = path.join(W, 'async-err', `${++seq}.err`);
		const err = fs.openSync(errPath, 'w');
		const t0 = process.hrtime.bigint();
		let child;
		try {
			child = spawn(bin, args, { ...ctxSpawnOpts(ctx), stdio: ['ignore', DEVNULL, err] });
		} catch (e) {
			fs.closeSync(err);
			resolve({ code: -1, stderr: e.message, ms: 0 });
			return;
		}
		const timer = setTimeout(() => { try { child.kill('SIGKILL'); } catch { /* gone */ } }, timeout * 1000);
		const done = (code, signal, error) => {
			clearTimeout(timer);
			fs.closeSync(err);
			const ms = Number(process.hrtime.bigint() - t0) / 1e6;
			const stderr = code === 0 ? '' : (error ? error.message + ' ' : '') + (signal ? `killed by ${signal} ` : '') + tail(errPath, 300);
			fs.rmSync(errPath, { force: true });
			resolve({ code: code ?? -1, signal, stderr, ms });
		};
		child.once('error', (e) => done(-1, null, e));
		child.once('exit', (code, signal) => done(code, signal));
	});
}

async function pool(items, n, fn) {
	const out = new Array(items.length);
	let next = 0;
	const worker = async () => {
		while (next < items.length) {
			const i = next++;
			out[i] = await fn(items[i], i);
		}
	};
	await Promise.all(Array.from({ length: Math.min(n, items.length) }, worker));
	return out;
}

function mkdirOwned(ctx, dir, mode = 0o755) {
	fs.mkdirSync(dir, { recursive: true, mode });
	fs.chmodSync(dir, mode);
	if (ctx.setuid) fs.chownSync(dir, ctx.uid, ctx.gid);
	return dir;
}

// ---------------------------------------------------------------- process memory

function procStatus(pid) {
	try {
		const s = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (k) => { const m = s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')); return m ? Number(m[1]) : null; };
		const ppid = Number((s.match(/^PPid:\s+(\d+)/m) || [])[1]);
		return { rssKb: kb('VmRSS'), ppid };
	} catch { return null; }
}

function smapsRollup(pid) {
	try {
		const s = fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
		const kb = (k) => { const m = s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')); return m ? Number(m[1]) : 0; };
		return { pssKb: kb('Pss'), privateKb: kb('Private_Clean') + kb('Private_Dirty'), anonKb: kb('Anonymous') };
	} catch { return null; }
}

function startTime(pid) {
	try {
		const s = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return s.slice(s.lastIndexOf(')') + 2).split(' ')[19];
	} catch { return null; }
}

function descendants(pid) {
	const kids = new Map();
	for (const d of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		const st = procStatus(d);
		if (!st) continue;
		if (!kids.has(st.ppid)) kids.set(st.ppid, []);
		kids.get(st.ppid).push(Number(d));
	}
	const out = [];
	const walk = (p) => { for (const c of kids.get(p) || []) { out.push(c); walk(c); } };
	walk(Number(pid));
	return out;
}

function memAvailableKb() {
	const m = fs.readFileSync('/proc/meminfo', 'utf8').match(/^MemAvailable:\s+(\d+) kB/m);
	return m ? Number(m[1]) : Infinity;
}

// ---------------------------------------------------------------- container registry and cleanup

// Every container this run may have left behind, by (context, runtime, root).
const registry = new Map();
function reg(ctx, rt, root) {
	const k = `${ctx.name}|${rt.name}|${root}`;
	if (!registry.has(k)) registry.set(k, { ctx, rt, root, ids: new Set() });
	return registry.get(k).ids;
}

async function deleteMany(ctx, rt, root, ids) {
	const failed = [];
	await pool([...ids], OPT.parallel, async (id) => {
		const r = await shAsync(ctx, rt.bin, ['--root', root, 'delete', '--force', id], { timeout: 60 });
		if (r.code === 0) reg(ctx, rt, root).delete(id);
		else if (!/not exist|does not exist|no such|not found/i.test(r.stderr)) failed.push(`${id}: ${r.stderr.split('\n')[0]}`);
		else reg(ctx, rt, root).delete(id);
	});
	return failed;
}

function listPids(ctx, rt, root) {
	try {
		const r = sh(ctx, rt.bin, ['--root', root, 'list', '--format', 'json'], { capture: true, allowFail: true, timeout: 120 });
		const arr = JSON.parse(r.stdout || 'null') || [];
		return arr.map((c) => ({ id: c.id, pid: c.pid })).filter((c) => c.id);
	} catch { return []; }
}

const warnings = [];
let cleaned = false;
async function cleanup() {
	if (cleaned) return;
	cleaned = true;
	const saved = interrupted;
	interrupted = null; // let sh() run during cleanup
	const leftovers = [];
	for (const { ctx, rt, root, ids } of registry.values()) {
		if (!fs.existsSync(root)) continue;
		const listed = listPids(ctx, rt, root);
		const pids = listed.filter((c) => c.pid > 0).map((c) => ({ pid: c.pid, start: startTime(c.pid) }));
		const all = new Set([...ids, ...listed.map((c) => c.id)]);
		if (all.size) {
			log(`cleanup: deleting ${all.size} ${rt.name} container(s) (${ctx.name})`);
			const failed = await deleteMany(ctx, rt, root, all);
			for (const f of failed) warnings.push(`cleanup ${rt.name} (${ctx.name}): delete failed: ${f}`);
		}
		for (const { pid, start } of pids) {
			if (start && startTime(pid) === start) {
				leftovers.push(`${rt.name} pid ${pid}`);
				try { process.kill(pid, 'SIGKILL'); } catch { /* gone */ }
			}
		}
	}
	// Processes that still belong to this run: their root (a container's
	// rootfs) or their command line (hutch's init keeps the CLI's) is under W.
	const strays = [];
	if (W) {
		for (const d of fs.readdirSync('/proc')) {
			if (!/^\d+$/.test(d) || Number(d) === process.pid) continue;
			let hit = false;
			try { hit = fs.readlinkSync(`/proc/${d}/root`).startsWith(W + '/'); } catch { /* not ours to read */ }
			if (!hit) {
				try { hit = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(W + '/'); } catch { /* gone */ }
			}
			if (hit) {
				let cmd = '?';
				try { cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').split('\0').filter(Boolean).slice(0, 3).join(' ').slice(0, 60) || '?'; } catch { /* gone */ }
				strays.push(`${d} (${cmd})`);
				try { process.kill(Number(d), 'SIGKILL'); } catch { /* gone */ }
			}
		}
	}
	if (strays.length) warnings.push(`cleanup: killed ${strays.length} process(es) still using the work directory after delete --force: ${strays.slice(0, 4).join(', ')}${strays.length > 4 ? ' …' : ''}`);
	if (leftovers.length) warnings.push(`cleanup: killed processes that survived delete --force: ${leftovers.join(', ')}`);
	// cgroups named after our container ids that a runtime left behind
	const stale = [];
	const walk = (dir, depth) => {
		let ents;
		try { ents = fs.readdirSync(dir, { withFileTypes: true }); } catch { return; }
		for (const e of ents) {
			if (!e.isDirectory()) continue;
			const p = path.join(dir, e.name);
			if (e.name.includes(PREFIX)) stale.push(p);
			else if (depth < 3) walk(p, depth + 1);
		}
	};
	walk('/sys/fs/cgroup', 0);
	if (stale.length) {
		// deepest first; rmdir only removes empty cgroups
		const rmd = [];
		for (const p of stale.sort((a, b) => b.length - a.length)) {
			try { fs.rmdirSync(p); rmd.push(p); } catch { /* busy or not ours to remove */ }
		}
		warnings.push(`cleanup: ${stale.length} cgroup dir(s) left behind by the runtimes (removed ${rmd.length}): ${stale.slice(0, 5).join(' ')}${stale.length > 5 ? ' …' : ''}`);
	}
	if (W && !OPT.keep) fs.rmSync(W, { recursive: true, force: true });
	else if (W) log(`work directory kept: ${W}`);
	interrupted = saved;
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
	process.on(sig, () => {
		if (interrupted) { process.stderr.write(`bench: second ${sig}, exiting; work dir ${W}\n`); process.exit(130); }
		interrupted = sig;
		log(`${sig}: stopping after the current command, then cleaning up`);
	});
}

// ---------------------------------------------------------------- results

const results = []; // rows
const errors = [];
const skipped = [];
let runtimes = [];

function addRow(row) { results.push(row); return row; }

function ratioOf(row) {
	const h = row.median.hutch, r = row.median.runc;
	return h != null && r ? h / r : null;
}

// Measure fn(rt, round) for every runtime, alternating the order each round.
// fn returns ms, or an object of named parts (ms) whose sum is the total.
function measure(section, label, fn, { rounds = OPT.rounds, warmup = OPT.warmup, target, unit = 'ms', rts = runtimes } = {}) {
	const samples = {}, parts = {}, failures = {};
	for (const rt of rts) { samples[rt.name] = []; parts[rt.name] = {}; failures[rt.name] = []; }
	// A failing command does not end the measurement unless it keeps failing
	// (more than half the rounds): its failures are reported with the row.
	const maxFailures = Math.min(3, Math.floor((rounds + warmup) / 2) + 1);
	const dropped = new Set();
	for (let i = -warmup; i < rounds; i++) {
		const order = (i + warmup) % 2 ? [...rts].reverse() : rts;
		for (const rt of order) {
			if (dropped.has(rt.name)) continue;
			let v;
			try { v = fn(rt, i); } catch (e) {
				if (!(e instanceof CmdError)) throw e;
				failures[rt.name].push(e.message);
				// keeps failing: measure the others without it
				if (failures[rt.name].length >= maxFailures) dropped.add(rt.name);
				continue;
			}
			if (i < 0) continue;
			if (typeof v === 'number') samples[rt.name].push(v);
			else {
				let sum = 0;
				for (const [k, x] of Object.entries(v)) { (parts[rt.name][k] ||= []).push(x); sum += x; }
				samples[rt.name].push(sum);
			}
		}
	}
	const row = { section, label, unit, samples, median: {}, target };
	for (const rt of rts) row.median[rt.name] = median(samples[rt.name]);
	for (const rt of rts) {
		const f = failures[rt.name];
		if (f.length) {
			row.failures = { ...row.failures, [rt.name]: f };
			if (dropped.has(rt.name)) {
				row.median[rt.name] = null;
				row.failed = [...(row.failed || []), rt.name];
				errors.push({ section: label, message: `${rt.name} failed ${f.length} times, not measured: ${f[0]}` });
			} else warnings.push(`${label}: ${rt.name} failed ${f.length} of ${rounds + warmup} times (those rounds left out); first: ${f[0]}`);
		}
	}
	row.ratio = ratioOf(row);
	const partNames = Object.keys(parts[rts[0].name] || {});
	if (partNames.length) {
		row.parts = partNames.map((k) => {
			const p = { label: `  ${k}`, median: {}, samples: {} };
			for (const rt of rts) { p.samples[rt.name] = parts[rt.name][k] || []; p.median[rt.name] = median(p.samples[rt.name]); }
			p.ratio = ratioOf(p);
			return p;
		});
	}
	judge(row);
	addRow(row);
	log(`  ${label}: ${rts.map((rt) => `${section === 'baseline' ? '' : rt.name + ' '}${fmt(row.median[rt.name], unit)}`).join(', ')}${row.ratio ? ` (${row.ratio.toFixed(2)}x)` : ''}`);
	return row;
}

function judge(row) {
	if (!row.target) return;
	if (row.target.ratio != null) row.ok = row.ratio != null && row.ratio <= row.target.ratio;
	if (row.target.max != null) row.ok = row.median.hutch != null && row.median.hutch <= row.target.max;
}

function fmt(v, unit) {
	if (v == null) return '-';
	if (unit === 'MB') return v.toFixed(2);
	return v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
}

// ---------------------------------------------------------------- setup

function makeRootfs(ctx, dir) {
	sh(ctxRootOrSelf(), 'sh', [path.join(REPO, 'scripts/make-rootfs.sh'), dir], { capture: true, timeout: 120 });
	if (ctx.setuid) sh(ctxRootOrSelf(), 'chown', ['-R', `${ctx.uid}:${ctx.gid}`, dir]);
	return dir;
}

let SELF; // the context of this process (root or the user running the bench)
const ctxRootOrSelf = () => SELF;

// A bundle from `runc spec` (`runc spec --rootless` run as the user for the
// rootless context), with process.args replaced, no terminal, and root.path
// pointing at the context's rootfs.
function makeBundle(ctx, name, args) {
	const dir = mkdirOwned(ctx, path.join(ctx.work, name));
	const runc = runtimes.find((r) => r.name === 'runc').bin;
	sh(ctx, runc, ['spec', ...(ctx.rootless ? ['--rootless'] : []), '--bundle', dir]);
	const file = path.join(dir, 'config.json');
	const cfg = JSON.parse(fs.readFileSync(file, 'utf8'));
	cfg.process.terminal = false;
	cfg.process.args = args;
	cfg.root.path = ctx.rootfs;
	fs.writeFileSync(file, JSON.stringify(cfg, null, '\t') + '\n');
	if (ctx.setuid) fs.chownSync(file, ctx.uid, ctx.gid);
	return dir;
}

function stateRoot(ctx, section, rt) {
	mkdirOwned(ctx, path.join(ctx.work, 'state', section), 0o755);
	return mkdirOwned(ctx, path.join(ctx.work, 'state', section, rt.name), 0o700);
}

function forceDelete(ctx, rt, root, id) {
	const r = sh(ctx, rt.bin, ['--root', root, 'delete', '--force', id], { allowFail: true });
	if (r.code === 0 || /not exist|no such|not found/i.test(r.stderr || '')) reg(ctx, rt, root).delete(id);
}

const newId = (rt, what) => `${PREFIX}${rt.tag}${what}${++seq}`;

function ensureUser(name) {
	let line = null;
	try { line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`)); } catch { /* none */ }
	if (!line) {
		log(`creating user ${name} (useradd -m)`);
		const r = spawnSync('useradd', ['-m', '-s', '/bin/sh', name], { stdio: ['ignore', 'ignore', 'pipe'] });
		if (r.status !== 0) throw new Error(`useradd ${name} failed: ${r.stderr}`);
		line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith(`${name}:`));
	}
	const [, , uid, gid, , home] = line.split(':');
	return { uid: Number(uid), gid: Number(gid), home };
}

function userEnv(name, u) {
	const env = {
		PATH: process.env.PATH || '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
		HOME: u.home, USER: name, LOGNAME: name, LANG: process.env.LANG || 'C.UTF-8',
	};
	// Same environment as root's for the CLIs (hutch's launcher drops it anyway).
	if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
	const xdg = `/run/user/${u.uid}`;
	if (fs.existsSync(xdg)) env.XDG_RUNTIME_DIR = xdg;
	return env;
}

function version(bin) {
	const r = spawnSync(bin, ['--version'], { encoding: 'utf8', timeout: 20000 });
	return (r.stdout || r.stderr || '').split('\n')[0].trim() || `(exit ${r.status})`;
}

// A private copy of the built CLI (bin/hutch, dist/, package.json; node_modules
// linked): other work on the repository may rebuild dist/ while we measure.
function snapshotHutch(dir) {
	const dist = path.join(REPO, 'dist');
	const refs = (f) => [...fs.readFileSync(f, 'utf8').matchAll(/["'](\.\.?\/(?:chunks\/)?[\w.-]+\.cjs)["']/g)].map((m) => path.resolve(path.dirname(f), m[1]));
	for (let attempt = 1; attempt <= 10; attempt++) {
		fs.rmSync(dir, { recursive: true, force: true });
		try {
			fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
			fs.copyFileSync(path.join(REPO, 'bin/hutch'), path.join(dir, 'bin/hutch'));
			fs.chmodSync(path.join(dir, 'bin/hutch'), 0o755);
			fs.cpSync(dist, path.join(dir, 'dist'), { recursive: true });
			fs.copyFileSync(path.join(REPO, 'package.json'), path.join(dir, 'package.json'));
			fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(dir, 'node_modules'));
			// consistent: every module a module names is there
			const mods = [path.join(dir, 'dist/hutch.cjs'), ...fs.readdirSync(path.join(dir, 'dist/chunks')).map((f) => path.join(dir, 'dist/chunks', f))];
			const missing = mods.flatMap(refs).filter((f) => !fs.existsSync(f));
			if (missing.length === 0 && fs.existsSync(path.join(dir, 'dist/native'))) {
				return { bin: path.join(dir, 'bin/hutch'), builtAt: fs.statSync(path.join(dist, 'hutch.cjs')).mtime.toISOString() };
			}
		} catch { /* dist changed under us: again */ }
		spawnSync('sleep', ['1']);
	}
	throw new Error(`could not take a consistent copy of ${dist} (is it being rebuilt?); try --no-snapshot`);
}

// ---------------------------------------------------------------- sections

function sectionBaseline(ctx) {
	const node = process.execPath;
	const noCa = { ...ctx.env };
	delete noCa.NODE_EXTRA_CA_CERTS;
	const rows = [];
	const one = (label, bin, args, opts = {}) => {
		const rt = { name: 'hutch', bin, tag: 'x' };
		const row = measure('baseline', label, () => sh(ctx, bin, args, opts).ms, { rts: [rt] });
		rows.push(row);
	};
	if (process.env.NODE_EXTRA_CA_CERTS) one('node -e 0 (NODE_EXTRA_CA_CERTS set)', node, ['-e', '0']);
	one('node -e 0 (NODE_EXTRA_CA_CERTS unset)', node, ['-e', '0'], { env: noCa });
	one(`node -e "import('ffi-rs')" (cwd repo)`, node, ['--input-type=module', '-e', `await import(${JSON.stringify(path.join(REPO, 'node_modules/ffi-rs/index.js'))})`], { env: noCa });
	const hutch = runtimes.find((r) => r.name === 'hutch').bin;
	one('hutch --version', hutch, ['--version']);
	const dist = path.join(path.dirname(fs.realpathSync(hutch)), '../dist/hutch.cjs');
	if (fs.existsSync(dist)) one('node dist/hutch.cjs --version (no launcher)', node, ['--disable-warning=ExperimentalWarning', dist, '--version'], { env: noCa });
	const root = stateRoot(ctx, 'baseline', { name: 'any' });
	one('hutch state <missing>', hutch, ['--root', root, 'state', `${PREFIX}missing`], { allowFail: true });
	one('hutch list (empty root)', hutch, ['--root', root, 'list']);
	const runc = runtimes.find((r) => r.name === 'runc').bin;
	one('runc --version', runc, ['--version']);
	one('runc state <missing>', runc, ['--root', root, 'state', `${PREFIX}missing`], { allowFail: true });
	one('sh -c true (spawn floor)', '/bin/sh', ['-c', 'true']);
}

function sectionRun(ctx, bundles) {
	const roots = Object.fromEntries(runtimes.map((rt) => [rt.name, stateRoot(ctx, 'run', rt)]));
	measure('run', `run true (${ctx.name})`, (rt) => {
		const id = newId(rt, 'run');
		const root = roots[rt.name];
		reg(ctx, rt, root).add(id);
		let r;
		try { r = sh(ctx, rt.bin, ['--root', root, 'run', '--bundle', bundles.true, id]); } catch (e) {
			forceDelete(ctx, rt, root, id);
			throw e;
		}
		reg(ctx, rt, root).delete(id);
		return r.ms;
	}, { target: { ratio: 1.0 } });
}

function sectionLifecycle(ctx, bundles) {
	const roots = Object.fromEntries(runtimes.map((rt) => [rt.name, stateRoot(ctx, 'lifecycle', rt)]));
	measure('lifecycle', `create+start+delete (${ctx.name})`, (rt) => {
		const id = newId(rt, 'csd');
		const root = roots[rt.name];
		reg(ctx, rt, root).add(id);
		let c, s, d;
		try {
			c = sh(ctx, rt.bin, ['--root', root, 'create', '--bundle', bundles.true, id]).ms;
			s = sh(ctx, rt.bin, ['--root', root, 'start', id]).ms;
			d = sh(ctx, rt.bin, ['--root', root, 'delete', '--force', id]).ms;
		} catch (e) {
			forceDelete(ctx, rt, root, id);
			throw e;
		}
		reg(ctx, rt, root).delete(id);
		return { create: c, start: s, 'delete --force': d };
	}, { target: { ratio: 1.0 } });
}

function sectionExec(ctx, bundles) {
	const roots = {}, ids = {}, ready = [];
	try {
		for (const rt of runtimes) {
			roots[rt.name] = stateRoot(ctx, 'exec', rt);
			ids[rt.name] = newId(rt, 'exec');
			reg(ctx, rt, roots[rt.name]).add(ids[rt.name]);
			try {
				sh(ctx, rt.bin, ['--root', roots[rt.name], 'run', '--detach', '--bundle', bundles.sleep, ids[rt.name]]);
				ready.push(rt);
			} catch (e) {
				if (!(e instanceof CmdError)) throw e;
				errors.push({ section: `exec (${ctx.name})`, message: `${rt.name}: cannot start the target container: ${e.message}` });
			}
		}
		if (!ready.length) return;
		measure('exec', `exec true (${ctx.name})`, (rt) =>
			sh(ctx, rt.bin, ['--root', roots[rt.name], 'exec', ids[rt.name], 'true']).ms, { rts: ready });
	} finally {
		for (const rt of runtimes) {
			if (!ids[rt.name]) continue;
			const r = sh(ctx, rt.bin, ['--root', roots[rt.name], 'delete', '--force', ids[rt.name]], { allowFail: true });
			if (r.code === 0) reg(ctx, rt, roots[rt.name]).delete(ids[rt.name]);
		}
	}
}

// Created-but-not-started container: RSS of the process `state` reports (the
// container's init, waiting for `start`; runc's is `runc init`).
function createdMemory(ctx, rt, root, bundle) {
	const id = newId(rt, 'mem');
	reg(ctx, rt, root).add(id);
	try {
		sh(ctx, rt.bin, ['--root', root, 'create', '--bundle', bundle, id]);
		const st = JSON.parse(sh(ctx, rt.bin, ['--root', root, 'state', id], { capture: true }).stdout);
		const pid = st.pid;
		if (st.status !== 'created' || !(pid > 0)) throw new CmdError(`${rt.name}: container ${id} is "${st.status}" (pid ${pid}) right after create, not "created"`);
		const s = procStatus(pid), sm = smapsRollup(pid) || {};
		if (!s || s.rssKb == null) throw new Error(`${rt.name}: no /proc/${pid}/status for created container ${id}`);
		const kids = descendants(pid);
		let treeKb = s.rssKb;
		for (const k of kids) treeKb += procStatus(k)?.rssKb || 0;
		return { rssKb: s.rssKb, pssKb: sm.pssKb ?? null, privateKb: sm.privateKb ?? null, anonKb: sm.anonKb ?? null, treeKb, procs: 1 + kids.length };
	} finally {
		const r = sh(ctx, rt.bin, ['--root', root, 'delete', '--force', id], { allowFail: true });
		if (r.code === 0) reg(ctx, rt, root).delete(id);
	}
}

function sectionMemory(ctx, bundles) {
	const roots = Object.fromEntries(runtimes.map((rt) => [rt.name, stateRoot(ctx, 'memory', rt)]));
	const rounds = Math.min(OPT.rounds, 3);
	const got = {}, failed = new Set();
	for (const rt of runtimes) got[rt.name] = [];
	for (let i = 0; i < rounds; i++) {
		for (const rt of i % 2 ? [...runtimes].reverse() : runtimes) {
			if (failed.has(rt.name)) continue;
			const retried = [];
			for (let attempt = 1; ; attempt++) {
				try {
					got[rt.name].push(createdMemory(ctx, rt, roots[rt.name], bundles.true));
					warnings.push(...retried);
					break;
				} catch (e) {
					if (!(e instanceof CmdError)) throw e;
					if (attempt >= 3) {
						failed.add(rt.name);
						errors.push({ section: `memory (${ctx.name})`, message: `${rt.name} failed 3 times, not measured: ${e.message}` });
						break;
					}
					retried.push(`memory (${ctx.name}): ${rt.name} attempt ${attempt} failed, retried: ${e.message}`);
				}
			}
		}
	}
	const mk = (label, key, target) => {
		const row = { section: 'memory', label, unit: 'MB', samples: {}, median: {}, target };
		for (const rt of runtimes) {
			row.samples[rt.name] = got[rt.name].map((g) => (g[key] == null ? null : g[key] / 1024)).filter((x) => x != null);
			row.median[rt.name] = median(row.samples[rt.name]);
		}
		if (failed.size) row.failed = [...failed];
		row.ratio = ratioOf(row);
		judge(row);
		addRow(row);
		log(`  ${label}: ${runtimes.map((rt) => `${rt.name} ${fmt(row.median[rt.name], 'MB')} MB`).join(', ')}`);
	};
	mk(`created container init VmRSS (${ctx.name})`, 'rssKb', { max: 4.0 });
	mk(`  its Pss (${ctx.name})`, 'pssKb');
	mk(`  its private, USS (${ctx.name})`, 'privateKb');
	mk(`  its anonymous memory (${ctx.name})`, 'anonKb');
	const extra = runtimes.filter((rt) => got[rt.name].some((g) => g.procs > 1));
	if (extra.length) mk(`  RSS incl. descendants (${ctx.name})`, 'treeKb');
}

// Peak RSS of the CLI process tree for `run` (GNU time's %M: ru_maxrss of the
// waited child, i.e. the largest process among the CLI and what it reaped).
function peakMethod() {
	if (fs.existsSync('/usr/bin/time')) {
		const r = spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' });
		if (r.status === 0 && /^\d+\s*$/m.test(r.stderr)) return 'gnu-time';
	}
	if (which('python3')) return 'python3';
	return null;
}

function sectionPeak(ctx, bundles, method) {
	const roots = Object.fromEntries(runtimes.map((rt) => [rt.name, stateRoot(ctx, 'peak', rt)]));
	const outFile = path.join(ctx.work, 'peak.txt');
	measure('peak', `peak RSS of \`run\` CLI (${ctx.name})`, (rt) => {
		const id = newId(rt, 'pk');
		const root = roots[rt.name];
		reg(ctx, rt, root).add(id);
		const cmd = [rt.bin, '--root', root, 'run', '--bundle', bundles.true, id];
		let kb;
		if (method === 'gnu-time') {
			sh(ctx, '/usr/bin/time', ['-f', '%M', '-o', outFile, ...cmd]);
			kb = Number(fs.readFileSync(outFile, 'utf8').trim().split('\n').pop());
		} else {
			const py = 'import resource,subprocess,sys\nr=subprocess.run(sys.argv[2:])\nopen(sys.argv[1],"w").write(str(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))\nsys.exit(r.returncode)';
			sh(ctx, which('python3'), ['-c', py, outFile, ...cmd]);
			kb = Number(fs.readFileSync(outFile, 'utf8').trim());
		}
		reg(ctx, rt, root).delete(id);
		return kb / 1024;
	}, { rounds: Math.min(OPT.rounds, 3), warmup: 0, unit: 'MB' });
}

// state and list with N containers in the state root. The containers are
// created (blocked before exec) in parallel; the same population serves all
// rounds, and grows from one size to the next.
async function sectionState(ctx, bundles) {
	const roots = Object.fromEntries(runtimes.map((rt) => [rt.name, stateRoot(ctx, 'state', rt)]));
	const pop = Object.fromEntries(runtimes.map((rt) => [rt.name, []]));
	const nextIdx = Object.fromEntries(runtimes.map((rt) => [rt.name, 0]));
	const createOne = async (rt, i) => {
		const id = `${PREFIX}${rt.tag}p${i}`;
		reg(ctx, rt, roots[rt.name]).add(id);
		const r = await shAsync(ctx, rt.bin, ['--root', roots[rt.name], 'create', '--bundle', bundles.true, id]);
		if (r.code === 0) pop[rt.name].push(id);
		return r.code === 0 ? null : `${id}: ${r.stderr.replace(/\s*\n\s*/g, ' | ')}`;
	};
	// What one more created container costs (its anonymous memory, summed over
	// the runtimes), from the first container of each runtime.
	let perContainerKb = null;
	try {
		for (const n of OPT.populations) {
			if (perContainerKb == null) {
				for (const rt of runtimes) {
					const err = await createOne(rt, nextIdx[rt.name]++);
					if (err) throw new CmdError(`${rt.name}: create failed: ${err}`);
				}
				perContainerKb = 0;
				for (const rt of runtimes) {
					const c = listPids(ctx, rt, roots[rt.name]).find((x) => x.pid > 0);
					perContainerKb += (c && (smapsRollup(c.pid)?.anonKb || procStatus(c.pid)?.rssKb)) || 20 * 1024;
				}
			}
			// memory guard: created containers cost real memory
			const grow = Math.max(0, n - Math.min(...runtimes.map((rt) => pop[rt.name].length)));
			const needKb = grow * perContainerKb * 1.2;
			const availKb = memAvailableKb();
			if (needKb > availKb - 2 * 1024 * 1024) {
				const why = `state/list with ${n} containers: needs ~${(needKb / 1048576).toFixed(1)} GB more, ${(availKb / 1048576).toFixed(1)} GB available`;
				skipped.push(why); log(`  skipped: ${why}`);
				break;
			}
			const popRow = { section: 'state', label: `populate to ${n}, ${OPT.parallel} parallel creates (wall, ${ctx.name})`, unit: 'ms', info: true, samples: {}, median: {} };
			for (const rt of runtimes) {
				const have = pop[rt.name].length;
				if (have >= n) continue;
				const idx = [];
				for (let i = have; i < n; i++) idx.push(nextIdx[rt.name]++);
				log(`  populating ${rt.name}: ${have} -> ${n} containers (${OPT.parallel} in parallel)`);
				const t0 = Date.now();
				const errs = (await pool(idx, OPT.parallel, (i) => (interrupted ? null : createOne(rt, i)))).filter(Boolean);
				if (interrupted) throw new Interrupted(interrupted);
				const wall = Date.now() - t0;
				popRow.samples[rt.name] = [wall];
				popRow.median[rt.name] = wall;
				if (errs.length > Math.max(2, idx.length * 0.02)) throw new CmdError(`${rt.name}: ${errs.length} of ${idx.length} creates failed; first: ${errs[0]}`);
				if (errs.length) warnings.push(`${rt.name}: ${errs.length} of ${idx.length} creates failed (measured with ${pop[rt.name].length}); first: ${errs[0]}`);
			}
			if (Object.keys(popRow.median).length) { popRow.ratio = ratioOf(popRow); addRow(popRow); }
			// sanity: every runtime lists its whole population, all "created"
			for (const rt of runtimes) {
				const r = sh(ctx, rt.bin, ['--root', roots[rt.name], 'list', '--format', 'json'], { capture: true, timeout: 300 });
				let arr = [];
				try { arr = JSON.parse(r.stdout) || []; } catch { warnings.push(`${rt.name} list --format json: not JSON`); }
				if (arr.length !== pop[rt.name].length) warnings.push(`${rt.name} list shows ${arr.length} containers, ${pop[rt.name].length} were created`);
				const bad = arr.filter((c) => c.status !== 'created');
				if (bad.length) warnings.push(`${rt.name}: ${bad.length} of ${arr.length} containers are not "created" right after create (${[...new Set(bad.map((c) => c.status))].join(', ')}; e.g. ${bad[0].id}, pid ${bad[0].pid})`);
			}
			measure('state', `state, ${n} container(s) in root (${ctx.name})`, (rt) =>
				sh(ctx, rt.bin, ['--root', roots[rt.name], 'state', pop[rt.name][0]], { capture: true }).ms);
			measure('state', `list, ${n} container(s) in root (${ctx.name})`, (rt) =>
				sh(ctx, rt.bin, ['--root', roots[rt.name], 'list'], { capture: true, timeout: Math.max(OPT.timeout, 300) }).ms);
		}
	} finally {
		for (const rt of runtimes) {
			const ids = reg(ctx, rt, roots[rt.name]);
			if (!ids.size) continue;
			log(`  deleting ${ids.size} ${rt.name} containers (${OPT.parallel} in parallel)`);
			const t0 = Date.now();
			const failed = await deleteMany(ctx, rt, roots[rt.name], ids);
			for (const f of failed.slice(0, 3)) warnings.push(`${rt.name}: delete --force failed: ${f}`);
			log(`  deleted in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
		}
	}
}

// ---------------------------------------------------------------- crun

function probeCrun(ctx, bundle) {
	const bin = which(OPT.crun || 'crun');
	if (!bin) return { status: 'skipped', reason: OPT.crun ? `${OPT.crun} not found` : 'not installed' };
	const rt = { name: 'crun', bin, tag: 'c' };
	const root = stateRoot(ctx, 'crun-probe', rt);
	const id = newId(rt, 'probe');
	reg(ctx, rt, root).add(id);
	const r = sh(ctx, bin, ['--root', root, 'run', '--bundle', bundle, id], { allowFail: true, timeout: 30 });
	if (r.code !== 0) {
		sh(ctx, bin, ['--root', root, 'delete', '--force', id], { allowFail: true });
		return { status: 'skipped', reason: `${version(bin)}: cannot run here: ${(r.stderr || `exit ${r.code}`).split('\n')[0]}` };
	}
	reg(ctx, rt, root).delete(id);
	return { status: 'included', rt, version: version(bin) };
}

// ---------------------------------------------------------------- report

function printTable(meta) {
	const names = runtimes.map((r) => r.name);
	const head = ['measurement', ...names.map((n) => `${n}`), 'hutch/runc', 'target', ''];
	const lines = [];
	const push = (label, median, ratio, row, unit) => {
		const t = row?.target;
		const target = !t ? '' : t.ratio != null ? `≤ ${t.ratio.toFixed(1)}×` : `≤ ${t.max} MB`;
		const ok = !t ? '' : row.ok ? 'ok' : 'MISS';
		lines.push([label, ...names.map((n) => (row?.failed?.includes(n) || (row && !(n in median)) ? 'FAIL' : fmt(median[n], unit))), ratio != null ? `${ratio.toFixed(2)}×` : '', target, ok]);
	};
	const group = { run: 'times', lifecycle: 'times', exec: 'times', state: 'times', memory: 'memory', peak: 'memory', baseline: 'baseline' };
	const title = { times: 'times (ms, median)', memory: 'memory (MB; VmRSS, Pss, USS, anonymous of the created init; peak = ru_maxrss)', baseline: 'fixed costs (ms, median; one command each)' };
	let lastGroup = null;
	for (const row of results.filter((r) => r.section !== 'baseline').concat(results.filter((r) => r.section === 'baseline'))) {
		if (group[row.section] !== lastGroup) { lastGroup = group[row.section]; lines.push({ title: title[lastGroup] }); }
		if (row.section === 'baseline') { lines.push([row.label, fmt(row.median.hutch, 'ms'), '', '', '', '']); continue; }
		push(row.label, row.median, row.ratio, row, row.unit);
		for (const p of row.parts || []) push(p.label, p.median, p.ratio, null, row.unit);
	}
	const widths = head.map((h, i) => Math.max(h.length, ...lines.filter(Array.isArray).map((l) => String(l[i] ?? '').length)));
	const fmtLine = (l) => l.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join('  ').trimEnd();
	const out = [];
	out.push(`hutch vs runc — ${meta.rounds} rounds (+${meta.warmup} warm-up), alternating; ${meta.host}`);
	out.push(`  hutch: ${meta.versions.hutch}   runc: ${meta.versions.runc}${meta.versions.crun ? `   crun: ${meta.versions.crun}` : ''}   node ${process.version}   rootless user: ${meta.user ?? '-'}`);
	out.push(`  hutch run from: ${meta.hutchFrom}`);
	out.push(`  crun: ${meta.crun.status}${meta.crun.reason ? ` (${meta.crun.reason})` : ''}`);
	out.push(`  peak RSS method: ${meta.peakMethod}`);
	out.push('');
	out.push(fmtLine(head));
	for (const l of lines) {
		if (!Array.isArray(l)) { out.push(''); out.push(`-- ${l.title}`); continue; }
		out.push(fmtLine(l));
	}
	if (skipped.length) { out.push(''); for (const s of skipped) out.push(`skipped: ${s}`); }
	const one = (m) => { const t = m.replace(/\s*\n\s*/g, ' | '); return t.length > 400 ? t.slice(0, 400) + '…' : t; };
	if (warnings.length) { out.push(''); for (const w of warnings) out.push(`warning: ${one(w)}`); }
	if (errors.length) { out.push(''); for (const e of errors) out.push(`ERROR ${e.section}: ${one(e.message)}`); }
	const missed = results.filter((r) => r.target && !r.ok);
	out.push('');
	const judged = results.filter((r) => r.target);
	out.push(!judged.length ? 'no target measured' : missed.length ? `targets missed: ${missed.map((r) => r.label.trim()).join('; ')}` : `all ${judged.length} targets met`);
	process.stdout.write(out.join('\n') + '\n');
}

// ---------------------------------------------------------------- main

async function main() {
	const t0 = Date.now();
	const amRoot = process.getuid() === 0;
	let hutchBin = which(OPT.hutch);
	if (!hutchBin) die(`hutch not found: ${OPT.hutch} (build first: node scripts/build.mjs)`);
	if (OPT.snapshot && !fs.existsSync(path.join(REPO, 'dist/hutch.cjs'))) die('dist/hutch.cjs missing: build first (node scripts/build.mjs)');
	const runcBin = which(OPT.runc || 'runc');
	if (!runcBin) die('runc not found (apt-get install runc, or --runc PATH)');
	W = fs.mkdtempSync(path.join(os.tmpdir(), 'hutch-bench-'));
	fs.chmodSync(W, 0o755);
	fs.mkdirSync(path.join(W, 'async-err'));
	let hutchFrom = hutchBin;
	const setRuntimes = () => { runtimes = [{ name: 'hutch', bin: hutchBin, tag: 'h' }, { name: 'runc', bin: runcBin, tag: 'r' }]; };
	if (OPT.snapshot) {
		const snap = snapshotHutch(path.join(W, 'hutch'));
		hutchBin = snap.bin;
		hutchFrom = `copy of ${REPO}/dist built ${snap.builtAt}`;
	}
	setRuntimes();

	SELF = { name: amRoot ? 'root' : 'rootless', uid: process.getuid(), gid: process.getgid(), setuid: false, rootless: !amRoot, env: process.env, work: null };
	const ctxs = [];
	if (amRoot) {
		SELF.work = mkdirOwned(SELF, path.join(W, 'root'));
		ctxs.push(SELF);
	} else {
		SELF.work = mkdirOwned(SELF, path.join(W, 'user'));
		log('not running as root: only the rootless measurements run (as this user)');
	}
	let userName = amRoot ? null : os.userInfo().username;
	if (amRoot && OPT.rootless) {
		const u = ensureUser(OPT.user);
		userName = OPT.user;
		const ctx = { name: 'rootless', uid: u.uid, gid: u.gid, setuid: true, rootless: true, env: userEnv(OPT.user, u) };
		ctx.work = mkdirOwned(ctx, path.join(W, 'user'));
		ctxs.push(ctx);
	} else if (!amRoot) ctxs.push(SELF);

	log(`work directory ${W}; building rootfs and bundles`);
	const bundles = new Map();
	for (const ctx of ctxs) {
		ctx.rootfs = makeRootfs(ctx, path.join(ctx.work, 'rootfs'));
		bundles.set(ctx, { true: makeBundle(ctx, 'bundle-true', ['true']), sleep: makeBundle(ctx, 'bundle-sleep', ['sleep', '1000']) });
	}

	// crun, where it can run (as root; on a hybrid cgroup host it refuses to)
	let crun = { status: 'skipped', reason: 'not running as root' };
	if (amRoot) {
		crun = probeCrun(SELF, bundles.get(SELF).true);
		if (crun.status === 'included') runtimes.push(crun.rt);
	}
	log(`crun: ${crun.status}${crun.reason ? ` (${crun.reason})` : ''}`);

	const method = peakMethod();
	const meta = {
		date: new Date().toISOString(), host: `${os.hostname()}, ${os.cpus().length} CPUs, Linux ${os.release()}`,
		rounds: OPT.rounds, warmup: OPT.warmup, populations: OPT.populations, parallel: OPT.parallel,
		user: userName, hutchFrom, versions: { hutch: version(hutchBin), runc: version(runcBin), ...(crun.version ? { crun: crun.version } : {}) },
		crun: { status: crun.status, reason: crun.reason }, node: process.version,
		peakMethod: method === 'gnu-time' ? '/usr/bin/time -f %M (ru_maxrss of the CLI and the processes it reaped)'
			: method === 'python3' ? 'python3 resource.getrusage(RUSAGE_CHILDREN).ru_maxrss' : 'none (install the apt package "time")',
	};

	const run = async (section, ctx, fn) => {
		if (!OPT.sections.includes(section)) return;
		if (interrupted) throw new Interrupted(interrupted);
		log(`${section}${ctx ? ` (${ctx.name})` : ''}`);
		try { await fn(); } catch (e) {
			if (e instanceof Interrupted) throw e;
			errors.push({ section: `${section}${ctx ? ` (${ctx.name})` : ''}`, message: e.message });
			log(`  ERROR: ${e.message}`);
		}
	};
	try {
		for (const ctx of ctxs) await run('run', ctx, () => sectionRun(ctx, bundles.get(ctx)));
		for (const ctx of ctxs) await run('lifecycle', ctx, () => sectionLifecycle(ctx, bundles.get(ctx)));
		for (const ctx of ctxs) await run('exec', ctx, () => sectionExec(ctx, bundles.get(ctx)));
		// state/list as root (or as the user when not root): one population
		await run('state', ctxs[0], () => sectionState(ctxs[0], bundles.get(ctxs[0])));
		for (const ctx of ctxs) await run('memory', ctx, () => sectionMemory(ctx, bundles.get(ctx)));
		if (method) for (const ctx of ctxs) await run('peak', ctx, () => sectionPeak(ctx, bundles.get(ctx), method));
		else if (OPT.sections.includes('peak')) skipped.push('peak RSS: neither /usr/bin/time (apt package "time") nor python3 available');
		await run('baseline', null, () => sectionBaseline(SELF));
	} catch (e) {
		if (!(e instanceof Interrupted)) throw e;
		errors.push({ section: 'bench', message: `interrupted by ${e.message}` });
	} finally {
		log('cleaning up');
		await cleanup();
	}
	meta.seconds = Math.round((Date.now() - t0) / 1000);
	if (OPT.json) {
		process.stdout.write(JSON.stringify({ meta, results, skipped, warnings, errors }, null, 2) + '\n');
	} else {
		printTable(meta);
		process.stdout.write(`(${meta.seconds} s)\n`);
	}
	if (errors.length) return 2;
	if (OPT.check && results.some((r) => r.target && !r.ok)) return 1;
	return 0;
}

main().then((code) => process.exit(code), async (e) => {
	process.stderr.write(`bench: ${e.stack || e}\n`);
	try { await cleanup(); } catch (e2) { process.stderr.write(`bench: cleanup failed: ${e2}\n`); }
	process.exit(2);
});
