/**
 * --image REF|DIR: the root a sandbox runs on instead of the host's /. A
 * directory holding config.json is a bundle: its rootfs (and its process's
 * environment) are used as they are. Anything else is an image, as `hutch
 * bundle --image` takes it (an OCI layout, oci-archive or docker-archive,
 * PATH[:NAME]); it is unpacked once into a per-user cache, keyed by the
 * image file's identity and modification time, and reused after that.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, realpathSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { HutchError } from '../errors.js';
import type { Logger } from '../log.js';
import type { SandboxRoot } from './config.js';

export async function sandboxRoot(image: string, log: Logger): Promise<SandboxRoot> {
  if (existsSync(join(image, 'config.json'))) return bundleRoot(image);
  return imageRoot(image, log);
}

async function bundleRoot(dir: string): Promise<SandboxRoot> {
  const { loadBundle } = await import('../config/load.js');
  const b = await loadBundle(dir);
  return { kind: 'image', rootfs: b.rootfs, env: b.spec.process?.env ?? [] };
}

async function imageRoot(image: string, log: Logger): Promise<SandboxRoot> {
  const { parseImageArg, unpackImage } = await import('../image/index.js');
  const src = await parseImageArg(image);
  const dir = join(cacheDir(), cacheKey(src.path, src.name));
  if (!existsSync(join(dir, 'config.json'))) {
    mkdirSync(cacheDir(), { recursive: true, mode: 0o700 });
    log.debug(`sandbox: unpacking ${image} into ${dir}`);
    try {
      await unpackImage({
        image: src.path,
        ...(src.name !== undefined ? { name: src.name } : {}),
        bundle: dir,
        onNote: (m) => log.debug(m),
      });
    } catch (err) {
      // Another sandbox unpacked the same image meanwhile: theirs will do.
      if (!existsSync(join(dir, 'config.json'))) throw err;
    }
  }
  return bundleRoot(dir);
}

/** $XDG_CACHE_HOME/hutch/images; without it ~/.cache/hutch/images, or /var/cache/hutch/images for root. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env, euid = process.geteuid!()): string {
  if (env.XDG_CACHE_HOME?.startsWith('/')) return join(env.XDG_CACHE_HOME, 'hutch', 'images');
  return euid === 0 ? '/var/cache/hutch/images' : join(homedir(), '.cache', 'hutch', 'images');
}

/** Same file, same contents as far as its inode, size and modification time tell; an OCI layout directory by its index.json. */
function cacheKey(path: string, name: string | undefined): string {
  let real: string;
  let st: ReturnType<typeof statSync>;
  try {
    real = realpathSync(path);
    st = statSync(real);
    if (st.isDirectory()) st = statSync(join(real, existsSync(join(real, 'index.json')) ? 'index.json' : 'manifest.json'));
  } catch (err) {
    throw new HutchError(`--image ${path}: ${(err as Error).message}`, { code: 'image', cause: err });
  }
  const id = JSON.stringify([real, name ?? '', st.dev, st.ino, st.size, st.mtimeMs]);
  return createHash('sha256').update(id).digest('hex').slice(0, 32);
}
