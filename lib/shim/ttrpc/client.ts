/**
 * A ttrpc client: what the shim needs to call containerd (the events
 * service's Forward) and what tests and the benchmark use to call a shim
 * directly. One connection, concurrent unary calls on odd stream ids.
 */
import { connect, type Socket } from 'node:net';
import { encode, ttrpc, type MessageType } from '../proto.js';
import { encodeFrame, FrameDecoder, MessageType as FrameType } from './frame.js';
import { Code, TtrpcError } from './status.js';
import { HutchError } from '../../errors.js';

type Pending = { resolve: (payload: Uint8Array) => void; reject: (err: Error) => void };

export class TtrpcClient {
  private nextStream = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly decoder = new FrameDecoder();
  private closed: Error | undefined;

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      for (const msg of this.decoder.push(chunk)) {
        if (msg.kind !== 'frame' || msg.type !== FrameType.Response) continue;
        const p = this.pending.get(msg.streamId);
        if (!p) continue;
        this.pending.delete(msg.streamId);
        try {
          const res = ttrpc.Response.decode(msg.payload);
          if (res.status && res.status.code !== Code.OK)
            p.reject(new TtrpcError((res.status.code ?? Code.UNKNOWN) as Code, res.status.message ?? ''));
          else p.resolve(res.payload);
        } catch (err) {
          p.reject(err as Error);
        }
      }
    });
    const fail = (err: Error) => {
      this.closed ??= err;
      for (const p of this.pending.values()) p.reject(this.closed);
      this.pending.clear();
    };
    socket.on('error', fail);
    socket.on('close', () => fail(new TtrpcError(Code.UNAVAILABLE, 'ttrpc: closed')));
  }

  /** Connects to a unix socket path (a "unix://" prefix is accepted, as containerd writes addresses). */
  static connect(address: string, timeoutMs = 5_000): Promise<TtrpcClient> {
    const path = address.replace(/^unix:\/\//, '');
    return new Promise((resolve, reject) => {
      const socket = connect(path);
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new HutchError(`ttrpc: connect ${path}: timed out`, { code: 'system' }));
      }, timeoutMs);
      socket.once('connect', () => {
        clearTimeout(timer);
        socket.removeListener('error', reject);
        resolve(new TtrpcClient(socket));
      });
      socket.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
    });
  }

  /** Sends raw bytes as a request payload; resolves to the response payload. */
  callRaw(service: string, method: string, payload: Uint8Array, metadata: Record<string, string> = {}): Promise<Uint8Array> {
    if (this.closed) return Promise.reject(this.closed);
    const streamId = this.nextStream;
    this.nextStream += 2;
    const req = encode(ttrpc.Request, {
      service,
      method,
      payload,
      metadata: Object.entries(metadata).map(([key, value]) => ({ key, value })),
    });
    return new Promise((resolve, reject) => {
      this.pending.set(streamId, { resolve, reject });
      this.socket.write(encodeFrame(streamId, FrameType.Request, req));
    });
  }

  /** A typed call: the request encoded with its type, the answer decoded with the response type. */
  async call<P, R>(
    service: string,
    method: string,
    req: MessageType<unknown, P>,
    res: MessageType<R, unknown>,
    input: P,
    metadata?: Record<string, string>,
  ): Promise<R> {
    return res.decode(await this.callRaw(service, method, encode(req, input), metadata));
  }

  /** Writes bytes as they are (tests of malformed input). */
  writeRaw(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  close(): void {
    this.socket.destroy();
  }
}
