/**
 * Mount attributes for the rootfs itself, which the runtime spec cannot
 * express beyond root.readonly (runc: the top mount only, at the end). A
 * sandbox of the host needs the host's whole tree read-only, nosuid and
 * nodev, submounts included, so hutch reads them from an annotation, in
 * the mount option vocabulary:
 *
 *   "hutch.rootfs.options": "rro,rnosuid,rnodev"
 *
 * Recursive options (rro, rnosuid...) apply to the rootfs and every mount
 * below it right after the rootfs is bound, before the config's mounts
 * (whose targets must then exist); plain ones (ro, nosuid, nodev, noexec)
 * apply to the root mount at the end, with root.readonly. Other runtimes
 * ignore the annotation (runc would leave submounts of "/" writable).
 */
import type { Spec } from '../config/types.js';
import { ConfigError } from '../errors.js';
import { MS } from '../sys/consts.js';
import { flagsToAttrs, parseMountOptions } from './options.js';
import type { RootfsAttributes } from '../plan/rootfs.js';

export const ROOTFS_OPTIONS_ANNOTATION = 'hutch.rootfs.options';

/** Only attributes mount_setattr can change: nothing else belongs on the root. */
const ATTRIBUTE_FLAGS =
  MS.RDONLY | MS.NOSUID | MS.NODEV | MS.NOEXEC | MS.NOATIME | MS.NODIRATIME | MS.STRICTATIME | MS.RELATIME | MS.NOSYMFOLLOW;

export function rootfsAttributes(spec: Spec): RootfsAttributes | undefined {
  const value = spec.annotations?.[ROOTFS_OPTIONS_ANNOTATION];
  if (value === undefined || value === '') return undefined;
  const options = value.split(',');
  const parsed = parseMountOptions(options);
  const bad = options.find((o) => {
    const one = parseMountOptions([o]);
    return (
      one.data !== '' || one.propagation.length > 0 || (one.flags & ~ATTRIBUTE_FLAGS) !== 0 || Object.values(one.extensions).some(Boolean)
    );
  });
  if (bad !== undefined)
    throw new ConfigError(
      `annotations["${ROOTFS_OPTIONS_ANNOTATION}"]`,
      `${JSON.stringify(bad)} is not a mount attribute (ro, nosuid, nodev, noexec, or their recursive r* forms)`,
    );
  return { top: flagsToAttrs(parsed.flags), recursive: { set: parsed.recAttrSet, clr: parsed.recAttrClr } };
}
