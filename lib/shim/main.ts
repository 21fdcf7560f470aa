/**
 * containerd-shim-hutch-v2: the containerd shim v2 that runs containers
 * in its own process through hutch's library. The CLI's entry point
 * dispatches here when the program is called by that name (a symlink to
 * the launcher, or to the single executable).
 *
 *   start   print the address of a (possibly shared) shim, spawning it
 *   delete  clean up after a shim that is gone; a DeleteResponse on stdout
 *   (none)  the shim itself: serve the Task API on fd 3
 */
import { FlagError, parseShimFlags } from './flags.js';
import { SHIM_NAME } from './name.js';
import { readDeleteMarker } from './delete-marker.js';
import { HutchError } from '../errors.js';

export async function shimMain(argv: string[]): Promise<number> {
  let flags;
  try {
    flags = parseShimFlags(argv);
  } catch (err) {
    if (!(err instanceof FlagError)) throw err;
    process.stderr.write(
      `${err.message}\nUsage of ${SHIM_NAME}: -namespace NS -id ID -address SOCK [-publish-binary BIN] [-bundle DIR] [-debug] [start|delete]\n`,
    );
    return 2;
  }
  if (flags.version) {
    const { VERSION } = await import('../version.js');
    process.stdout.write(`${SHIM_NAME}:\n  Version:  ${VERSION}\n  Runtime:  hutch (in-process)\n\n`);
    return 0;
  }
  try {
    if (!flags.namespace) throw new HutchError('shim namespace cannot be empty', { code: 'usage' });
    switch (flags.action) {
      case 'start': {
        const { startAction } = await import('./start.js');
        process.stdout.write(await startAction(flags));
        return 0;
      }
      case 'delete': {
        const done = readDeleteMarker(flags.bundle || process.cwd());
        if (done) {
          process.stdout.write(done);
          return 0;
        }
        const { deleteAction } = await import('./delete.js');
        const out = await deleteAction(flags, (msg) => process.stderr.write(`${msg}\n`));
        process.stdout.write(out);
        return 0;
      }
      case undefined: {
        const { serve } = await import('./serve.js');
        return await serve(flags);
      }
      default:
        throw new HutchError(`unknown action ${JSON.stringify(flags.action)}`, { code: 'usage' });
    }
  } catch (err) {
    process.stderr.write(`${SHIM_NAME}: ${err instanceof Error ? err.message : String(err)}\n`);
    return 1;
  }
}
