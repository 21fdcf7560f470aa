import { createReadStream, type ReadStream } from 'node:fs';
import { open, stat, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { HutchError } from '../errors.js';
import { indexArchive, type ArchiveMember } from './archive-index.js';
import { parseDigest } from './digest.js';
import { cleanPath } from './rootfs-path.js';

/**
 * Read access to the files of an image, wherever they live: an OCI layout
 * or docker-save directory, or an uncompressed archive of one.
 */
export interface ImageStore {
  /** Human name for messages. */
  readonly where: string;
  has(name: string): boolean | Promise<boolean>;
  /** Raw bytes of a member; throws a HutchError if it is missing. */
  stream(name: string): ReadStream | Promise<ReadStream>;
  /** Size of a member in bytes, or undefined if missing. */
  size(name: string): Promise<number | undefined>;
  close(): Promise<void>;
}

export function blobPath(digest: string): string {
  const { algorithm, hex } = parseDigest(digest);
  return `blobs/${algorithm}/${hex}`;
}

/** Read a whole (small) member, with a cap so a hostile index or config cannot exhaust memory. */
export async function readSmall(store: ImageStore, name: string, limit = 16 << 20): Promise<Buffer> {
  const size = await store.size(name);
  if (size === undefined) throw new HutchError(`${store.where}: ${name} is missing`, { code: 'image' });
  if (size > limit)
    throw new HutchError(`${store.where}: ${name} is ${size} bytes, larger than the ${limit}-byte limit for metadata`, { code: 'image' });
  const chunks: Buffer[] = [];
  for await (const c of await store.stream(name)) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

export class DirStore implements ImageStore {
  constructor(readonly where: string) {}

  private file(name: string): string {
    // Names come from image metadata (docker manifest.json): keep them inside.
    return path.join(this.where, cleanPath(name));
  }
  async has(name: string): Promise<boolean> {
    return (await this.size(name)) !== undefined;
  }
  async size(name: string): Promise<number | undefined> {
    try {
      const st = await stat(this.file(name));
      return st.isFile() ? st.size : undefined;
    } catch {
      return undefined;
    }
  }
  async stream(name: string): Promise<ReadStream> {
    if (!(await this.has(name))) throw new HutchError(`${this.where}: ${name} is missing`, { code: 'image' });
    return createReadStream(this.file(name));
  }
  async close(): Promise<void> {}
}

export class ArchiveStore implements ImageStore {
  private constructor(
    readonly where: string,
    private readonly fh: FileHandle,
    private readonly members: Map<string, ArchiveMember>,
  ) {}

  static async open(file: string, where = file): Promise<ArchiveStore> {
    const fh = await open(file, 'r');
    try {
      return new ArchiveStore(where, fh, await indexArchive(fh));
    } catch (err) {
      await fh.close();
      throw new HutchError(`${where}: not a readable image archive: ${(err as Error).message}`, { code: 'image', cause: err });
    }
  }
  has(name: string): boolean {
    return this.members.has(cleanPath(name));
  }
  async size(name: string): Promise<number | undefined> {
    return this.members.get(cleanPath(name))?.size;
  }
  stream(name: string): ReadStream {
    const m = this.members.get(cleanPath(name));
    if (!m) throw new HutchError(`${this.where}: ${name} is missing from the archive`, { code: 'image' });
    // An empty member has no byte range; an empty stream is what is wanted.
    if (m.size === 0) return createReadStream('/dev/null');
    return createReadStream('', { fd: this.fh.fd, start: m.offset, end: m.offset + m.size - 1, autoClose: false });
  }
  async close(): Promise<void> {
    await this.fh.close();
  }
}
