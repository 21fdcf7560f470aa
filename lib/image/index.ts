/**
 * Bundles from OCI images (`hutch bundle`): the library entry point. See
 * lib/image/README.md for formats, the rootless ownership mapping (umoci's
 * user.rootlesscontainers) and how the result compares with umoci unpack.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, mkdtemp, open, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Transform, pipeline, type Readable } from 'node:stream';
import { pipeline as pipelineAsync } from 'node:stream/promises';
import { formatSpec } from '../config/default-spec.js';
import type { Spec } from '../config/types.js';
import { HutchError } from '../errors.js';
import { decompressor, peek, sniff } from './decompress.js';
import { shortDigest, verifier } from './digest.js';
import { RootfsBuilder, type Notes } from './extract.js';
import { hostPlatform, parsePlatform, type Platform } from './platform.js';
import { removeTree } from './remove.js';
import { resolveDocker, resolveOci } from './resolve.js';
import { runtimeConfig } from './runtime-config.js';
import { ArchiveStore, DirStore, type ImageStore } from './store.js';
import { readTar, type TarEntry } from './tar-reader.js';
import type { LayerRef, ResolvedImage } from './types.js';

export { decodeRootlessPayload } from './rootless-xattr.js';

export interface UnpackProgress {
  /** 1-based index of the layer being applied, and the count. */
  layer: number;
  layers: number;
  digest: string;
  /** Stored (compressed) bytes read so far of this layer, and its size when known. */
  bytes: number;
  total: number | undefined;
  done: boolean;
}

export interface UnpackOptions {
  /** An OCI layout directory, an oci-archive or docker-archive tarball (optionally gzipped), or a docker-save directory; "PATH:NAME" selects an image by tag or name. */
  image: string;
  /** Image name, when not given as image's ":NAME" suffix (then image is taken verbatim as a path). */
  name?: string;
  /** The bundle directory to create (it must not exist, or be empty). */
  bundle: string;
  /** Unpack without privileges, umoci --rootless style. Default: when not running as root. */
  rootless?: boolean;
  /** Platform to select from a multi-platform index. Default: this host's. */
  platform?: Platform | string;
  onProgress?: (p: UnpackProgress) => void;
  /** Warnings worth showing a person (each at most once). */
  onNote?: (message: string) => void;
  signal?: AbortSignal;
}

export interface UnpackResult {
  bundle: string;
  rootfs: string;
  format: ResolvedImage['format'];
  /** Digest of the selected manifest; undefined for docker-archive, which has none. */
  manifestDigest: string | undefined;
  configDigest: string;
  refName: string | undefined;
  layers: number;
  rootless: boolean;
  spec: Spec;
  notes: string[];
}

async function exists(p: string): Promise<boolean> {
  try {
    await stat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Split "PATH[:NAME]". Paths may contain ':' themselves, so the longest
 * existing prefix wins ("img.tar:localhost/foo:1" → img.tar + localhost/foo:1).
 */
export async function parseImageArg(arg: string): Promise<{ path: string; name?: string }> {
  if (await exists(arg)) return { path: arg };
  for (let i = arg.lastIndexOf(':'); i > 0; i = arg.lastIndexOf(':', i - 1)) {
    const p = arg.slice(0, i);
    if (await exists(p)) {
      const name = arg.slice(i + 1);
      return name ? { path: p, name } : { path: p };
    }
  }
  throw new HutchError(`image ${arg}: no such file or directory`, { code: 'image' });
}

/** Open whatever kind of image the path holds; a compressed archive is first inflated into scratch. */
async function openStore(imagePath: string, scratch: string, signal: AbortSignal | undefined): Promise<ImageStore> {
  const st = await stat(imagePath);
  if (st.isDirectory()) return new DirStore(imagePath);
  const fh = await open(imagePath, 'r');
  const head = Buffer.alloc(4);
  await fh.read(head, 0, 4, 0);
  await fh.close();
  const kind = sniff(head);
  if (kind === 'none') return ArchiveStore.open(imagePath);
  const inflated = path.join(scratch, 'image.tar');
  try {
    await pipelineAsync(createReadStream(imagePath), decompressor(kind)!, createWriteStream(inflated), signal ? { signal } : {});
  } catch (err) {
    if (err instanceof HutchError) throw err;
    throw new HutchError(`${imagePath}: cannot decompress the archive: ${(err as Error).message}`, { code: 'image' });
  }
  return ArchiveStore.open(inflated, imagePath);
}

async function resolveImage(store: ImageStore, name: string | undefined, want: Platform): Promise<ResolvedImage> {
  if (await store.has('index.json')) return resolveOci(store, name, want);
  if (await store.has('manifest.json')) return resolveDocker(store, name, want);
  throw new HutchError(`${store.where}: not an OCI image layout or docker archive (no index.json or manifest.json)`, { code: 'image' });
}

const noop = (): void => {};

/**
 * The uncompressed tar stream of one layer, verified twice while it is read:
 * stored bytes against the manifest digest and size, uncompressed bytes
 * against the config's diff_id. Either mismatch fails the stream at its end.
 */
async function layerStream(store: ImageStore, layer: LayerRef, onBytes: (n: number) => void): Promise<Readable> {
  const raw = await store.stream(layer.member);
  const stored: Transform = layer.digest
    ? verifier({ digest: layer.digest, ...(layer.size !== undefined ? { size: layer.size } : {}), what: 'layer blob', onBytes })
    : new Transform({
        transform(chunk: Buffer, _enc, cb) {
          onBytes(chunk.length);
          cb(null, chunk);
        },
      });
  const blob = pipeline(raw, stored, noop);
  const kind = sniff(await peek(blob, 4));
  const inflate = decompressor(kind);
  const diff = verifier({ digest: layer.diffId, what: 'layer diff_id (uncompressed)' });
  return inflate ? pipeline(blob, inflate, diff, noop) : pipeline(blob, diff, noop);
}

async function* abortable(entries: AsyncIterable<TarEntry>, signal: AbortSignal | undefined): AsyncGenerator<TarEntry> {
  for await (const e of entries) {
    signal?.throwIfAborted();
    yield e;
  }
}

function describeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e.code === 'Z_BUF_ERROR' || /unexpected end of file/i.test(e.message)) return 'truncated compressed data (unexpected end of file)';
  if (typeof e.code === 'string' && e.code.startsWith('Z_')) return `corrupt compressed data (${e.message})`;
  return e.message;
}

async function applyLayers(store: ImageStore, image: ResolvedImage, builder: RootfsBuilder, opts: UnpackOptions): Promise<void> {
  const n = image.layers.length;
  for (const [i, layer] of image.layers.entries()) {
    const digest = layer.digest ?? layer.diffId;
    const total = layer.size ?? (await store.size(layer.member));
    let bytes = 0;
    const report = (done: boolean): void => opts.onProgress?.({ layer: i + 1, layers: n, digest, bytes, total, done });
    try {
      const tarStream = await layerStream(store, layer, (k) => {
        bytes += k;
        report(false);
      });
      await builder.applyLayer(abortable(readTar(tarStream), opts.signal));
    } catch (err) {
      if (opts.signal?.aborted) throw new HutchError('interrupted; nothing was written', { code: 'image', cause: err });
      throw new HutchError(`layer ${i + 1}/${n} (${shortDigest(digest)}): ${describeError(err)}`, { code: 'image', cause: err });
    }
    report(true);
  }
}

async function checkTarget(bundle: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(bundle);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return;
    if (code === 'ENOTDIR') throw new HutchError(`${bundle} exists and is not a directory`, { code: 'image' });
    throw err;
  }
  if (entries.length > 0) throw new HutchError(`${bundle} already exists and is not empty`, { code: 'image' });
}

function noteCollector(onNote: ((m: string) => void) | undefined): Notes & { messages: string[] } {
  const seen = new Set<string>();
  const messages: string[] = [];
  return {
    messages,
    note(key, message) {
      if (seen.has(key)) return;
      seen.add(key);
      messages.push(message);
      onNote?.(message);
    },
  };
}

/** The scratch bundle: a sibling of DIR, so the final rename stays on one filesystem. */
async function makeStaging(bundle: string): Promise<string> {
  const parent = path.dirname(bundle);
  await stat(parent).catch(() => {
    throw new HutchError(`${parent}: no such directory`, { code: 'image' });
  });
  return mkdtemp(path.join(parent, `.${path.basename(bundle)}.hutch-`));
}

interface BuildPlan {
  src: { path: string; name?: string };
  want: Platform;
  rootless: boolean;
  notes: Notes;
}

/** Fill `staging` with rootfs/ and config.json. */
async function build(staging: string, plan: BuildPlan, opts: UnpackOptions): Promise<{ image: ResolvedImage; spec: Spec }> {
  const scratch = path.join(staging, 'scratch');
  await mkdir(scratch);
  const store = await openStore(plan.src.path, scratch, opts.signal);
  try {
    opts.signal?.throwIfAborted();
    const image = await resolveImage(store, plan.src.name, plan.want);
    const rootfs = path.join(staging, 'rootfs');
    const builder = new RootfsBuilder(rootfs, plan.rootless, plan.notes);
    await builder.init();
    await applyLayers(store, image, builder, opts);
    await builder.finish();
    opts.signal?.throwIfAborted();
    const spec = await runtimeConfig(image.config, rootfs, { rootless: plan.rootless, notes: plan.notes });
    await writeFile(path.join(staging, 'config.json'), formatSpec(spec), { mode: 0o644 });
    return { image, spec };
  } finally {
    await store.close();
    await rm(scratch, { recursive: true, force: true });
  }
}

/**
 * Unpack an image into a runtime bundle: DIR/rootfs and DIR/config.json.
 * Everything is built in a scratch directory next to DIR and renamed into
 * place at the end, so a failure (bad digest, truncated layer, hostile
 * entry, interrupt) leaves no partial bundle behind.
 */
export async function unpackImage(opts: UnpackOptions): Promise<UnpackResult> {
  const bundle = path.resolve(opts.bundle);
  const rootless = opts.rootless ?? (process.geteuid?.() ?? 0) !== 0;
  const want = typeof opts.platform === 'string' ? parsePlatform(opts.platform) : (opts.platform ?? hostPlatform());
  const src = opts.name !== undefined ? { path: opts.image, name: opts.name } : await parseImageArg(opts.image);
  await checkTarget(bundle);
  const notes = noteCollector(opts.onNote);
  const staging = await makeStaging(bundle);
  try {
    const { image, spec } = await build(staging, { src, want, rootless, notes }, opts);
    await moveIntoPlace(staging, bundle);
    return {
      bundle,
      rootfs: path.join(bundle, 'rootfs'),
      format: image.format,
      manifestDigest: image.manifestDigest,
      configDigest: image.configDigest,
      refName: image.refName,
      layers: image.layers.length,
      rootless,
      spec,
      notes: notes.messages,
    };
  } catch (err) {
    await removeTree(staging).catch(noop);
    if (opts.signal?.aborted) throw new HutchError('interrupted; nothing was written', { code: 'image', cause: err });
    if (err instanceof HutchError) throw err;
    throw new HutchError(`unpacking ${src.path}: ${describeError(err)}`, { code: 'image', cause: err });
  }
}

async function moveIntoPlace(staging: string, bundle: string): Promise<void> {
  try {
    // rename(2) replaces an empty directory atomically, and refuses a full one.
    await rename(staging, bundle);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTEMPTY' || code === 'EEXIST') throw new HutchError(`${bundle} already exists and is not empty`, { code: 'image' });
    if (code === 'ENOTDIR') throw new HutchError(`${bundle} exists and is not a directory`, { code: 'image' });
    throw err;
  }
}
