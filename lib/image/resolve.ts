import { HutchError } from '../errors.js';
import { digestOf, parseDigest } from './digest.js';
import { formatPlatform, platformScore, type Platform } from './platform.js';
import { blobPath, readSmall, type ImageStore } from './store.js';
import {
  CONTAINERD_NAME,
  MEDIA,
  REF_NAME,
  type Descriptor,
  type DockerManifestEntry,
  type ImageConfig,
  type ImageIndex,
  type ImageManifest,
  type LayerRef,
  type ResolvedImage,
} from './types.js';

/** Parse JSON from image metadata, failing with a one-line message. */
function parseJSON<T>(data: Buffer, what: string): T {
  try {
    return JSON.parse(data.toString('utf8')) as T;
  } catch (err) {
    throw new HutchError(`${what} is not valid JSON: ${(err as Error).message}`, { code: 'image' });
  }
}

/** A small blob (index, manifest, config), checked against its descriptor. */
async function readBlob(store: ImageStore, desc: Descriptor, what: string): Promise<Buffer> {
  const name = blobPath(desc.digest);
  if (!(await store.has(name))) throw new HutchError(`${store.where}: ${what} blob ${desc.digest} is missing`, { code: 'image' });
  const data = await readSmall(store, name);
  const { algorithm } = parseDigest(desc.digest);
  const got = digestOf(data, algorithm);
  if (got !== desc.digest) throw new HutchError(`${what} blob digest mismatch: expected ${desc.digest}, got ${got}`, { code: 'image' });
  if (typeof desc.size === 'number' && desc.size !== data.length) {
    throw new HutchError(`${what} blob ${desc.digest}: size mismatch: got ${data.length} bytes, descriptor says ${desc.size}`, {
      code: 'image',
    });
  }
  return data;
}

/**
 * Does an image name from the archive answer to what the user typed? Exact
 * match first; otherwise compare normalised references so "busybox" finds
 * "docker.io/library/busybox:latest" and "foo:1" finds "localhost/foo:1".
 */
export function nameMatches(name: string, wanted: string): boolean {
  if (name === wanted) return true;
  const norm = (s: string): string => {
    let r = s.replace(/^(docker\.io|index\.docker\.io|localhost)\//, '').replace(/^library\//, '');
    if (!r.includes('@') && !/:[^/]*$/.test(r)) r += ':latest';
    return r;
  };
  // A bare OCI ref.name ("latest", "1.0") is only a tag: compare it as one.
  return name.includes('/') || name.includes(':') || wanted.includes('/') || wanted.includes(':') ? norm(name) === norm(wanted) : false;
}

function namesOf(d: Descriptor): string[] {
  const a = d.annotations ?? {};
  return [a[REF_NAME], a[CONTAINERD_NAME]].filter((x): x is string => typeof x === 'string' && x !== '');
}

interface Candidate {
  desc: Descriptor;
  refName?: string;
}

const isIndex = (mt: string | undefined): boolean => mt === MEDIA.ociIndex || mt === MEDIA.dockerList;

/** Flatten nested indexes into manifest descriptors (depth-limited: indexes are untrusted). */
async function expand(store: ImageStore, c: Candidate, depth: number, out: Candidate[]): Promise<void> {
  if (!isIndex(c.desc.mediaType)) {
    out.push(c);
    return;
  }
  if (depth > 4) throw new HutchError('image index nesting is too deep', { code: 'image' });
  const idx = parseJSON<ImageIndex>(await readBlob(store, c.desc, 'index'), `index ${c.desc.digest}`);
  for (const m of idx.manifests ?? []) await expand(store, { ...c, desc: m }, depth + 1, out);
}

async function readManifest(
  store: ImageStore,
  desc: Descriptor,
): Promise<{ manifest: ImageManifest; config: ImageConfig; configDigest: string }> {
  const manifest = parseJSON<ImageManifest>(await readBlob(store, desc, 'manifest'), `manifest ${desc.digest}`);
  const cdesc = manifest.config;
  if (!cdesc || typeof cdesc.digest !== 'string')
    throw new HutchError(`manifest ${desc.digest} has no config descriptor`, { code: 'image' });
  if (cdesc.mediaType !== MEDIA.ociConfig && cdesc.mediaType !== MEDIA.dockerConfig) {
    throw new HutchError(`manifest ${desc.digest} is not a container image (config media type ${cdesc.mediaType ?? 'missing'})`, {
      code: 'image',
    });
  }
  const config = parseJSON<ImageConfig>(await readBlob(store, cdesc, 'config'), `config ${cdesc.digest}`);
  return { manifest, config, configDigest: cdesc.digest };
}

function checkDiffIds(config: ImageConfig, count: number, what: string): string[] {
  const ids = config.rootfs?.diff_ids ?? [];
  if (config.rootfs?.type !== undefined && config.rootfs.type !== 'layers') {
    throw new HutchError(`${what}: unsupported rootfs.type ${config.rootfs.type}`, { code: 'image' });
  }
  if (ids.length !== count) throw new HutchError(`${what}: ${count} layers but ${ids.length} diff_ids in the config`, { code: 'image' });
  for (const id of ids) parseDigest(id);
  return ids;
}

function ociLayers(manifest: ImageManifest, config: ImageConfig, what: string): LayerRef[] {
  const layers = manifest.layers ?? [];
  const ids = checkDiffIds(config, layers.length, what);
  return layers.map((l, i) => {
    const mt = l.mediaType ?? '';
    if (!/(\.layer\.|rootfs\.diff|image\.rootfs\.foreign)/.test(mt) || mt.includes('+encrypted')) {
      throw new HutchError(`${what}: layer ${l.digest} has unsupported media type ${mt || '(none)'}`, { code: 'image' });
    }
    return { member: blobPath(l.digest), digest: l.digest, size: l.size, mediaType: mt, diffId: ids[i]! };
  });
}

export async function resolveOci(store: ImageStore, tag: string | undefined, want: Platform): Promise<ResolvedImage> {
  const index = parseJSON<ImageIndex>(await readSmall(store, 'index.json'), `${store.where}: index.json`);
  let top: Candidate[] = (index.manifests ?? []).map((desc) => ({ desc, refName: namesOf(desc)[0] }));
  if (top.length === 0) throw new HutchError(`${store.where}: the image index lists no images`, { code: 'image' });
  const available = [...new Set(top.flatMap((c) => namesOf(c.desc)))];
  if (tag !== undefined) {
    // An exact name wins over normalised matches ("latest" vs "docker.io/x:latest").
    const exact = top.filter((c) => namesOf(c.desc).includes(tag)).map((c) => ({ ...c, refName: tag }));
    top =
      exact.length > 0
        ? exact
        : top.flatMap((c) => {
            const hit = namesOf(c.desc).find((n) => nameMatches(n, tag));
            return hit === undefined ? [] : [{ ...c, refName: hit }];
          });
    if (top.length === 0) {
      throw new HutchError(`${store.where}: no image named ${JSON.stringify(tag)} (available: ${available.join(', ') || 'none named'})`, {
        code: 'image',
      });
    }
  }
  // Entries that differ only by platform belong to one image; differently
  // named ones are different images, and guessing between them is wrong.
  const images = new Set(top.map((c) => namesOf(c.desc).join('\n')));
  if (images.size > 1) {
    const names = [...new Set(top.map((c) => namesOf(c.desc).at(-1) ?? '(unnamed)'))];
    throw new HutchError(
      tag === undefined
        ? `${store.where} holds several images; choose one with PATH:NAME (available: ${names.join(', ')})`
        : `${store.where}: ${JSON.stringify(tag)} matches several images (${names.join(', ')}); use a full name`,
      { code: 'image' },
    );
  }

  const flat: Candidate[] = [];
  for (const c of top) await expand(store, c, 0, flat);
  let best: { c: Candidate; score: number } | undefined;
  const seen: string[] = [];
  for (const c of flat) {
    let p = c.desc.platform;
    if (!p) {
      // Descriptors straight in index.json often omit platform: ask the config.
      if (c.desc.mediaType !== undefined && c.desc.mediaType !== MEDIA.ociManifest && c.desc.mediaType !== MEDIA.dockerManifest) continue;
      const { config } = await readManifest(store, c.desc);
      p = { os: config.os, architecture: config.architecture, variant: config.variant };
    }
    seen.push(formatPlatform(p));
    const score = platformScore(p, want);
    if (score > 0 && (!best || score > best.score)) best = { c, score };
  }
  if (!best) {
    throw new HutchError(`${store.where}: no image for ${formatPlatform(want)} (available: ${[...new Set(seen)].join(', ') || 'none'})`, {
      code: 'image',
    });
  }
  const { manifest, config, configDigest } = await readManifest(store, best.c.desc);
  const what = `image ${best.c.desc.digest}`;
  return {
    format: 'oci',
    manifestDigest: best.c.desc.digest,
    configDigest,
    config,
    layers: ociLayers(manifest, config, what),
    ...(best.c.refName !== undefined ? { refName: best.c.refName } : {}),
  };
}

export async function resolveDocker(store: ImageStore, tag: string | undefined, want: Platform): Promise<ResolvedImage> {
  const entries = parseJSON<DockerManifestEntry[]>(await readSmall(store, 'manifest.json'), `${store.where}: manifest.json`);
  if (!Array.isArray(entries) || entries.length === 0)
    throw new HutchError(`${store.where}: manifest.json lists no images`, { code: 'image' });
  const tags = entries.flatMap((e) => e.RepoTags ?? []);
  let entry: DockerManifestEntry | undefined;
  let refName: string | undefined;
  if (tag !== undefined) {
    for (const e of entries) {
      refName = (e.RepoTags ?? []).find((t) => nameMatches(t, tag));
      if (refName !== undefined) {
        entry = e;
        break;
      }
    }
    if (!entry)
      throw new HutchError(`${store.where}: no image tagged ${JSON.stringify(tag)} (available: ${tags.join(', ') || 'untagged'})`, {
        code: 'image',
      });
  } else {
    if (entries.length > 1)
      throw new HutchError(`${store.where} holds ${entries.length} images; choose one with PATH:TAG (available: ${tags.join(', ')})`, {
        code: 'image',
      });
    entry = entries[0]!;
    refName = entry.RepoTags?.[0];
  }
  if (typeof entry.Config !== 'string' || !Array.isArray(entry.Layers))
    throw new HutchError(`${store.where}: malformed manifest.json entry`, { code: 'image' });

  const raw = await readSmall(store, entry.Config);
  // docker names the config after its own digest: "<hex>.json" or "blobs/sha256/<hex>".
  const m = /(?:^|\/)([a-f0-9]{64})(?:\.json)?$/.exec(entry.Config);
  const configDigest = digestOf(raw);
  if (m && `sha256:${m[1]}` !== configDigest) {
    throw new HutchError(`config ${entry.Config}: digest mismatch: expected sha256:${m[1]}, got ${configDigest}`, { code: 'image' });
  }
  const config = parseJSON<ImageConfig>(raw, `config ${entry.Config}`);
  const p = { os: config.os, architecture: config.architecture, variant: config.variant };
  if (platformScore(p, want) === 0) {
    throw new HutchError(`${store.where}: the image is for ${formatPlatform(p)}, not ${formatPlatform(want)} (see --platform)`, {
      code: 'image',
    });
  }
  const ids = checkDiffIds(config, entry.Layers.length, `image ${configDigest}`);
  const layers: LayerRef[] = entry.Layers.map((member, i) => {
    const lm = /^blobs\/(sha256)\/([a-f0-9]{64})$/.exec(member);
    return { member, diffId: ids[i]!, ...(lm ? { digest: `${lm[1]}:${lm[2]}` } : {}) };
  });
  return { format: 'docker-archive', configDigest, config, layers, ...(refName !== undefined ? { refName } : {}) };
}
