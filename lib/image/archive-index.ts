import type { FileHandle } from 'node:fs/promises';
import { BLOCK, T, TarFormatError, applyPax, isZeroBlock, padded, parseHeaderBlock, parsePax, type PaxRecords } from './tar-header.js';
import { cleanPath } from './rootfs-path.js';

/** Where one member's data lives inside an (uncompressed) tar file. */
export interface ArchiveMember {
  offset: number;
  size: number;
}

async function readAt(fh: FileHandle, pos: number, len: number): Promise<Buffer> {
  const buf = Buffer.alloc(len);
  let got = 0;
  while (got < len) {
    const { bytesRead } = await fh.read(buf, got, len - got, pos + got);
    if (bytesRead === 0) break;
    got += bytesRead;
  }
  return buf.subarray(0, got);
}

/**
 * Index the regular files of an image archive (docker-archive, oci-archive)
 * by cleaned path, reading headers only: blobs are then streamed straight from
 * their offsets, so a multi-gigabyte archive is never copied or read twice.
 */
export async function indexArchive(fh: FileHandle): Promise<Map<string, ArchiveMember>> {
  const out = new Map<string, ArchiveMember>();
  const { size: fileSize } = await fh.stat();
  let pos = 0;
  let pax: PaxRecords | undefined;
  let longName: string | undefined;
  while (pos + BLOCK <= fileSize) {
    const block = await readAt(fh, pos, BLOCK);
    if (isZeroBlock(block)) break;
    const h = parseHeaderBlock(block);
    const dataAt = pos + BLOCK;
    if (dataAt + h.size > fileSize) throw new TarFormatError(`archive member ${h.name} is truncated`);
    pos = dataAt + padded(h.size);
    if (h.type === T.pax || h.type === T.gnuLongName) {
      const data = await readAt(fh, dataAt, h.size);
      if (h.type === T.pax) pax = parsePax(data);
      else longName = data.toString('utf8').replace(/\0.*$/s, '');
      continue;
    }
    if (h.type === T.paxGlobal || h.type === T.gnuLongLink) continue;
    if (longName !== undefined) h.name = longName;
    if (pax) applyPax(h, pax);
    pax = longName = undefined;
    if (h.type === T.file || h.type === T.oldFile || h.type === T.contiguous) {
      out.set(cleanPath(h.name), { offset: dataAt, size: h.size });
    }
  }
  return out;
}
