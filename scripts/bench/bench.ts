/** What every section of the benchmark works with. */
import { join } from 'node:path';
import type { Workspace } from '../../spec/helpers/bundle.js';
import { Registry } from './cleanup.js';
import { ownedDir, type Context } from './contexts.js';
import type { Options, Section } from './options.js';
import { Results, type Row, type Target, type Unit } from './results.js';
import type { Runtime } from './runtimes.js';
import { Shell } from './shell.js';

export class Bench {
  readonly results: Results;
  readonly shell: Shell;
  readonly registry: Registry;
  private seq = 0;

  constructor(
    readonly opts: Options,
    readonly ws: Workspace,
    readonly log: (msg: string) => void,
    readonly hutch: Runtime,
    readonly runc: Runtime,
    readonly crun: Runtime | undefined,
  ) {
    this.results = new Results(log);
    this.shell = new Shell(ws.dir, opts.timeoutSec);
    this.registry = new Registry(this.shell, `hb${process.pid.toString(36)}`, opts.parallel);
  }

  /** The runtimes measured in a context: crun only as root. */
  runtimes(ctx: Context): Runtime[] {
    return [this.hutch, this.runc, ...(this.crun && ctx.name === 'root' ? [this.crun] : [])];
  }

  /** A container id unique to this run (cgroups are named after it). */
  newId(rt: Runtime, what: string): string {
    return `${this.registry.prefix}${rt.tag}${what}${++this.seq}`;
  }

  /** A fresh, private state root of `rt` for one section. */
  stateRoot(ctx: Context, section: string, rt: Runtime): string {
    ownedDir(ctx, join(ctx.work, 'state', section));
    return ownedDir(ctx, join(ctx.work, 'state', section, rt.name), 0o700);
  }

  /** Runs `argv` as ctx through rt's launcher; see Shell.run. */
  run(ctx: Context, rt: Runtime, argv: string[], o: { capture?: boolean; allowFail?: boolean; timeoutSec?: number } = {}) {
    return this.shell.run(ctx, argv, { ...o, launcher: rt.launcher });
  }

  /** `rt --root root args...` as ctx. */
  runtime(
    ctx: Context,
    rt: Runtime,
    root: string,
    args: string[],
    o: { capture?: boolean; allowFail?: boolean; timeoutSec?: number } = {},
  ) {
    return this.run(ctx, rt, [rt.bin, '--root', root, ...args], o);
  }

  measure(
    section: Section,
    label: string,
    rts: readonly Runtime[],
    fn: (rt: Runtime) => number | Record<string, number>,
    o: {
      rounds?: number;
      warmup?: number;
      unit?: Unit;
      target?: Target;
      partTargets?: Record<string, Target>;
      single?: boolean;
      floor?: () => number;
    } = {},
  ): Row {
    return this.results.measure(section, label, rts, fn, { rounds: this.opts.rounds, warmup: this.opts.warmup, ...o });
  }
}
