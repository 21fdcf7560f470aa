import type { OptionDef, OptionTable, PositionalDef } from './options.js';

/**
 * The fast parser: the plain spellings of a command line, parsed from the
 * same option tables yargs gets, into the same argument object yargs would
 * produce. It accepts only what it fully understands and otherwise returns
 * undefined, so yargs takes over: help, errors, `--no-x`, bundled short
 * flags, repeated scalar options, a value that looks like a flag. A
 * differential test (spec/unit/cli-argv) holds the two to the same result.
 */
export type Args = Record<string, unknown>;

export interface ParseInput {
  argv: readonly string[];
  /** The subcommand's name as it appears in argv. */
  name: string;
  globals: OptionTable;
  options: OptionTable;
  positionals: readonly PositionalDef[];
}

const BAIL = Symbol('bail');

export function fastParse(input: ParseInput): Args | undefined {
  const table = { ...input.globals, ...input.options };
  const byAlias = new Map<string, string>();
  for (const [name, def] of Object.entries(table)) if (def.alias) byAlias.set(def.alias, name);

  const args: Args = {};
  const given = new Set<string>();
  const words: string[] = [];
  let seenName = false;
  const argv = input.argv;
  for (let i = 0; i < argv.length; i++) {
    const tok = argv[i]!;
    if (tok === '--') {
      args['--'] = argv.slice(i + 1);
      break;
    }
    if (!tok.startsWith('-') || tok === '-') {
      if (!seenName) {
        if (tok !== input.name) return undefined;
        seenName = true;
      } else words.push(tok);
      continue;
    }
    const opt = optionToken(tok, byAlias);
    if (!opt) return undefined;
    const def = table[opt.name];
    if (!def || (given.has(opt.name) && !isArray(def))) return undefined;
    given.add(opt.name);
    let raw = opt.inline;
    if (def.type !== 'boolean' && raw === undefined) {
      raw = argv[i + 1];
      if (raw === undefined || raw.startsWith('-')) return undefined;
      i++;
    }
    if (def.type === 'boolean' && raw === undefined && (argv[i + 1] === 'true' || argv[i + 1] === 'false')) return undefined;
    const value = convert(def, raw);
    if (value === BAIL) return undefined;
    args[opt.name] = isArray(def) ? [...((args[opt.name] as unknown[] | undefined) ?? []), value] : value;
  }
  if (!seenName) return undefined;

  for (const [name, def] of Object.entries(table)) if (!given.has(name) && def.default !== undefined) args[name] = def.default;
  return placePositionals(args, words, input.positionals);
}

function placePositionals(args: Args, words: string[], positionals: readonly PositionalDef[]): Args | undefined {
  let w = 0;
  for (const p of positionals) {
    if (p.variadic) {
      args[p.name] = words.slice(w);
      w = words.length;
      continue;
    }
    const word = words[w];
    if (word === undefined) {
      if (p.required) return undefined;
      if (p.default !== undefined) args[p.name] = p.default;
      continue;
    }
    args[p.name] = word;
    w++;
  }
  return w === words.length ? args : undefined;
}

/**
 * `--name`, `--name=value`, `-a`. Anything else (`-abc`, `-a=1`) is yargs's,
 * and so is a name not in the table (`--no-detach`, a typo).
 */
function optionToken(tok: string, byAlias: Map<string, string>): { name: string; inline: string | undefined } | undefined {
  if (tok.startsWith('--')) {
    const eq = tok.indexOf('=');
    const name = eq < 0 ? tok.slice(2) : tok.slice(2, eq);
    if (name === 'help' || name === 'version') return undefined;
    return { name, inline: eq < 0 ? undefined : tok.slice(eq + 1) };
  }
  if (tok.length !== 2) return undefined;
  const name = byAlias.get(tok[1]!);
  return name ? { name, inline: undefined } : undefined;
}

function isArray(def: OptionDef): boolean {
  return def.type !== 'boolean' && def.array === true;
}

function convert(def: OptionDef, raw: string | undefined): unknown {
  switch (def.type) {
    case 'boolean':
      return raw === undefined || raw === 'true' ? true : raw === 'false' ? false : BAIL;
    case 'number':
      return raw !== undefined && /^(0|[1-9][0-9]{0,14})$/.test(raw) ? Number(raw) : BAIL;
    case 'string':
      if (raw === undefined || raw === '') return BAIL;
      return def.choices && !def.choices.includes(raw) ? BAIL : raw;
  }
}

/**
 * Like runc (urfave/cli with SkipArgReorder), every word after the container
 * id belongs to the command's tail, flags included: `exec ID sh -c x` must
 * not read -c as --cap, and `ps ID -o pid` hands -o to ps. Inserting "--"
 * after the id makes both parsers leave the tail alone. `at` is the index
 * of the subcommand's name.
 */
export function protectTail(argv: readonly string[], at: number, table: OptionTable): string[] {
  const id = firstWord(argv, at + 1, table);
  return id < 0 ? [...argv] : [...argv.slice(0, id + 1), '--', ...argv.slice(id + 1)];
}

/**
 * `sandbox [options] CMD ARGS...`: like bwrap, the first word is the
 * command, and everything from it on is the command's (`sandbox ls -la`
 * must not read -la as options). Inserting "--" before it makes both
 * parsers leave it alone; an explicit "--" already does.
 */
export function protectCommand(argv: readonly string[], at: number, table: OptionTable): string[] {
  const cmd = firstWord(argv, at + 1, table);
  return cmd < 0 ? [...argv] : [...argv.slice(0, cmd), '--', ...argv.slice(cmd)];
}

/** Index of the subcommand's name: the first word among the global options; -1 if none. */
export function subcommandAt(argv: readonly string[], globals: OptionTable): number {
  return firstWord(argv, 0, globals);
}

/**
 * Index of the first word at or after `from` that is neither an option of
 * `table` nor the value of one given as a separate word (`--root DIR`,
 * `-p FILE`); -1 if there is none before the end or a "--".
 */
function firstWord(argv: readonly string[], from: number, table: OptionTable): number {
  const valued = new Set<string>();
  for (const [name, def] of Object.entries(table)) {
    if (def.type === 'boolean') continue;
    valued.add(`--${name}`);
    if (def.alias) valued.add(`-${def.alias}`);
  }
  for (let i = from; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (valued.has(a)) {
      i++;
      continue;
    }
    if (!a.startsWith('-')) return i;
  }
  return -1;
}
