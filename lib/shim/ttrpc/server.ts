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
import { create, fromBinary, toBinary, type DescMethod, type DescService, type MessageInitShape, type MessageShape } from '@bufbuild/protobuf';
import type { GenService, GenServiceMethods } from '@bufbuild/protobuf/codegenv2';
import { RequestSchema, ResponseSchema, type Request } from '../gen/ttrpc_pb.js';
import { encodeFrame, FrameDecoder, MAX_MESSAGE_LENGTH, MessageType, type Incoming } from './frame.js';
import { Code, TtrpcError } from './status.js';

/** What a handler knows about its call besides the request. */
export interface CallInfo {
  service: string;
  method: string;
  /** ttrpc metadata (containerd sends the namespace as containerd-namespace-ttrpc). */
  metadata: ReadonlyMap<string, string>;
}

/** The implementation of a generated service: one async function per method. */
export type ServiceImpl<M extends GenServiceMethods> = {
  [K in keyof M]: (req: MessageShape<M[K]['input']>, call: CallInfo) => Promise<MessageInitShape<M[K]['output']>>;
};

type Handler = (payload: Uint8Array, call: CallInfo) => Promise<Uint8Array>;

export interface ServerOptions {
  /** Turns what a handler threw into a status (default: TtrpcError as is, anything else UNKNOWN). */
  toStatus?: (err: unknown) => { code: Code; message: string };
  /** Told about calls that failed outside a handler's control (bad frames, unknown methods). */
  onProtocolError?: (message: string) => void;
  /** Told about every call when it is answered: method, milliseconds taken, the status code (debug logs). */
  onCall?: (method: string, ms: number, code: Code) => void;
}

export class TtrpcServer {
  private readonly services = new Map<string, Map<string, Handler>>();

  constructor(private readonly opts: ServerOptions = {}) {}

  /** Serves a generated service: requests decode to its input messages, results encode from its outputs. */
  register<M extends GenServiceMethods>(service: GenService<M>, impl: ServiceImpl<M>): void {
    const desc = service as unknown as DescService;
    const methods = new Map<string, Handler>();
    for (const m of desc.methods) {
      const fn = (impl as Record<string, (req: unknown, call: CallInfo) => Promise<unknown>>)[m.localName];
      if (!fn) throw new Error(`service ${desc.typeName}: no implementation of ${m.name}`);
      methods.set(m.name, handlerFor(m, fn.bind(impl)));
    }
    this.services.set(desc.typeName, methods);
  }

  /** Serves one connection until it closes. */
  handle(socket: Socket): void {
    const decoder = new FrameDecoder();
    const reply = (streamId: number, payload: Uint8Array | undefined, status: { code: Code; message: string } | undefined) => {
      if (socket.destroyed || !socket.writable) return;
      const res = create(ResponseSchema, { payload: payload ?? new Uint8Array(), status: status && status.code !== Code.OK ? status : undefined });
      socket.write(encodeFrame(streamId, MessageType.Response, toBinary(ResponseSchema, res)));
    };
    socket.on('data', (chunk: Buffer) => {
      for (const msg of decoder.push(chunk)) this.dispatch(msg, reply);
    });
    // A peer that goes away mid-call: the calls finish, their answers are dropped.
    socket.on('error', () => socket.destroy());
  }

  private dispatch(msg: Incoming, reply: (streamId: number, payload: Uint8Array | undefined, status: { code: Code; message: string } | undefined) => void): void {
    const fail = (code: Code, message: string) => {
      this.opts.onProtocolError?.(message);
      reply(msg.streamId, undefined, { code, message });
    };
    if (msg.kind === 'oversized') return fail(Code.RESOURCE_EXHAUSTED, `message length ${msg.length} exceed maximum message size of ${MAX_MESSAGE_LENGTH}`);
    // ttrpc ignores other message types (responses, stream data) for forward compatibility.
    if (msg.type !== MessageType.Request) return;
    if (msg.streamId % 2 !== 1) return fail(Code.INVALID_ARGUMENT, 'StreamID must be odd for client initiated streams');
    let req: Request;
    try {
      req = fromBinary(RequestSchema, msg.payload);
    } catch (err) {
      return fail(Code.INVALID_ARGUMENT, `unmarshal request error: ${(err as Error).message}`);
    }
    const methods = this.services.get(req.service);
    if (!methods) return fail(Code.UNIMPLEMENTED, `service ${req.service}`);
    const handler = methods.get(req.method);
    if (!handler) return fail(Code.UNIMPLEMENTED, `method ${req.method}`);
    const call: CallInfo = { service: req.service, method: req.method, metadata: new Map(req.metadata.map((kv) => [kv.key, kv.value])) };
    const began = performance.now();
    handler(req.payload, call).then(
      (payload) => {
        reply(msg.streamId, payload, undefined);
        this.opts.onCall?.(req.method, performance.now() - began, Code.OK);
      },
      (err: unknown) => {
        const status = this.statusOf(err);
        reply(msg.streamId, undefined, status);
        this.opts.onCall?.(req.method, performance.now() - began, status.code);
      },
    );
  }

  private statusOf(err: unknown): { code: Code; message: string } {
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

function handlerFor(m: DescMethod, fn: (req: unknown, call: CallInfo) => Promise<unknown>): Handler {
  return async (payload, call) => {
    let req: unknown;
    try {
      req = fromBinary(m.input, payload);
    } catch (err) {
      throw new TtrpcError(Code.INVALID_ARGUMENT, `unmarshal ${m.input.typeName}: ${(err as Error).message}`);
    }
    const out = await fn(req, call);
    return toBinary(m.output, create(m.output, out as MessageInitShape<typeof m.output>));
  };
}
