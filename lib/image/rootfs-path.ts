import { lstat, readlink } from 'node:fs/promises';
import path from 'node:path';
import { HutchError } from '../errors.js';

/**
 * Lexically clean a path from an archive so that joining it to a root can
 * never climb out: leading "/" and any ".." that would rise above the top
 * are dropped (umoci's and runc's CleanPath). Returns "" for the root itself.
 */
export function cleanPath(p: string): string {
  const cleaned = path.posix.normalize('/' + p);
  const rel = cleaned.replace(/^\/+/, '').replace(/\/+$/, '');
  return rel === '.' ? '' : rel;
}

const MAX_SYMLINKS = 255;

function isNotExist(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/**
 * Resolve `unsafe` inside `root` the way the container will see it: every
 * symlink met on the way is followed with `root` as "/", and ".." stops at
 * root (filepath-securejoin semantics). The result is always root or below
 * it. Components that do not exist yet are kept as they are.
 */
export async function resolveInRoot(root: string, unsafe: string): Promise<string> {
  let cur = '';
  let todo = unsafe.split('/');
  let links = 0;
  while (todo.length > 0) {
    const part = todo.shift()!;
    if (part === '' || part === '.') continue;
    if (part === '..') {
      cur = path.posix.dirname('/' + cur).slice(1);
      continue;
    }
    const next = cur ? `${cur}/${part}` : part;
    let st;
    try {
      st = await lstat(path.join(root, next));
    } catch (err) {
      if (!isNotExist(err)) throw err;
      cur = next;
      continue;
    }
    if (!st.isSymbolicLink()) {
      cur = next;
      continue;
    }
    if (++links > MAX_SYMLINKS)
      throw new HutchError(`too many levels of symbolic links resolving ${unsafe} in the image`, { code: 'image' });
    const target = await readlink(path.join(root, next));
    if (target.startsWith('/')) cur = '';
    todo = [...target.split('/'), ...todo];
  }
  return cur ? path.join(root, cur) : root;
}
