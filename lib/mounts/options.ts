import { MS, MOUNT_ATTR } from '../sys/consts.js';

/**
 * The mount option vocabulary runc accepts (libcontainer/specconv
 * parseMountOptions), split the way the kernel wants it: mount(2) flags,
 * propagation changes applied after the mount, recursive attributes applied
 * with mount_setattr(2), runtime extensions, and the leftover data string.
 */
export interface ParsedMountOptions {
  flags: number;
  /** Every flag an option named, set or cleared ("rw" names MS_RDONLY). */
  named: number;
  /** Propagation flags, each applied by its own mount(2) call, as runc does. */
  propagation: number[];
  /** mount_setattr(AT_RECURSIVE) attributes from the r* options. */
  recAttrSet: number;
  recAttrClr: number;
  extensions: { tmpcopyup: boolean; idmap: boolean; ridmap: boolean };
  data: string;
}

/** option → [clear?, flag] for plain mount(2) flags. */
const FLAGS: Readonly<Record<string, [boolean, number]>> = {
  acl: [false, 1 << 16],
  async: [true, MS.SYNCHRONOUS],
  atime: [true, MS.NOATIME],
  bind: [false, MS.BIND],
  defaults: [false, 0],
  dev: [true, MS.NODEV],
  diratime: [true, MS.NODIRATIME],
  dirsync: [false, MS.DIRSYNC],
  exec: [true, MS.NOEXEC],
  iversion: [false, 1 << 23],
  lazytime: [false, MS.LAZYTIME],
  loud: [true, MS.SILENT],
  mand: [false, MS.MANDLOCK],
  noacl: [true, 1 << 16],
  noatime: [false, MS.NOATIME],
  nodev: [false, MS.NODEV],
  nodiratime: [false, MS.NODIRATIME],
  noexec: [false, MS.NOEXEC],
  noiversion: [true, 1 << 23],
  nolazytime: [true, MS.LAZYTIME],
  nomand: [true, MS.MANDLOCK],
  norelatime: [true, MS.RELATIME],
  nostrictatime: [true, MS.STRICTATIME],
  nosuid: [false, MS.NOSUID],
  nosymfollow: [false, MS.NOSYMFOLLOW],
  rbind: [false, MS.BIND | MS.REC],
  relatime: [false, MS.RELATIME],
  remount: [false, MS.REMOUNT],
  ro: [false, MS.RDONLY],
  rw: [true, MS.RDONLY],
  silent: [false, MS.SILENT],
  strictatime: [false, MS.STRICTATIME],
  suid: [true, MS.NOSUID],
  symfollow: [true, MS.NOSYMFOLLOW],
  sync: [false, MS.SYNCHRONOUS],
};

/** Propagation names (mount options, and linux.rootfsPropagation) → mount(2) flags. */
export const PROPAGATION: Readonly<Record<string, number>> = {
  private: MS.PRIVATE,
  rprivate: MS.PRIVATE | MS.REC,
  shared: MS.SHARED,
  rshared: MS.SHARED | MS.REC,
  slave: MS.SLAVE,
  rslave: MS.SLAVE | MS.REC,
  unbindable: MS.UNBINDABLE,
  runbindable: MS.UNBINDABLE | MS.REC,
};

/** option → [clear?, attr] for recursive mount_setattr attributes. */
const REC_ATTRS: Readonly<Record<string, [boolean, number]>> = {
  rro: [false, MOUNT_ATTR.RDONLY],
  rrw: [true, MOUNT_ATTR.RDONLY],
  rnosuid: [false, MOUNT_ATTR.NOSUID],
  rsuid: [true, MOUNT_ATTR.NOSUID],
  rnodev: [false, MOUNT_ATTR.NODEV],
  rdev: [true, MOUNT_ATTR.NODEV],
  rnoexec: [false, MOUNT_ATTR.NOEXEC],
  rexec: [true, MOUNT_ATTR.NOEXEC],
  rnodiratime: [false, MOUNT_ATTR.NODIRATIME],
  rdiratime: [true, MOUNT_ATTR.NODIRATIME],
  rrelatime: [false, MOUNT_ATTR.RELATIME],
  rnorelatime: [true, MOUNT_ATTR.RELATIME],
  rnoatime: [false, MOUNT_ATTR.NOATIME],
  ratime: [true, MOUNT_ATTR.NOATIME],
  rstrictatime: [false, MOUNT_ATTR.STRICTATIME],
  rnostrictatime: [true, MOUNT_ATTR.STRICTATIME],
  rnosymfollow: [false, MOUNT_ATTR.NOSYMFOLLOW],
  rsymfollow: [true, MOUNT_ATTR.NOSYMFOLLOW],
};

/** Every option hutch understands, for `hutch features` (sorted). */
export function knownMountOptions(): string[] {
  return [...Object.keys(FLAGS), ...Object.keys(PROPAGATION), ...Object.keys(REC_ATTRS), 'tmpcopyup'].sort();
}

export function parseMountOptions(options: readonly string[] = []): ParsedMountOptions {
  const out: ParsedMountOptions = {
    flags: 0,
    named: 0,
    propagation: [],
    recAttrSet: 0,
    recAttrClr: 0,
    extensions: { tmpcopyup: false, idmap: false, ridmap: false },
    data: '',
  };
  const data: string[] = [];
  for (const opt of options) {
    const flag = FLAGS[opt];
    const rec = REC_ATTRS[opt];
    if (flag) {
      out.flags = flag[0] ? out.flags & ~flag[1] : out.flags | flag[1];
      out.named |= flag[1];
    } else if (PROPAGATION[opt] !== undefined) {
      out.propagation.push(PROPAGATION[opt]);
    } else if (rec) {
      if (rec[0]) {
        out.recAttrClr |= rec[1];
        out.recAttrSet &= ~rec[1];
      } else {
        out.recAttrSet |= rec[1];
        out.recAttrClr &= ~rec[1];
      }
    } else if (opt === 'tmpcopyup' || opt === 'idmap' || opt === 'ridmap') {
      out.extensions[opt] = true;
    } else {
      data.push(opt);
    }
  }
  // Access-time attributes are a field, not bits: setting one clears the rest.
  if (out.recAttrSet & MOUNT_ATTR._ATIME || out.recAttrClr & (MOUNT_ATTR.NOATIME | MOUNT_ATTR.STRICTATIME)) {
    out.recAttrClr |= MOUNT_ATTR._ATIME;
  }
  out.data = data.join(',');
  return out;
}

/** The per-mount flags a bind remount sets or clears: everything mount_setattr can change but access times. */
const BIND_ATTRS: readonly [number, number][] = [
  [MS.RDONLY, MOUNT_ATTR.RDONLY],
  [MS.NOSUID, MOUNT_ATTR.NOSUID],
  [MS.NODEV, MOUNT_ATTR.NODEV],
  [MS.NOEXEC, MOUNT_ATTR.NOEXEC],
  [MS.NOSYMFOLLOW, MOUNT_ATTR.NOSYMFOLLOW],
];
const ATIME_FLAGS = MS.NOATIME | MS.NODIRATIME | MS.RELATIME | MS.STRICTATIME;

/**
 * The attributes of a bind mount's top mount, as mount(MS_BIND|MS_REMOUNT)
 * with the config's flags gives them (runc): when the options name any flag
 * (set or cleared), the mount gets exactly those flags, whatever the source
 * mount had; its access-time setting changes only if an option names one
 * (the kernel's "preserve on remount"). Options that name no flag (a bare
 * "bind"/"rbind") leave the source's flags as they are. Unlike runc 1.1.5,
 * an option that only clears ("rw", "exec") counts too (runc 1.2 does so).
 */
export function bindAttributes(o: Pick<ParsedMountOptions, 'flags' | 'named'>): { set: number; clr: number } {
  if ((o.named & ~(MS.BIND | MS.REC | MS.REMOUNT)) === 0) return { set: 0, clr: 0 };
  let set = 0;
  let clr = 0;
  for (const [flag, attr] of BIND_ATTRS) {
    if (o.flags & flag) set |= attr;
    else clr |= attr;
  }
  if (o.named & ATIME_FLAGS) {
    // The access-time mode is a field: mount_setattr takes a new one only
    // with the whole field in attr_clr. The kernel's rule: strictatime wins
    // over noatime, relatime is the default.
    if (o.flags & MS.STRICTATIME) set |= MOUNT_ATTR.STRICTATIME;
    else if (o.flags & MS.NOATIME) set |= MOUNT_ATTR.NOATIME;
    clr |= MOUNT_ATTR._ATIME;
    if (o.flags & MS.NODIRATIME) set |= MOUNT_ATTR.NODIRATIME;
    else clr |= MOUNT_ATTR.NODIRATIME;
  }
  return { set, clr };
}

/** The MOUNT_ATTR_* that `flags` set (no clearing): attributes to add to a mount as it is. */
export function flagsToAttrs(flags: number): number {
  let attr = 0;
  for (const [flag, a] of BIND_ATTRS) if (flags & flag) attr |= a;
  if (flags & MS.NODIRATIME) attr |= MOUNT_ATTR.NODIRATIME;
  if (flags & MS.NOATIME) attr |= MOUNT_ATTR.NOATIME;
  else if (flags & MS.STRICTATIME) attr |= MOUNT_ATTR.STRICTATIME;
  return attr;
}
