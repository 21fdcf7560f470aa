/**
 * `hutch spec [--bundle DIR] [--rootless]`: write a starter config.json, the
 * same document `runc spec` writes (lib/config/default-spec.ts; tabs, no
 * final newline, mode 0666 before umask) and the same refusal when one exists.
 */
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Argv } from 'yargs';
import { defaultSpec, formatSpec } from '../../config/default-spec.js';
import { HutchError } from '../../errors.js';
import { goErrnoText } from '../../sys/errno.js';
import type { CommandSpec } from '../command.js';
import { scalarLastWins } from '../options.js';

const CONFIG = 'config.json';

function errnoText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return goErrnoText(e.code) ?? e.message;
}

/** runc chdirs into --bundle first, so a bad bundle fails with chdir's text. */
function checkBundle(bundle: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(bundle).isDirectory();
  } catch (err) {
    throw new HutchError(`chdir ${bundle}: ${errnoText(err)}`, { code: 'usage', cause: err });
  }
  if (!isDir) throw new HutchError(`chdir ${bundle}: not a directory`, { code: 'usage' });
}

/**
 * Exclusive create: the existence check and the write are one step, and a
 * dangling config.json symlink is refused instead of followed (runc follows
 * it and writes wherever it points).
 */
function writeConfig(dir: string, text: string): void {
  try {
    writeFileSync(join(dir, CONFIG), text, { flag: 'wx', mode: 0o666 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new HutchError(`File ${CONFIG} exists. Remove it first`, { code: 'usage', cause: err });
    }
    throw new HutchError(`open ${CONFIG}: ${errnoText(err)}`, { code: 'usage', cause: err });
  }
}

/**
 * runc's `spec --rootless` is a boolean flag, but yargs already knows
 * --rootless as the global string option (auto|true|false), and a command
 * cannot change an inherited option's type. A bare `--rootless` therefore
 * arrives as '' (or as an array holding '' when the global one is given too),
 * provided the global option has no yargs default; 'true' is accepted as well.
 */
export function rootlessRequested(value: unknown): boolean {
  const values = Array.isArray(value) ? value : [value];
  return values.some((v) => v === true || v === '' || v === 'true');
}

const spec: CommandSpec = {
  command: 'spec',
  describe: 'create a new specification file',
  builder: (y: Argv) =>
    y
      .option('bundle', scalarLastWins({ alias: 'b', type: 'string', describe: 'path to the root of the bundle directory' }))
      .describe('rootless', 'generate a configuration for a rootless container'),
  run: async (args) => {
    const bundle = typeof args.bundle === 'string' && args.bundle !== '' ? args.bundle : undefined;
    if (bundle !== undefined) checkBundle(bundle);
    const doc = defaultSpec({ rootless: rootlessRequested(args.rootless) });
    writeConfig(bundle ?? '.', formatSpec(doc));
    return 0;
  },
};

export default spec;
