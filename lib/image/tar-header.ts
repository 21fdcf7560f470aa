/**
 * Parsing of tar headers (ustar, GNU and PAX), shared by the streaming layer
 * reader and the archive indexer. Written here rather than taken from
 * node-tar because extraction needs fields node-tar drops (PAX xattrs,
 * device numbers) and exact control over truncation errors.
 */

export const BLOCK = 512;

/** Typeflags we give meaning to. */
export const T = {
  file: '0',
  oldFile: '\0',
  hardlink: '1',
  symlink: '2',
  char: '3',
  block: '4',
  dir: '5',
  fifo: '6',
  contiguous: '7',
  pax: 'x',
  paxGlobal: 'g',
  gnuLongName: 'L',
  gnuLongLink: 'K',
} as const;

export interface TarHeader {
  name: string;
  type: string;
  mode: number;
  uid: number;
  gid: number;
  size: number;
  /** Seconds since the epoch, possibly fractional (PAX). */
  mtime: number;
  atime: number | undefined;
  linkname: string;
  devmajor: number;
  devminor: number;
  /** Extended attributes from PAX SCHILY.xattr.* records (values are raw bytes). */
  xattrs: Map<string, Buffer>;
}

export class TarFormatError extends Error {}

function cstr(buf: Buffer, off: number, len: number): string {
  const field = buf.subarray(off, off + len);
  const nul = field.indexOf(0);
  return field.subarray(0, nul === -1 ? len : nul).toString('utf8');
}

/** Numeric field: octal text, or GNU base-256 when the high bit is set. */
function num(buf: Buffer, off: number, len: number, what: string): number {
  const field = buf.subarray(off, off + len);
  if (field[0]! & 0x80) {
    if (field[0] === 0xff) throw new TarFormatError(`negative ${what} in tar header`);
    let v = field[0]! & 0x7f;
    for (let i = 1; i < len; i++) v = v * 256 + field[i]!;
    if (!Number.isSafeInteger(v)) throw new TarFormatError(`${what} too large in tar header`);
    return v;
  }
  const text = field
    .toString('latin1')
    .replace(/[\0 ]+$/, '')
    .replace(/^[ \0]+/, '');
  if (text === '') return 0;
  if (!/^[0-7]+$/.test(text)) throw new TarFormatError(`bad ${what} field ${JSON.stringify(text)} in tar header`);
  return parseInt(text, 8);
}

export function isZeroBlock(block: Buffer): boolean {
  for (let i = 0; i < BLOCK; i++) if (block[i] !== 0) return false;
  return true;
}

/** Checksum over the header with the checksum field read as spaces; both the unsigned and the historic signed sums are accepted. */
function checksumOk(block: Buffer): boolean {
  const stored = num(block, 148, 8, 'checksum');
  let unsigned = 0;
  let signed = 0;
  for (let i = 0; i < BLOCK; i++) {
    const b = i >= 148 && i < 156 ? 0x20 : block[i]!;
    unsigned += b;
    signed += b > 127 ? b - 256 : b;
  }
  return stored === unsigned || stored === signed;
}

/** The fields of one raw 512-byte header block, before PAX/GNU overrides. */
export function parseHeaderBlock(block: Buffer): TarHeader {
  if (!checksumOk(block)) throw new TarFormatError('tar header checksum mismatch (corrupt or not a tar stream)');
  let name = cstr(block, 0, 100);
  const magic = block.subarray(257, 263).toString('latin1');
  // Only POSIX ustar has the prefix field; GNU tar uses those bytes for times.
  if (magic === 'ustar\0') {
    const prefix = cstr(block, 345, 155);
    if (prefix) name = `${prefix}/${name}`;
  }
  return {
    name,
    type: String.fromCharCode(block[156]!),
    mode: num(block, 100, 8, 'mode') & 0o7777,
    uid: num(block, 108, 8, 'uid'),
    gid: num(block, 116, 8, 'gid'),
    size: num(block, 124, 12, 'size'),
    mtime: num(block, 136, 12, 'mtime'),
    atime: undefined,
    linkname: cstr(block, 157, 100),
    devmajor: num(block, 329, 8, 'devmajor'),
    devminor: num(block, 337, 8, 'devminor'),
    xattrs: new Map(),
  };
}

export type PaxRecords = Map<string, Buffer>;

/** PAX extended header data: records of the form "<len> <key>=<value>\n". Values stay bytes (xattrs are binary). */
export function parsePax(data: Buffer): PaxRecords {
  const out: PaxRecords = new Map();
  let pos = 0;
  while (pos < data.length) {
    if (data[pos] === 0) break; // some writers pad with NULs
    const sp = data.indexOf(0x20, pos);
    if (sp === -1) throw new TarFormatError('malformed PAX record');
    const len = Number(data.subarray(pos, sp).toString('latin1'));
    if (!Number.isInteger(len) || len <= sp - pos || pos + len > data.length) throw new TarFormatError('malformed PAX record length');
    const rec = data.subarray(sp + 1, pos + len - 1); // without the trailing \n
    const eq = rec.indexOf(0x3d);
    if (eq === -1) throw new TarFormatError('malformed PAX record (no "=")');
    out.set(rec.subarray(0, eq).toString('utf8'), Buffer.from(rec.subarray(eq + 1)));
    pos += len;
  }
  return out;
}

function paxNumber(v: Buffer, key: string): number {
  const n = Number(v.toString('latin1'));
  if (!Number.isFinite(n)) throw new TarFormatError(`bad PAX ${key} value`);
  return n;
}

/** Apply PAX records (global first, then the entry's own) over a header. */
export function applyPax(h: TarHeader, recs: PaxRecords): void {
  for (const [key, v] of recs) {
    switch (key) {
      case 'path':
        h.name = v.toString('utf8');
        break;
      case 'linkpath':
        h.linkname = v.toString('utf8');
        break;
      case 'size':
        h.size = paxNumber(v, key);
        break;
      case 'uid':
        h.uid = paxNumber(v, key);
        break;
      case 'gid':
        h.gid = paxNumber(v, key);
        break;
      case 'mtime':
        h.mtime = paxNumber(v, key);
        break;
      case 'atime':
        h.atime = paxNumber(v, key);
        break;
      case 'SCHILY.devmajor':
        h.devmajor = paxNumber(v, key);
        break;
      case 'SCHILY.devminor':
        h.devminor = paxNumber(v, key);
        break;
      default:
        if (key.startsWith('SCHILY.xattr.')) h.xattrs.set(key.slice('SCHILY.xattr.'.length), v);
        else if (key.startsWith('GNU.sparse.')) throw new TarFormatError('sparse tar entries are not supported');
      // Other records (ctime, uname, comment, ...) carry nothing we apply.
    }
  }
}

/** Round a data size up to whole blocks. */
export function padded(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}
