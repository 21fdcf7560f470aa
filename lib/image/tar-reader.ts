import {
  BLOCK,
  T,
  TarFormatError,
  applyPax,
  isZeroBlock,
  padded,
  parseHeaderBlock,
  parsePax,
  type PaxRecords,
  type TarHeader,
} from './tar-header.js';

/**
 * Exact-size reads over an async iterable of chunks. A short read in the
 * middle of a header or a body is a truncated stream, never a silent end.
 */
class ByteSource {
  private buf: Buffer = Buffer.alloc(0);
  private done = false;
  constructor(private readonly it: AsyncIterator<Buffer>) {}

  private async fill(): Promise<boolean> {
    if (this.done) return false;
    const r = await this.it.next();
    if (r.done) {
      this.done = true;
      return false;
    }
    this.buf = this.buf.length ? Buffer.concat([this.buf, r.value]) : r.value;
    return true;
  }

  /** Exactly n bytes; null when the stream ends cleanly before the first byte. */
  async read(n: number): Promise<Buffer | null> {
    while (this.buf.length < n) {
      if (!(await this.fill())) {
        if (this.buf.length === 0) return null;
        throw new TarFormatError('unexpected end of tar stream (truncated layer)');
      }
    }
    const out = this.buf.subarray(0, n);
    this.buf = this.buf.subarray(n);
    return out;
  }

  /** Up to n bytes at a time, n in total; throws if the stream ends early. */
  async *chunks(n: number): AsyncGenerator<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.buf.length === 0 && !(await this.fill())) {
        throw new TarFormatError('unexpected end of tar stream (truncated layer)');
      }
      const take = Math.min(left, this.buf.length);
      const out = this.buf.subarray(0, take);
      this.buf = this.buf.subarray(take);
      left -= take;
      yield out;
    }
  }

  async skip(n: number): Promise<void> {
    for await (const _ of this.chunks(n)) void _;
  }

  /** Consume whatever follows the archive so digests over the whole stream complete. */
  async drain(): Promise<void> {
    this.buf = Buffer.alloc(0);
    while (await this.fill()) this.buf = Buffer.alloc(0);
  }
}

const MAX_META = 1 << 20;
const HEADER_ONLY = new Set<string>([T.hardlink, T.symlink, T.char, T.block, T.dir, T.fifo]);

export interface TarEntry {
  header: TarHeader;
  /** The entry's data; read it fully or not at all before asking for the next entry. */
  body(): AsyncGenerator<Buffer>;
}

/**
 * Entries of a tar stream, PAX and GNU long names already folded into each
 * header. After the end-of-archive marker the rest of the input is drained,
 * so verifying transforms upstream see every byte.
 */
export async function* readTar(input: AsyncIterable<Buffer>): AsyncGenerator<TarEntry> {
  const src = new ByteSource(input[Symbol.asyncIterator]());
  let global: PaxRecords = new Map();
  let pax: PaxRecords | undefined;
  let longName: string | undefined;
  let longLink: string | undefined;

  for (;;) {
    const block = await src.read(BLOCK);
    // Go's archive/tar (which wrote most images) tolerates a missing end
    // marker at a header boundary; do the same. Truncation inside an entry
    // still fails, and the layer's diff_id check catches the rest.
    if (block === null) return;
    if (isZeroBlock(block)) {
      const next = await src.read(BLOCK);
      if (next !== null && !isZeroBlock(next)) throw new TarFormatError('corrupt tar stream: data after a zero block');
      await src.drain();
      return;
    }
    const h = parseHeaderBlock(block);

    if (h.type === T.pax || h.type === T.paxGlobal || h.type === T.gnuLongName || h.type === T.gnuLongLink) {
      // Held in memory, so bounded: real ones are a few hundred bytes.
      if (h.size > MAX_META) throw new TarFormatError(`tar extended header of ${h.size} bytes is too large`);
      const data = await src.read(padded(h.size));
      const body = (data ?? Buffer.alloc(0)).subarray(0, h.size);
      if (data === null && h.size > 0) throw new TarFormatError('unexpected end of tar stream (truncated layer)');
      if (h.type === T.pax) pax = parsePax(body);
      else if (h.type === T.paxGlobal) global = new Map([...global, ...parsePax(body)]);
      else if (h.type === T.gnuLongName) longName = cstrOf(body);
      else longLink = cstrOf(body);
      continue;
    }
    if (h.type === 'S') throw new TarFormatError('GNU sparse tar entries are not supported');

    if (longName !== undefined) h.name = longName;
    if (longLink !== undefined) h.linkname = longLink;
    applyPax(h, global);
    if (pax) applyPax(h, pax);
    pax = longName = longLink = undefined;

    // As in Go's archive/tar (umoci's reader): links, devices, FIFOs and
    // directories never have data, whatever their size field says.
    const dataSize = HEADER_ONLY.has(h.type) ? 0 : h.size;
    let consumed = false;
    const entry: TarEntry = {
      header: h,
      body: async function* () {
        consumed = true;
        yield* src.chunks(dataSize);
      },
    };
    yield entry;
    if (!consumed) await src.skip(dataSize);
    await src.skip(padded(dataSize) - dataSize);
  }
}

function cstrOf(b: Buffer): string {
  const nul = b.indexOf(0);
  return b.subarray(0, nul === -1 ? b.length : nul).toString('utf8');
}
