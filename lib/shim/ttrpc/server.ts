/**
 * A ttrpc server: unary calls over a stream socket, each request answered
 * on its own stream id, in whatever order the calls finish (containerd
 * keeps a Wait open while it sends Kill on the same connection).
 *
 * Nothing a peer sends can take the process down: a malformed frame, an
 * undecodable request, an unknown service or method, or a handler that
 * throws becomes a status on that stream, worded as ttrpc words it.
 */
import type { Socket } from 'node:net';
import { encode, ttrpc, type MessageType } from '../proto.js';
import { encodeFrame, FrameDecoder, MAX_MESSAGE_LENGTH, MessageType as FrameType, type Incoming } from './frame.js';
import { Code, TtrpcError } from './status.js';

/** What a handler knows about its call besides the request. */
export interface CallInfo {
  service: string;
  method: string;
  /** ttrpc metadata (containerd sends the namespace as containerd-namespace-ttrpc). */
  metadata: ReadonlyMap<string, string>;
}

/** One method: the request's bytes in, the response's bytes out. */
export type Handler = (payload: Uint8Array, call: CallInfo) => Promise<Uint8Array>;

/** A method from its request and response types and an async function. */
export function unary<Req, Res>(
  req: MessageType<Req, unknown>,
  res: MessageType<unknown, Res>,
  fn: (request: Req, call: CallInfo) => Promise<Res>,
): Handler {
  return async (payload, call) => {
    let request: Req;
    try {
      request = req.decode(payload);
    } catch (err) {
      throw new TtrpcError(Code.INVALID_ARGUMENT, `unmarshal request: ${(err as Error).message}`);
    }
    return encode(res, await fn(request, call));
  };
}

type Status = { code: Code; message: string };

export interface ServerOptions {
  /** Turns what a handler threw into a status (default: TtrpcError as is, anything else UNKNOWN). */
  toStatus?: (err: unknown) => Status;
  /** Told about calls that failed outside a handler's control (bad frames, unknown methods). */
  onProtocolError?: (message: string) => void;
  /** Told about every call when it is answered: method, milliseconds taken, the status code (debug logs). */
  onCall?: (method: string, ms: number, code: Code) => void;
}

export class TtrpcServer {
  private readonly services = new Map<string, ReadonlyMap<string, Handler>>();

  constructor(private readonly opts: ServerOptions = {}) {}

  /** Serves `service` (its full name, e.g. containerd.task.v2.Task) with one handler per method name. */
  register(service: string, methods: Record<string, Handler>): void {
    this.services.set(service, new Map(Object.entries(methods)));
  }

  /** Serves one connection until it closes. */
  handle(socket: Socket): void {
    const decoder = new FrameDecoder();
    const reply = (streamId: number, payload: Uint8Array | undefined, status: Status | undefined) => {
      if (socket.destroyed || !socket.writable) return;
      const res = encode(ttrpc.Response, {
        payload: payload ?? new Uint8Array(),
        status: status && status.code !== Code.OK ? status : null,
      });
      socket.write(encodeFrame(streamId, FrameType.Response, res));
    };
    socket.on('data', (chunk: Buffer) => {
      for (const msg of decoder.push(chunk)) this.dispatch(msg, reply);
    });
    // A peer that goes away mid-call: the calls finish, their answers are dropped.
    socket.on('error', () => socket.destroy());
  }

  private dispatch(msg: Incoming, reply: (streamId: number, payload: Uint8Array | undefined, status: Status | undefined) => void): void {
    const fail = (code: Code, message: string) => {
      this.opts.onProtocolError?.(message);
      reply(msg.streamId, undefined, { code, message });
    };
    if (msg.kind === 'oversized')
      return fail(Code.RESOURCE_EXHAUSTED, `message length ${msg.length} exceed maximum message size of ${MAX_MESSAGE_LENGTH}`);
    // ttrpc ignores other message types (responses, stream data) for forward compatibility.
    if (msg.type !== FrameType.Request) return;
    if (msg.streamId % 2 !== 1) return fail(Code.INVALID_ARGUMENT, 'StreamID must be odd for client initiated streams');
    let req: ttrpc.Request;
    try {
      req = ttrpc.Request.decode(msg.payload);
    } catch (err) {
      return fail(Code.INVALID_ARGUMENT, `unmarshal request error: ${(err as Error).message}`);
    }
    const methods = this.services.get(req.service);
    if (!methods) return fail(Code.UNIMPLEMENTED, `service ${req.service}`);
    const handler = methods.get(req.method);
    if (!handler) return fail(Code.UNIMPLEMENTED, `method ${req.method}`);
    const call: CallInfo = {
      service: req.service,
      method: req.method,
      metadata: new Map(req.metadata.map((kv) => [kv.key ?? '', kv.value ?? ''])),
    };
    const began = performance.now();
    const answer = (payload: Uint8Array | undefined, status: Status | undefined) => {
      reply(msg.streamId, payload, status);
      this.opts.onCall?.(req.method, performance.now() - began, status?.code ?? Code.OK);
    };
    let pending: Promise<Uint8Array>;
    try {
      pending = handler(req.payload, call);
    } catch (err) {
      return answer(undefined, this.statusOf(err));
    }
    pending.then(
      (payload) => answer(payload, undefined),
      (err: unknown) => answer(undefined, this.statusOf(err)),
    );
  }

  private statusOf(err: unknown): Status {
    if (this.opts.toStatus) {
      try {
        return this.opts.toStatus(err);
      } catch {
        // fall through to the default
      }
    }
    if (err instanceof TtrpcError) return { code: err.code, message: err.message };
    return { code: Code.UNKNOWN, message: err instanceof Error ? err.message : String(err) };
  }
}
