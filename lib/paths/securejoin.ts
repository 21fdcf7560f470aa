import { lstatSync, readlinkSync } from 'node:fs';
import { posix } from 'node:path';
import { HutchError } from '../errors.js';

/**
 * Resolve `unsafe` inside `root` the way the kernel would if `root` were
 * "/": ".." stops at the root and symlinks (absolute or relative) are
 * followed inside it. Like Go's securejoin. Used on the host side to read
 * files of a rootfs (e.g. /etc/passwd) without following links out of it.
 * Components that do not exist are appended as they are, and so is what
 * follows a path `opaque` says is not the rootfs's to read.
 */
export function secureJoin(root: string, unsafe: string, opts: { opaque?: (path: string) => boolean } = {}): string {
  let pending = posix
    .normalize('/' + unsafe)
    .split('/')
    .filter(Boolean);
  const done: string[] = [];
  let links = 0;
  while (pending.length) {
    const part = pending.shift()!;
    if (part === '.') continue;
    if (part === '..') {
      done.pop();
      continue;
    }
    // What lies under an opaque path (say, something mounted there later)
    // is not known from here: the rest is taken as it is.
    if (opts.opaque?.('/' + [...done, part].join('/'))) return posix.join(root, ...done, part, ...pending);
    const full = posix.join(root, ...done, part);
    let isLink = false;
    try {
      isLink = lstatSync(full).isSymbolicLink();
    } catch {
      return posix.join(root, ...done, part, ...pending);
    }
    if (!isLink) {
      done.push(part);
      continue;
    }
    if (++links > 255) throw new HutchError(`resolve ${unsafe} in ${root}: too many levels of symbolic links`, { code: 'config' });
    const target = readlinkSync(full);
    if (target.startsWith('/')) done.length = 0;
    pending = [...target.split('/').filter(Boolean), ...pending];
  }
  return posix.join(root, ...done);
}
