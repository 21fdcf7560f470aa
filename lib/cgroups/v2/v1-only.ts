/**
 * Fields of linux.resources that only cgroup v1 has a file for. On a v2
 * host runc drops them without a word; hutch says so (a limit the config
 * asked for must not vanish silently), as a warning, since callers (and
 * configs written for v1) still send some of them.
 */
import type { LinuxResources } from '../types.js';

/** The names of the v1-only fields `r` sets, as config.json spells them. */
export function v1OnlyFields(r: LinuxResources): string[] {
  const out: string[] = [];
  const m = r.memory;
  if (m?.kernel) out.push('memory.kernel');
  if (m?.kernelTCP) out.push('memory.kernelTCP');
  if (m?.swappiness !== undefined && m.swappiness !== -1) out.push('memory.swappiness');
  if (m?.disableOOMKiller) out.push('memory.disableOOMKiller');
  const b = r.blockIO;
  if (b?.leafWeight || b?.weightDevice?.some((d) => d.leafWeight)) out.push('blockIO.leafWeight');
  if (r.network?.classID) out.push('network.classID');
  if (r.network?.priorities?.length) out.push('network.priorities');
  return out;
}

export function v1OnlyWarning(fields: readonly string[]): string {
  return `cgroup v2 has no equivalent of linux.resources.${fields.join(', linux.resources.')}: not applied`;
}
