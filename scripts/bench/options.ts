/** The benchmark's command line. */
export const SECTIONS = ['baseline', 'run', 'lifecycle', 'exec', 'state', 'memory', 'peak', 'podman', 'library', 'sandbox'] as const;
export type Section = (typeof SECTIONS)[number];

export interface Options {
  rounds: number;
  warmup: number;
  populations: number[];
  parallel: number;
  sections: Section[];
  rootless: boolean;
  timeoutSec: number;
  /** An explicit hutch to measure, run in place; default: a copy of dist/hutch. */
  hutch: string | undefined;
  runc: string;
  crun: string;
  json: boolean;
  check: boolean;
  keep: boolean;
  quiet: boolean;
}

export const USAGE = `usage: npm run bench -- [options]     (or: npx tsx scripts/bench/main.ts [options])

Runs hutch, runc and crun side by side (alternating inside every round, same
bundles) and prints medians in ms with the hutch/runc ratio and the targets of
issue 17. Run as root for the full set (root and rootless, crun, podman); as
another user only the rootless measurements run. The rootless user is the
tests' one: HUTCH_TEST_USER (default hutchtest), created when missing.

  --rounds N          measured rounds per measurement (default 5)
  --warmup N          unmeasured rounds before them (default 1)
  --populations LIST  state/list population sizes (default 1,100)
  --full              --populations 1,100,1000 and --rounds 10
  --parallel N        concurrent creates/deletes when populating (default 8)
  --only LIST         sections to run, comma separated, from:
                      ${SECTIONS.join(',')}
                      (default: all)
  --skip LIST         sections to leave out
  --no-rootless       only the root measurements
  --timeout SEC       per-command timeout (default 60)
  --hutch PATH        hutch to measure, in place (default: a copy of dist/hutch
                      taken at start, so that a rebuild meanwhile changes nothing)
  --runc PATH         runc (default: runc on PATH)
  --crun PATH         crun (default: crun on PATH; on a hybrid cgroup host it
                      runs in a private mount namespace without
                      /sys/fs/cgroup/unified, which it refuses)
  --json              print the results as JSON on stdout (progress on stderr)
  --check             exit 1 when a target is missed
  --keep              keep the work directory (for debugging)
  --quiet             no progress on stderr
  -h, --help          this text

Exit status: 0 when every section ran (targets only count with --check),
1 when a target was missed under --check, 2 when a section failed.`;

export class UsageError extends Error {}

export function parseOptions(argv: readonly string[]): Options | 'help' {
  const o: Options = {
    rounds: 5,
    warmup: 1,
    populations: [1, 100],
    parallel: 8,
    sections: [...SECTIONS],
    rootless: true,
    timeoutSec: 60,
    hutch: undefined,
    runc: 'runc',
    crun: 'crun',
    json: false,
    check: false,
    keep: false,
    quiet: false,
  };
  let full = false;
  let roundsGiven = false;
  let only: string[] | undefined;
  let skip: string[] = [];
  const words = [...argv];
  const value = (name: string): string => {
    const v = words.shift();
    if (v === undefined) throw new UsageError(`${name} needs a value`);
    return v;
  };
  const integer = (name: string, v: string, min: number): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < min) throw new UsageError(`${name}: not an integer >= ${min}: ${v}`);
    return n;
  };
  const list = (name: string): string[] => value(name).split(',').filter(Boolean);
  while (words.length) {
    let word = words.shift()!;
    const eq = word.indexOf('=');
    if (word.startsWith('--') && eq > 0) {
      words.unshift(word.slice(eq + 1));
      word = word.slice(0, eq);
    }
    switch (word) {
      case '--rounds':
        o.rounds = integer(word, value(word), 1);
        roundsGiven = true;
        break;
      case '--warmup':
        o.warmup = integer(word, value(word), 0);
        break;
      case '--populations':
        o.populations = list(word).map((s) => integer(word, s, 1));
        break;
      case '--full':
        full = true;
        break;
      case '--parallel':
        o.parallel = integer(word, value(word), 1);
        break;
      case '--only':
        only = list(word);
        break;
      case '--skip':
        skip = list(word);
        break;
      case '--no-rootless':
        o.rootless = false;
        break;
      case '--timeout':
        o.timeoutSec = integer(word, value(word), 1);
        break;
      case '--hutch':
        o.hutch = value(word);
        break;
      case '--runc':
        o.runc = value(word);
        break;
      case '--crun':
        o.crun = value(word);
        break;
      case '--json':
        o.json = true;
        break;
      case '--check':
        o.check = true;
        break;
      case '--keep':
        o.keep = true;
        break;
      case '--quiet':
        o.quiet = true;
        break;
      case '-h':
      case '--help':
        return 'help';
      default:
        throw new UsageError(`unknown option: ${word}`);
    }
  }
  if (full) {
    o.populations.push(1, 100, 1000);
    if (!roundsGiven) o.rounds = 10;
  }
  o.populations = [...new Set(o.populations)].sort((a, b) => a - b);
  for (const s of [...(only ?? []), ...skip])
    if (!(SECTIONS as readonly string[]).includes(s)) throw new UsageError(`unknown section: ${s}`);
  o.sections = SECTIONS.filter((s) => (only ? only.includes(s) : true) && !skip.includes(s));
  return o;
}
