/**
 * ttrpc's framing (github.com/containerd/ttrpc, channel.go): every message
 * is a 10-byte header, then `length` bytes of protobuf.
 *
 *   length    uint32 big-endian, excluding the header
 *   stream id uint32 big-endian; clients use odd ids, one per call
 *   type      uint8: 1 request, 2 response, 3 data (streams, unused here)
 *   flags     uint8
 *
 * A message longer than 4 MiB is not read into memory: its bytes are
 * skipped and the stream gets a RESOURCE_EXHAUSTED status, as ttrpc does,
 * so one oversized call never costs the shim its connection.
 */
export const HEADER_LENGTH = 10;
export const MAX_MESSAGE_LENGTH = 4 << 20;

export const MessageType = { Request: 1, Response: 2, Data: 3 } as const;

interface Frame {
  kind: 'frame';
  streamId: number;
  type: number;
  flags: number;
  payload: Buffer;
}

/** A message whose header announced more than MAX_MESSAGE_LENGTH bytes (being skipped). */
interface Oversized {
  kind: 'oversized';
  streamId: number;
  length: number;
}

export type Incoming = Frame | Oversized;

export function encodeFrame(streamId: number, type: number, payload: Uint8Array, flags = 0): Buffer {
  if (payload.length > MAX_MESSAGE_LENGTH)
    throw new RangeError(`ttrpc message of ${payload.length} bytes exceeds the maximum of ${MAX_MESSAGE_LENGTH}`);
  const out = Buffer.allocUnsafe(HEADER_LENGTH + payload.length);
  out.writeUInt32BE(payload.length, 0);
  out.writeUInt32BE(streamId >>> 0, 4);
  out.writeUInt8(type, 8);
  out.writeUInt8(flags, 9);
  out.set(payload, HEADER_LENGTH);
  return out;
}

/** Cuts a byte stream into frames; feed it whatever the socket delivers. */
export class FrameDecoder {
  private pending: Buffer[] = [];
  private pendingLength = 0;
  /** Bytes of an oversized message still to skip. */
  private skip = 0;

  push(chunk: Buffer): Incoming[] {
    const out: Incoming[] = [];
    if (this.skip > 0) {
      const n = Math.min(this.skip, chunk.length);
      this.skip -= n;
      chunk = chunk.subarray(n);
    }
    if (chunk.length === 0) return out;
    this.pending.push(chunk);
    this.pendingLength += chunk.length;
    let data = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending, this.pendingLength);
    let off = 0;
    while (data.length - off >= HEADER_LENGTH) {
      const length = data.readUInt32BE(off);
      const streamId = data.readUInt32BE(off + 4);
      const type = data.readUInt8(off + 8);
      const flags = data.readUInt8(off + 9);
      if (length > MAX_MESSAGE_LENGTH) {
        out.push({ kind: 'oversized', streamId, length });
        const available = data.length - off - HEADER_LENGTH;
        const n = Math.min(length, available);
        off += HEADER_LENGTH + n;
        this.skip = length - n;
        continue;
      }
      if (data.length - off - HEADER_LENGTH < length) break;
      // A copy: the frame outlives the socket's chunk, which it would otherwise pin.
      out.push({
        kind: 'frame',
        streamId,
        type,
        flags,
        payload: Buffer.from(data.subarray(off + HEADER_LENGTH, off + HEADER_LENGTH + length)),
      });
      off += HEADER_LENGTH + length;
    }
    data = data.subarray(off);
    this.pending = data.length ? [data] : [];
    this.pendingLength = data.length;
    return out;
  }

  /** Bytes held waiting for the rest of a message (for tests and limits). */
  get buffered(): number {
    return this.pendingLength;
  }
}
