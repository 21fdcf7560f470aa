import { HutchError } from '../errors.js';

export type Arch = 'x86_64' | 'aarch64';

export function hostArch(): Arch {
  if (process.arch === 'x64') return 'x86_64';
  if (process.arch === 'arm64') return 'aarch64';
  throw new HutchError(`unsupported architecture ${process.arch} (hutch runs on x86_64 and aarch64)`, { code: 'unsupported' });
}
