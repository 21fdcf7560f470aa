/**
 * /proc/self/mountinfo parsing and normalisation for comparing the mounts two
 * runtimes set up. Mount ids, device numbers, sources and superblock options
 * differ from run to run (and from runtime to runtime) for no meaningful
 * reason, and so does the order some mounts are made in; what a container
 * can observe and a test should compare is the set of
 * "mount point, filesystem type, read-only or read-write".
 */

export interface MountEntry {
  id: number;
  parent: number;
  /** major:minor of the filesystem. */
  device: string;
  /** The root of the mount within its filesystem (a bind mount's source). */
  root: string;
  mountPoint: string;
  /** Per-mount options, e.g. ['ro', 'nosuid', 'relatime']. */
  options: string[];
  fsType: string;
  source: string;
  superOptions: string[];
  readOnly: boolean;
  /** The optional fields, peer group ids dropped: e.g. ['shared'], ['master'], ['shared', 'master'], ['unbindable'], [] (private). */
  propagation: string[];
}

/** mountinfo escapes space, tab, newline and backslash as \ooo octal. */
function unescapeMountinfo(s: string): string {
  return s.replace(/\\([0-7]{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
}

/** Parses mountinfo text; lines that are not mountinfo lines are ignored. */
export function parseMountinfo(text: string): MountEntry[] {
  const out: MountEntry[] = [];
  for (const line of text.split('\n')) {
    const f = line.trim().split(' ');
    const sep = f.indexOf('-', 6);
    if (f.length < 10 || sep < 0 || !/^\d+$/.test(f[0]!) || !/^\d+$/.test(f[1]!)) continue;
    const options = f[5]!.split(',');
    out.push({
      id: Number(f[0]),
      parent: Number(f[1]),
      device: f[2]!,
      root: unescapeMountinfo(f[3]!),
      mountPoint: unescapeMountinfo(f[4]!),
      options,
      fsType: f[sep + 1]!,
      source: unescapeMountinfo(f[sep + 2] ?? ''),
      superOptions: (f[sep + 3] ?? '').split(','),
      readOnly: options.includes('ro'),
      propagation: f.slice(6, sep).map((o) => o.replace(/:.*$/, '')),
    });
  }
  return out;
}

/** "<mount point> <fs type> <ro|rw>" */
function mountKey(e: Pick<MountEntry, 'mountPoint' | 'fsType' | 'readOnly'>): string {
  return `${e.mountPoint} ${e.fsType} ${e.readOnly ? 'ro' : 'rw'}`;
}

/**
 * The comparable form of a mount table: one "<mount point> <fs type> <ro|rw>"
 * line per mount, sorted (a multiset: a path mounted twice appears twice).
 */
export function normalizeMounts(entries: MountEntry[]): string[] {
  return entries.map(mountKey).sort();
}

/**
 * The mount that is visible at `mountPoint`: of the mounts there, the one no
 * other mount at the same point is stacked on. (A mount stacked on top of
 * another has the one below as its parent.)
 */
export function topmostAt(entries: MountEntry[], mountPoint: string): MountEntry | undefined {
  const here = entries.filter((e) => e.mountPoint === mountPoint);
  return here.find((e) => !here.some((o) => o.parent === e.id));
}
