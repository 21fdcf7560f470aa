import { main } from './main.js';

/**
 * Runs the CLI on `argv` and leaves the exit code in process.exitCode.
 * dist/hutch calls it at every start (lib/sea/main.ts). Unexpected errors
 * are bugs: show them with a stack.
 */
export function runCli(argv: string[]): void {
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`hutch: internal error: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
