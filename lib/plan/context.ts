import { posix } from 'node:path';
import type { PlanBuilder, Value, DataBlock } from './builder.js';
import { oflags } from '../sys/consts.js';
import type { Arch } from '../sys/arch.js';
import { InternalError } from '../errors.js';

/**
 * What every plan-building module shares: the builder, the open flags of
 * the target architecture, and a couple of reusable scratch buffers.
 */
export class PlanContext {
  readonly O: ReturnType<typeof oflags>;
  /** "/proc/self/fd/" followed by room for a number: see procFdPath(). */
  private readonly procFd: DataBlock;
  /** One byte of scratch for pipe reads. */
  readonly byte: DataBlock;
  /** The rootfs directory fd, once opened (host-side, before pivot_root). */
  rootFd: Value | undefined;
  /**
   * Container paths of directories that exist because this plan mounted on
   * them or made them inside such a mount, with no mount since that could
   * cover them. mkdirAll() starts below the deepest of them instead of at
   * the root (the cgroup view alone saved 70 steps). Only exact spellings
   * count: a mount elsewhere could cover one through a symlink of the
   * rootfs, so any mount whose parent is not known here forgets them all.
   */
  private readonly known = new Set<string>();
  /** The container's /proc, once mounted and checked to be a procfs (procfs.ts). */
  procfs: Value | undefined;
  /** The tmpfs the plan mounted on /dev: devices are made in it, never where a path leads. */
  devFd: Value | undefined;

  constructor(
    readonly b: PlanBuilder,
    readonly arch: Arch,
  ) {
    this.O = oflags(arch);
    const buf = Buffer.alloc(40);
    buf.write('/proc/self/fd/');
    this.procFd = b.bytes(buf, '"/proc/self/fd/<n>"');
    this.byte = b.zeros(8, 'byte');
  }

  /**
   * The magic-link path of an fd, formatted at run time. mount(2) follows it
   * to exactly the object we opened, so the mount cannot be redirected by a
   * symlink swapped in after the open.
   */
  procFdPath(fd: Value): Value {
    this.b.itoa(fd, this.procFd, 14);
    return this.b.addr(this.procFd);
  }

  /** How many leading components of `parts` name a directory known to exist. */
  knownDepth(parts: readonly string[]): number {
    for (let n = parts.length; n > 0; n--) if (this.known.has('/' + parts.slice(0, n).join('/'))) return n;
    return 0;
  }

  /** mkdirAll made (or found) `path`: known, if its parent is. */
  madeDir(path: string): void {
    if (this.known.has(posix.dirname(path))) this.known.add(path);
  }

  /** From here on nothing is known (the mount phase is over, see planRootfs). */
  forgetDirs(): void {
    this.known.clear();
  }

  /** Something is now mounted on `dest` (a directory unless `isDir` is false). */
  /** `isDir` undefined: a bind whose source is looked at only at run time (it may be either). */
  mounted(dest: string, isDir: boolean | undefined): void {
    if (this.known.has(posix.dirname(dest))) {
      for (const k of this.known) if (k.startsWith(dest + '/')) this.known.delete(k);
    } else {
      this.known.clear();
    }
    if (isDir === true) this.known.add(dest);
    else this.known.delete(dest);
  }

  root(): Value {
    if (!this.rootFd) throw new InternalError('plan: rootfs fd used before it was opened');
    return this.rootFd;
  }
}
