import {
  chmodSync,
  closeSync,
  constants,
  fchmodSync,
  fchownSync,
  futimesSync,
  lchownSync,
  linkSync,
  lstatSync,
  lutimesSync,
  mkdirSync,
  openSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import path from 'node:path';
import { HutchError } from '../errors.js';
import { runningInUserNs } from '../state/root.js';
import { ROOTLESS_XATTR, rootlessPayload } from './rootless-xattr.js';
import { cleanPath, resolveInRoot } from './rootfs-path.js';
import { S_IFBLK, S_IFCHR, S_IFIFO, errCode, lsetxattr, mknod } from './sys.js';
import { T, type TarHeader } from './tar-header.js';
import type { TarEntry } from './tar-reader.js';

const WH_PREFIX = '.wh.';
const WH_OPAQUE = '.wh..wh..opq';
/** umoci never restores these: they belong to the host's security policy, not the image. */
const IGNORED_XATTRS = new Set(['security.selinux']);

export interface Notes {
  /** Record a warning; the same key is reported once. */
  note(key: string, message: string): void;
}

interface DirMeta {
  mode: number;
  atime: number;
  mtime: number;
}

/**
 * Applies layer tar streams to a rootfs the way umoci does (see
 * oci/layer/tar_extract.go): every path is resolved inside the root with
 * symlinks followed as the container would follow them, whiteouts only
 * remove what lower layers made, and an unprivileged ("rootless") unpack
 * keeps files owned by the caller and records the image owner in the
 * user.rootlesscontainers xattr instead of chowning.
 *
 * Directories stay u+rwx while layers are applied (so a read-only directory
 * in an image cannot stop an unprivileged unpack from filling it); their real
 * modes and times are set by finish(), deepest first.
 */
export class RootfsBuilder {
  private readonly dirs = new Map<string, DirMeta>();
  private upper = new Set<string>();
  /**
   * Relative paths known to be real directories (no symlink anywhere on the
   * way). Only this builder changes the tree, so the cache is exact as long
   * as every removal forgets what was below; it saves the per-component
   * lstat walk of resolveInRoot for nearly every entry.
   */
  private readonly plainDirs = new Set<string>(['']);

  /**
   * umoci's "partial rootless": also true for root inside a user namespace
   * (rootless podman), where mknod fails and some xattrs are refused even
   * though chown to mapped ids works.
   */
  private readonly partialRootless: boolean;

  constructor(
    private readonly root: string,
    private readonly rootless: boolean,
    private readonly notes: Notes,
  ) {
    this.partialRootless = rootless || runningInUserNs();
  }

  async init(): Promise<void> {
    mkdirSync(this.root, { mode: 0o700 });
    // Images rarely carry an entry for "/": start from umoci's defaults
    // (0755, epoch times) so the result does not depend on the clock.
    this.dirs.set('', { mode: 0o755, atime: 0, mtime: 0 });
  }

  async applyLayer(entries: AsyncIterable<TarEntry>): Promise<void> {
    this.upper = new Set();
    for await (const entry of entries) {
      try {
        await this.applyEntry(entry);
      } catch (err) {
        throw new HutchError(`${entry.header.name}: ${entryError(err)}`, { code: 'image', cause: err });
      }
    }
  }

  /** Set the deferred directory modes and times, children before parents. */
  async finish(): Promise<void> {
    const rels = [...this.dirs.keys()].sort((a, b) => depth(b) - depth(a));
    for (const rel of rels) {
      const m = this.dirs.get(rel)!;
      const p = rel ? path.join(this.root, rel) : this.root;
      chmodSync(p, m.mode);
      lutimesSync(p, m.atime, m.mtime);
    }
  }

  private rel(p: string): string {
    return path.relative(this.root, p);
  }

  private markUpper(p: string): void {
    for (let r = this.rel(p); r !== '' && r !== '.'; r = path.dirname(r)) this.upper.add(r);
  }

  private async applyEntry(entry: TarEntry): Promise<void> {
    const h = entry.header;
    const name = cleanPath(h.name);
    if (name === '') {
      if (h.type !== T.dir) throw new HutchError('refusing to change the type of the root directory', { code: 'image' });
      await this.applyMeta(this.root, h, 'dir');
      return;
    }
    const dir = await this.parentDir(path.posix.dirname(name));
    const file = path.posix.basename(name);
    if (file.startsWith(WH_PREFIX)) {
      await this.whiteout(dir, file);
      return;
    }
    const target = path.join(dir, file);
    const existing = lstatOrNull(target);
    if (existing && !(existing.isDirectory() && h.type === T.dir)) await this.remove(target, existing.isDirectory());
    await this.ensureDir(dir);

    switch (h.type) {
      case T.file:
      case T.oldFile:
      case T.contiguous:
        await this.applyMeta(target, h, 'file', await writeFile(target, entry, h));
        break;
      case T.dir:
        if (!existing) mkdirSync(target, { mode: 0o700 });
        await this.applyMeta(target, h, 'dir');
        this.plainDirs.add(this.rel(target));
        break;
      case T.symlink:
        symlinkSync(h.linkname, target);
        await this.applyMeta(target, h, 'symlink');
        break;
      case T.hardlink:
        await this.hardlink(target, h);
        break;
      case T.char:
      case T.block:
        await this.device(target, h);
        break;
      case T.fifo:
        await mknod(target, S_IFIFO | 0o600);
        await this.applyMeta(target, h, 'file');
        break;
      default:
        throw new HutchError(`unsupported tar entry type ${JSON.stringify(h.type)}`, { code: 'image' });
    }
    this.markUpper(target);
  }

  /** The host path of an entry's parent directory, resolved inside the root ("." for the root). */
  private async parentDir(unsafeDir: string): Promise<string> {
    // Entry names are already cleaned, so a cached lexical path is the real one.
    const key = unsafeDir === '.' ? '' : unsafeDir;
    if (this.plainDirs.has(key)) return key ? path.join(this.root, key) : this.root;
    return resolveInRoot(this.root, unsafeDir);
  }

  /** mkdir -p for a resolved parent, remembering it (and its ancestors) as plain directories. */
  private async ensureDir(dir: string): Promise<void> {
    const rel = this.rel(dir);
    if (this.plainDirs.has(rel)) return;
    mkdirSync(dir, { recursive: true, mode: 0o755 });
    for (let r = rel; r !== '' && r !== '.' && !this.plainDirs.has(r); r = path.dirname(r)) this.plainDirs.add(r);
  }

  private async hardlink(target: string, h: TarHeader): Promise<void> {
    // Scoped like the entry itself; the last component is not followed, so a
    // hard link to a symlink links the symlink (as tar and umoci do).
    const clean = cleanPath(h.linkname);
    if (clean === '') throw new HutchError('hard link to the root directory', { code: 'image' });
    const src = path.join(await resolveInRoot(this.root, path.posix.dirname(clean)), path.posix.basename(clean));
    try {
      linkSync(src, target);
    } catch (err) {
      const code = errCode(err);
      if (code === 'ENOENT') throw new HutchError(`hard link target ${h.linkname} does not exist in the image`, { code: 'image' });
      if (code === 'EPERM') throw new HutchError(`cannot hard-link to ${h.linkname} (a directory?)`, { code: 'image' });
      throw err;
    }
  }

  private async device(target: string, h: TarHeader): Promise<void> {
    if (this.partialRootless) {
      // mknod needs CAP_MKNOD in the initial user namespace. Like umoci,
      // leave an empty file with the node's permissions in its place:
      // runtimes mount their own /dev, so nothing sees the difference.
      this.notes.note('device', 'device nodes in the image were replaced by empty files (an unprivileged unpack cannot create devices)');
      closeSync(openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0));
      await this.applyMeta(target, h, 'file');
      return;
    }
    try {
      await mknod(target, (h.type === T.char ? S_IFCHR : S_IFBLK) | 0o600, h.devmajor, h.devminor);
    } catch (err) {
      if (errCode(err) === 'EPERM')
        throw new HutchError('cannot create device node (no CAP_MKNOD); unpack with --rootless', { code: 'image' });
      throw err;
    }
    await this.applyMeta(target, h, 'file');
  }

  /**
   * Owner, mode, xattrs, times; the order matters: chown clears set-id bits,
   * so chmod comes after it. With `fd` (a file just written) the calls go
   * through it and it is closed here.
   */
  private async applyMeta(p: string, h: TarHeader, kind: 'file' | 'dir' | 'symlink', fd?: number): Promise<void> {
    try {
      await this.applyMetaInner(p, h, kind, fd);
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }

  private async applyMetaInner(p: string, h: TarHeader, kind: 'file' | 'dir' | 'symlink', fd: number | undefined): Promise<void> {
    const xattrs = new Map(h.xattrs);
    if (this.rootless) {
      if (xattrs.delete(ROOTLESS_XATTR)) this.notes.note('rlxattr', `ignored ${ROOTLESS_XATTR} xattrs stored in the image`);
      const payload = rootlessPayload(h.uid, h.gid);
      if (payload) xattrs.set(ROOTLESS_XATTR, payload);
    } else {
      try {
        if (fd !== undefined) fchownSync(fd, h.uid, h.gid);
        else lchownSync(p, h.uid, h.gid);
      } catch (err) {
        const code = errCode(err);
        if (code === 'EPERM')
          throw new HutchError(`cannot chown to ${h.uid}:${h.gid} (not root); unpack with --rootless`, { code: 'image' });
        if (code === 'EINVAL')
          throw new HutchError(`cannot chown to ${h.uid}:${h.gid}: not mapped in this user namespace; unpack with --rootless`, {
            code: 'image',
          });
        throw err;
      }
    }
    if (fd !== undefined) fchmodSync(fd, h.mode & 0o7777);
    else if (kind === 'file') chmodSync(p, h.mode & 0o7777);
    else if (kind === 'dir') chmodSync(p, (h.mode & 0o7777) | 0o700);
    for (const [name, value] of xattrs) await this.setXattr(p, name, value, kind);
    const atime = h.atime ?? h.mtime;
    if (kind === 'dir') this.dirs.set(this.rel(p) === '.' ? '' : this.rel(p), { mode: h.mode & 0o7777, atime, mtime: h.mtime });
    else if (fd !== undefined) futimesSync(fd, atime, h.mtime);
    else lutimesSync(p, atime, h.mtime);
  }

  private async setXattr(p: string, name: string, value: Buffer, kind: string): Promise<void> {
    if (IGNORED_XATTRS.has(name)) {
      this.notes.note(`xattr-ignored:${name}`, `ignored ${name} xattrs in the image`);
      return;
    }
    try {
      await lsetxattr(p, name, value);
    } catch (err) {
      const code = errCode(err);
      // Unprivileged callers cannot set security.* or trusted.*, and nobody
      // can put user.* xattrs on a symlink: umoci warns and goes on too.
      if ((code === 'EPERM' || code === 'EACCES') && (this.partialRootless || kind === 'symlink')) {
        this.notes.note(
          `xattr-eperm:${name}:${kind}`,
          `could not set ${name} xattrs${kind === 'symlink' ? ' on symlinks' : ''} (${code}); skipped`,
        );
        return;
      }
      if (code === 'EOPNOTSUPP' || code === 'ENOTSUP') {
        this.notes.note('xattr-enotsup', `the destination filesystem does not support xattrs; ${name} and others were skipped`);
        return;
      }
      throw new HutchError(`setting xattr ${name}: ${(err as Error).message}`, { code: 'image' });
    }
  }

  private async whiteout(dir: string, file: string): Promise<void> {
    if (file === WH_OPAQUE) {
      await this.removeLower(dir, true);
      return;
    }
    if (file.startsWith(WH_PREFIX + WH_PREFIX)) {
      // Other ".wh..wh." names are aufs bookkeeping (plnk, aufs), not deletions.
      return;
    }
    const victim = file.slice(WH_PREFIX.length);
    if (victim === '' || victim === '.' || victim === '..') throw new HutchError(`malicious whiteout ${file}`, { code: 'image' });
    await this.removeLower(path.join(dir, victim), false);
  }

  /** Remove what lower layers put at p, sparing anything this layer already made (and their parents). */
  private async removeLower(p: string, keepTop: boolean): Promise<void> {
    const st = lstatOrNull(p);
    if (!st) return;
    if (!keepTop && !this.upper.has(this.rel(p))) {
      await this.remove(p, st.isDirectory());
      return;
    }
    if (!st.isDirectory()) return;
    for (const child of readdirSync(p)) await this.removeLower(path.join(p, child), false);
  }

  private async remove(p: string, isDir: boolean): Promise<void> {
    rmSync(p, { recursive: true, force: true });
    if (!isDir) return;
    const rel = this.rel(p);
    const under = (k: string): boolean => k === rel || k.startsWith(rel + '/');
    for (const k of this.dirs.keys()) if (under(k)) this.dirs.delete(k);
    for (const k of this.plainDirs) if (under(k)) this.plainDirs.delete(k);
  }
}

/** An fs error without the scratch-directory path node puts in its message. */
function entryError(err: unknown): string {
  if (err instanceof HutchError) return err.message;
  const e = err as NodeJS.ErrnoException;
  return e.code && e.syscall ? `${e.syscall}: ${e.code}` : e.message;
}

function depth(rel: string): number {
  return rel === '' ? 0 : rel.split('/').length;
}

function lstatOrNull(p: string): Stats | null {
  try {
    return lstatSync(p);
  } catch (err) {
    const code = errCode(err);
    if (code === 'ENOENT' || code === 'ENOTDIR') return null;
    throw err;
  }
}

/**
 * Synchronous fs calls on purpose, here and in the builder: an image is tens
 * of thousands of tiny metadata operations in a strict order, and a thread
 * pool round trip per call more than doubled the unpack time of a
 * 55,000-file image. Data still streams in asynchronously between calls.
 */
async function writeFile(target: string, entry: TarEntry, h: TarHeader): Promise<number> {
  const fd = openSync(target, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    let written = 0;
    for await (const chunk of entry.body()) {
      let off = 0;
      while (off < chunk.length) off += writeSync(fd, chunk, off, chunk.length - off);
      written += chunk.length;
    }
    if (written !== h.size) throw new HutchError(`short file data (${written} of ${h.size} bytes)`, { code: 'image' });
    return fd;
  } catch (err) {
    closeSync(fd);
    throw err;
  }
}
