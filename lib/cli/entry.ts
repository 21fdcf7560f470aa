import { basename } from 'node:path';
import { SHIM_NAME } from '../shim/name.js';

/**
 * The program's entry point: the hutch CLI, or the containerd shim when it
 * is called by the shim's name (a symlink; the launcher passes the name it
 * was called by in HUTCH_ARGV0, a single executable sees it as argv0).
 * Unexpected errors are bugs: show them with a stack.
 */
const calledAs = basename(process.env.HUTCH_ARGV0 ?? process.argv0);
delete process.env.HUTCH_ARGV0;
// Each loads only its own modules (the shim's delete action runs on containerd's critical path).
const program = calledAs === SHIM_NAME ? import('../shim/main.js').then((m) => m.shimMain(process.argv.slice(2))) : import('./main.js').then((m) => m.main(process.argv.slice(2)));
program.then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`${calledAs === SHIM_NAME ? SHIM_NAME : 'hutch'}: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exitCode = 1;
  },
);
