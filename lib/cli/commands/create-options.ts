import type { OptionTable } from '../options.js';
import type { CreateOptions } from '../../container/create.js';
import { HutchError } from '../../errors.js';

/** The flags create and run share, as runc spells them. */
export const CREATE_OPTIONS: OptionTable = {
  bundle: { alias: 'b', type: 'string', default: '.', describe: 'path to the root of the bundle directory' },
  'pid-file': { type: 'string', describe: 'file to write the process id to' },
  'console-socket': { type: 'string', describe: 'unix socket to send the pty master to' },
  'no-pivot': { type: 'boolean', default: false, describe: 'do not use pivot_root (for a rootfs on ramfs)' },
  'no-new-keyring': { type: 'boolean', default: false, describe: 'do not create a new session keyring' },
  'preserve-fds': { type: 'number', default: 0, describe: 'pass N additional file descriptors to the container (3 .. 3+N-1)' },
};

export function containerId(args: Record<string, unknown>): string {
  const id = String(args['container-id'] ?? '');
  if (!id) throw new HutchError('container id cannot be empty', { code: 'invalid-id' });
  return id;
}

export function createOptions(args: Record<string, unknown>): CreateOptions {
  const preserve = Number(args['preserve-fds'] ?? 0);
  if (!Number.isInteger(preserve) || preserve < 0)
    throw new HutchError('--preserve-fds: must be a non-negative integer', { code: 'usage' });
  return {
    source: { bundle: String(args.bundle ?? '.') },
    pidFile: args['pid-file'] as string | undefined,
    consoleSocket: args['console-socket'] as string | undefined,
    noPivot: Boolean(args['no-pivot']),
    noNewKeyring: Boolean(args['no-new-keyring']),
    preserveFds: preserve,
  };
}
