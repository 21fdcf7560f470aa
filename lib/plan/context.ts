import type { PlanBuilder, Value, DataBlock } from './builder.js';
import { oflags } from '../sys/consts.js';
import type { Arch } from '../sys/arch.js';

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

  root(): Value {
    if (!this.rootFd) throw new Error('plan: rootfs fd used before it was opened');
    return this.rootFd;
  }
}
