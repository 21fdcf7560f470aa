import { lstatSync, readdirSync, readlinkSync } from 'node:fs';
import { join, posix } from 'node:path';
import { secureJoin } from '../paths/securejoin.js';
import { HutchError } from '../errors.js';

import type { CopyUp } from '../plan/copyup.js';

export type { CopyUp };

/**
 * What a tmpfs with tmpcopyup must be filled with: the directory's content
 * in the image, read on the host side (symlinks resolved inside the rootfs)
 * when the plan is made. Directories come before what they contain.
 */
export function listCopyUp(rootfs: string, dest: string, limit = 10_000): CopyUp {
  const base = secureJoin(rootfs, dest);
  let st;
  try {
    st = lstatSync(base);
  } catch {
    return { root: undefined, entries: [], skipped: [] };
  }
  if (!st.isDirectory()) return { root: undefined, entries: [], skipped: [] };
  const out: CopyUp = { root: { mode: st.mode & 0o7777, uid: st.uid, gid: st.gid }, entries: [], skipped: [] };
  const walk = (rel: string) => {
    for (const name of readdirSync(join(base, rel)).sort()) {
      const r = rel ? posix.join(rel, name) : name;
      const s = lstatSync(join(base, r));
      if (out.entries.length >= limit)
        throw new HutchError(`mount ${dest}: tmpcopyup: the directory holds more than ${limit} entries`, { code: 'config' });
      if (s.isDirectory()) {
        out.entries.push({ kind: 'dir', rel: r, mode: s.mode & 0o7777, uid: s.uid, gid: s.gid });
        walk(r);
      } else if (s.isFile()) out.entries.push({ kind: 'file', rel: r, mode: s.mode & 0o7777, uid: s.uid, gid: s.gid, size: s.size });
      else if (s.isSymbolicLink())
        out.entries.push({ kind: 'symlink', rel: r, target: readlinkSync(join(base, r)), uid: s.uid, gid: s.gid });
      else out.skipped.push(posix.join(dest, r));
    }
  };
  walk('');
  return out;
}
