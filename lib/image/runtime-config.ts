import { defaultSpec } from '../config/default-spec.js';
import type { Spec } from '../config/types.js';
import { HutchError } from '../errors.js';
import type { Notes } from './extract.js';
import type { ImageConfig } from './types.js';
import { resolveUser } from './user.js';

const STOP_SIGNAL_ANNOTATION = 'org.opencontainers.image.stopSignal';

/** Set NAME=value, replacing an earlier NAME (image Env overrides the defaults, as in umoci). */
function setEnv(env: string[], entry: string): void {
  const eq = entry.indexOf('=');
  if (eq <= 0) throw new HutchError(`image Env entry ${JSON.stringify(entry)} is not NAME=value`, { code: 'image' });
  const prefix = entry.slice(0, eq + 1);
  const i = env.findIndex((e) => e.startsWith(prefix));
  if (i === -1) env.push(entry);
  else env[i] = entry;
}

export interface RuntimeConfigOptions {
  rootless: boolean;
  notes: Notes;
}

/**
 * config.json for an unpacked image: `runc spec` (or `runc spec --rootless`)
 * with the image's Entrypoint+Cmd, Env, WorkingDir, User and Labels applied,
 * the mapping umoci's MutateRuntimeSpec uses. The root is writable (as in
 * umoci): the rootfs is a private copy and most images write to it.
 */
export async function runtimeConfig(image: ImageConfig, rootfs: string, opts: RuntimeConfigOptions): Promise<Spec> {
  if (image.os !== undefined && image.os !== 'linux') throw new HutchError(`the image is for ${image.os}, not linux`, { code: 'image' });
  const c = image.config ?? {};
  const spec = defaultSpec({ rootless: opts.rootless });
  const proc = spec.process!;
  spec.root = { path: 'rootfs' }; // writable, and no readonly:false key (Go's omitempty, as umoci writes it)

  const args = [...(c.Entrypoint ?? []), ...(c.Cmd ?? [])];
  if (args.length > 0) proc.args = args;
  const env = [...(proc.env ?? [])];
  for (const e of c.Env ?? []) setEnv(env, e);

  const user = await resolveUser(rootfs, c.User ?? '');
  proc.user = { uid: user.uid, gid: user.gid };
  // A rootless config maps only the caller to root, so extra groups could not be entered (umoci's ToRootless drops them too).
  if (user.sgids.length > 0 && !opts.rootless) proc.user.additionalGids = user.sgids;
  if (user.home) setEnv(env, `HOME=${user.home}`);
  if (opts.rootless && (user.uid !== 0 || user.gid !== 0)) {
    opts.notes.note(
      'rootless-user',
      `the image runs as ${user.uid}:${user.gid}, which the single-id rootless mapping does not include; extend linux.uidMappings/gidMappings (e.g. with /etc/subuid ranges) before running it`,
    );
  }
  proc.env = env;
  if (c.WorkingDir) proc.cwd = c.WorkingDir.startsWith('/') ? c.WorkingDir : `/${c.WorkingDir}`;

  const annotations: Record<string, string> = { ...(c.Labels ?? {}) };
  if (image.os) annotations['org.opencontainers.image.os'] = image.os;
  if (image.architecture) annotations['org.opencontainers.image.architecture'] = image.architecture;
  if (image.author) annotations['org.opencontainers.image.author'] = image.author;
  if (image.created) annotations['org.opencontainers.image.created'] = image.created;
  if (c.StopSignal) annotations[STOP_SIGNAL_ANNOTATION] = c.StopSignal;
  if (Object.keys(annotations).length > 0) spec.annotations = annotations;

  const ports = Object.keys(c.ExposedPorts ?? {});
  if (ports.length > 0) opts.notes.note('ports', `ExposedPorts (${ports.join(', ')}) ignored: a bundle has no port publishing`);
  const volumes = Object.keys(c.Volumes ?? {});
  if (volumes.length > 0) opts.notes.note('volumes', `Volumes (${volumes.join(', ')}) ignored: they stay plain directories of the rootfs`);
  return spec;
}
