import type { Argv, Options } from 'yargs';

/**
 * Command-line options as data. One table serves two parsers: yargs (help,
 * validation messages, every unusual spelling) and the fast parser in
 * argv.ts, which handles the plain spellings of the hot commands without
 * loading yargs at all (yargs is most of a `state` call's start-up).
 */
interface Common {
  alias?: string;
  describe?: string;
  hidden?: boolean;
}
export type OptionDef =
  | (Common & { type: 'boolean'; default?: boolean })
  | (Common & { type: 'string'; default?: string; choices?: readonly string[]; array?: boolean })
  | (Common & { type: 'number'; default?: number; array?: boolean });

export type OptionTable = Readonly<Record<string, OptionDef>>;

/** A positional of a command string like 'kill <container-id> [signal]'. */
export interface PositionalDef {
  name: string;
  required: boolean;
  /** `[command..]`: takes every remaining positional. */
  variadic: boolean;
  default?: string;
}

/** runc's global flags. */
export const GLOBAL_OPTIONS: OptionTable = {
  root: { type: 'string', describe: 'root directory for storage of container state' },
  log: { type: 'string', describe: 'set the log file to write hutch logs to (default is stderr)' },
  'log-format': { type: 'string', choices: ['text', 'json'], default: 'text', describe: 'set the log format' },
  debug: { type: 'boolean', default: false, describe: 'enable debug logging' },
  // No default: `spec --rootless` (a subcommand flag of the same name) must arrive as given.
  rootless: { type: 'string', describe: 'ignore cgroup permission errors (auto, true or false; default auto)' },
  'systemd-cgroup': {
    type: 'boolean',
    default: false,
    describe: 'accepted for runc compatibility; there is no systemd cgroup driver (cgroupfs is used)',
  },
  criu: { type: 'string', hidden: true, describe: 'accepted for runc compatibility (checkpoint/restore is not supported)' },
};

/** Positionals from a yargs command string: `name <a> [b] [c..]`. */
export function positionalsOf(command: string, defaults: Readonly<Record<string, string>> = {}): PositionalDef[] {
  return command
    .split(/\s+/)
    .slice(1)
    .map((tok) => {
      const required = tok.startsWith('<');
      const inner = tok.slice(1, -1);
      const variadic = inner.endsWith('..');
      const name = variadic ? inner.slice(0, -2) : inner;
      const def = defaults[name];
      return def === undefined ? { name, required, variadic } : { name, required, variadic, default: def };
    });
}

/** Declares a table's options and the command's positionals on a yargs instance. */
export function applyToYargs(y: Argv, options: OptionTable, positionals: PositionalDef[] = []): Argv {
  for (const p of positionals)
    y = y.positional(p.name, {
      type: 'string',
      ...(p.variadic ? { array: true } : {}),
      ...(p.default !== undefined ? { default: p.default } : {}),
    });
  for (const [name, def] of Object.entries(options)) y = y.option(name, scalarLastWins({ ...def } as Options));
  return y;
}

/**
 * A repeated single-valued flag: the last one wins, as with runc's flag
 * parser (yargs would hand over an array, which nothing downstream expects).
 */
export function scalarLastWins(o: Options): Options {
  if (o.array || o.type === 'array' || o.type === 'count') return o;
  return { ...o, coerce: (v: unknown) => (Array.isArray(v) ? v[v.length - 1] : v) };
}
