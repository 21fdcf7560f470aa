import { basename } from 'node:path';
import { SHIM_NAME } from '../shim/name.js';

/**
 * The program: the hutch CLI on `argv`, or the containerd shim when it is
 * called by the shim's name (a symlink to dist/hutch is seen as argv0; the
 * checkout's launcher passes the name it was called by in HUTCH_ARGV0).
 * dist/hutch calls it at every start (lib/sea/main.ts) and leaves the exit
 * code in process.exitCode. Unexpected errors are bugs: shown with a stack.
 */
export function runCli(argv: string[]): void {
  const calledAs = basename(process.env.HUTCH_ARGV0 ?? process.argv0);
  delete process.env.HUTCH_ARGV0;
  const shim = calledAs === SHIM_NAME;
  // Each loads only its own modules (the shim's delete action runs on containerd's critical path).
  const program = shim ? import('../shim/main.js').then((m) => m.shimMain(argv)) : import('./main.js').then((m) => m.main(argv));
  program.then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`${shim ? SHIM_NAME : 'hutch'}: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
