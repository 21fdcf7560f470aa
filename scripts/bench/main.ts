/**
 * hutch vs runc (and crun where it can run), side by side: every
 * measurement alternates the runtimes inside each round (the order flips
 * every round), on the same bundles, each runtime with its own --root.
 * Medians are printed with the hutch/runc ratio and issue 17's targets.
 *
 *   npm run bench -- [options]      (npx tsx scripts/bench/main.ts --help)
 *
 * One module per section (sections/); the bundles, the test user and the
 * podman store come from the tests' helpers (spec/helpers).
 */
import { cpus, hostname, release } from 'node:os';
import { makeWorkspace, type Workspace } from '../../spec/helpers/bundle.js';
import { Bench } from './bench.js';
import { makeContexts, type Context } from './contexts.js';
import { parseOptions, USAGE, UsageError, type Options, type Section } from './options.js';
import { json, table, type Meta } from './report.js';
import { crunRuntime, hutchRuntime, runcRuntime, type CrunProbe, type RuntimeName } from './runtimes.js';
import { baseline } from './sections/baseline.js';
import { exec } from './sections/exec.js';
import { library } from './sections/library.js';
import { lifecycle } from './sections/lifecycle.js';
import { memory } from './sections/memory.js';
import { PEAK_METHODS, peak, peakMethod } from './sections/peak.js';
import { podman } from './sections/podman.js';
import { run } from './sections/run.js';
import { sandbox } from './sections/sandbox.js';
import { state } from './sections/state.js';
import { Interrupted } from './shell.js';

function options(): Options {
  try {
    const o = parseOptions(process.argv.slice(2));
    if (o !== 'help') return o;
    process.stdout.write(`${USAGE}\n`);
    process.exit(0);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    process.stderr.write(`bench: ${e.message}\n\n${USAGE}\n`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const opts = options();
  const started = Date.now();
  const log = (msg: string) => {
    if (!opts.quiet) process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${msg}\n`);
  };
  const ws: Workspace = makeWorkspace('hutch-bench-');
  let crun: CrunProbe = { skipped: 'not probed' };
  let b: Bench | undefined;
  try {
    const hutch = hutchRuntime(opts, ws.dir);
    const runc = runcRuntime(opts);
    crun = crunRuntime(opts, ws.dir);
    b = new Bench(opts, ws, log, hutch, runc, 'runtime' in crun ? crun.runtime : undefined);
    for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.on(sig, () => {
        if (b!.shell.interrupted) process.exit(130);
        b!.shell.interrupted = sig;
        log(`${sig}: stopping after the current command, then cleaning up`);
      });
    }
    log(`work directory ${ws.dir}; making bundles`);
    const contexts = makeContexts(ws, opts.rootless);
    const method = peakMethod();
    await sections(b, contexts, method);
    const names: RuntimeName[] = ['hutch', 'runc', ...(b.crun ? (['crun'] as const) : [])];
    const meta: Meta = {
      date: new Date().toISOString(),
      host: `${hostname()}, ${cpus().length} CPUs, Linux ${release()}`,
      node: process.version,
      rounds: opts.rounds,
      warmup: opts.warmup,
      user: contexts.find((c) => c.name === 'rootless')?.user?.name ?? (process.getuid!() === 0 ? undefined : process.env.USER),
      versions: Object.fromEntries([hutch, runc, ...(b.crun ? [b.crun] : [])].map((rt) => [rt.name, rt.version])),
      from: Object.fromEntries([hutch, runc, ...(b.crun ? [b.crun] : [])].map((rt) => [rt.name, rt.from])),
      crun: 'runtime' in crun ? 'measured as root' : `skipped (${crun.skipped})`,
      peakMethod: method ? PEAK_METHODS[method] : 'none (install the apt package "time")',
    };
    log('cleaning up');
    b.results.warnings.push(...(await b.registry.deleteAll()));
    closeNamespace(crun);
    b.results.warnings.push(...b.registry.sweep(ws.dir));
    meta.seconds = Math.round((Date.now() - started) / 1000);
    process.stdout.write(opts.json ? json(b.results, meta) : table(b.results, meta, names));
    if (b.results.errors.length) return 2;
    return opts.check && b.results.rows.some((r) => r.target && !r.ok) ? 1 : 0;
  } finally {
    // After an error: best effort, nothing to report.
    if (b) await b.registry.deleteAll().catch(() => undefined);
    closeNamespace(crun);
    if (b) b.registry.sweep(ws.dir);
    if (opts.keep) log(`work directory kept: ${ws.dir}`);
    else ws.cleanup();
  }
}

function closeNamespace(crun: CrunProbe): void {
  if ('namespace' in crun) crun.namespace?.close();
}

/** The sections in order: the baseline first (later targets are judged against it). */
async function sections(b: Bench, contexts: Context[], method: ReturnType<typeof peakMethod>): Promise<void> {
  const first = contexts[0]!;
  const root = contexts.find((c) => c.name === 'root');
  const step = async (section: Section, ctx: Context | undefined, fn: () => unknown) => {
    if (!b.opts.sections.includes(section)) return;
    if (b.shell.interrupted) throw new Interrupted(b.shell.interrupted);
    b.log(`${section}${ctx ? ` (${ctx.name})` : ''}`);
    try {
      await fn();
    } catch (e) {
      if (e instanceof Interrupted) throw e;
      const message = e instanceof Error ? e.message : String(e);
      b.results.errors.push({ section: `${section}${ctx ? ` (${ctx.name})` : ''}`, message });
      b.log(`  ERROR: ${message}`);
    }
  };
  try {
    await step('baseline', undefined, () => baseline(b, first));
    for (const ctx of contexts) await step('run', ctx, () => run(b, ctx));
    for (const ctx of contexts) await step('lifecycle', ctx, () => lifecycle(b, ctx));
    for (const ctx of contexts) await step('exec', ctx, () => exec(b, ctx));
    // state/list as root (or as the user when not root): one population
    await step('state', first, () => state(b, first));
    for (const ctx of contexts) await step('memory', ctx, () => memory(b, ctx));
    if (method) for (const ctx of contexts) await step('peak', ctx, () => peak(b, ctx, method));
    else if (b.opts.sections.includes('peak'))
      b.results.skipped.push('peak RSS: neither /usr/bin/time (apt package "time") nor python3 available');
    if (root) await step('podman', root, () => podman(b, root));
    else if (b.opts.sections.includes('podman')) b.results.skipped.push('podman run --rm: needs root');
    if (root) await step('library', root, () => library(b));
    for (const ctx of contexts) await step('sandbox', ctx, () => sandbox(b, ctx));
  } catch (e) {
    if (!(e instanceof Interrupted)) throw e;
    b.results.errors.push({ section: 'bench', message: `interrupted by ${e.message}` });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`bench: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(2);
  },
);
