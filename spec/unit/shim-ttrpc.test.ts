/**
 * ttrpc framing and the server's answers to bad input: every malformed
 * frame, undecodable request, unknown service or method, or throwing
 * handler gets a status on its stream, and the connection keeps serving.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeFrame, FrameDecoder, HEADER_LENGTH, MAX_MESSAGE_LENGTH, MessageType } from '../../lib/shim/ttrpc/frame.js';
import { TtrpcServer, unary } from '../../lib/shim/ttrpc/server.js';
import { TtrpcClient } from '../../lib/shim/ttrpc/client.js';
import { Code, TtrpcError, notFound } from '../../lib/shim/ttrpc/status.js';
import { TASK_METHODS, TASK_SERVICE, callTask } from '../../lib/shim/task-api.js';
import { encode, task, ttrpc } from '../../lib/shim/proto.js';

describe('ttrpc frames', () => {
  it('encodes the 10-byte big-endian header', () => {
    const f = encodeFrame(7, MessageType.Request, Buffer.from('abc'), 0x4);
    expect([...f.subarray(0, HEADER_LENGTH)]).toEqual([0, 0, 0, 3, 0, 0, 0, 7, 1, 4]);
    expect(f.subarray(HEADER_LENGTH).toString()).toBe('abc');
  });

  it('decodes frames split at every byte and several in one chunk', () => {
    const bytes = Buffer.concat([
      encodeFrame(1, 1, Buffer.from('hello')),
      encodeFrame(3, 1, Buffer.alloc(0)),
      encodeFrame(5, 2, Buffer.from('x'.repeat(300))),
    ]);
    const d = new FrameDecoder();
    const got = [];
    for (let i = 0; i < bytes.length; i++) got.push(...d.push(bytes.subarray(i, i + 1)));
    expect(got.map((f) => (f.kind === 'frame' ? [f.streamId, f.type, f.payload.length] : f.kind))).toEqual([
      [1, 1, 5],
      [3, 1, 0],
      [5, 2, 300],
    ]);
    expect(d.buffered).toBe(0);
    const all = new FrameDecoder().push(bytes);
    expect(all).toHaveLength(3);
  });

  it('skips an oversized message without buffering it, and decodes the next one', () => {
    const d = new FrameDecoder();
    const header = Buffer.alloc(HEADER_LENGTH);
    header.writeUInt32BE(MAX_MESSAGE_LENGTH + 1, 0);
    header.writeUInt32BE(9, 4);
    header.writeUInt8(1, 8);
    expect(d.push(header)).toEqual([{ kind: 'oversized', streamId: 9, length: MAX_MESSAGE_LENGTH + 1 }]);
    // The body arrives in pieces and is dropped as it comes.
    const piece = Buffer.alloc(1 << 20);
    for (let sent = 0; sent < MAX_MESSAGE_LENGTH; sent += piece.length) expect(d.push(piece)).toEqual([]);
    expect(d.buffered).toBe(0);
    const next = d.push(Buffer.concat([Buffer.alloc(1), encodeFrame(11, 1, Buffer.from('ok'))]));
    expect(next).toEqual([expect.objectContaining({ kind: 'frame', streamId: 11, payload: Buffer.from('ok') })]);
  });

  it('refuses to encode more than the maximum', () => {
    expect(() => encodeFrame(1, 1, Buffer.alloc(MAX_MESSAGE_LENGTH + 1))).toThrow(RangeError);
  });
});

describe('ttrpc server', () => {
  let dir: string;
  let server: Server;
  let sock: string;
  const protocolErrors: string[] = [];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `hutch-ttrpc-${process.pid}-`));
    sock = join(dir, 's');
    const server_ = new TtrpcServer({ onProtocolError: (m) => protocolErrors.push(m) });
    // Two Task methods that answer, throw, or wait as the test needs.
    server_.register(TASK_SERVICE, {
      Connect: unary(TASK_METHODS.Connect[0], TASK_METHODS.Connect[1], async () => ({ shimPid: 42, version: 'test' })),
      State: unary(TASK_METHODS.State[0], TASK_METHODS.State[1], async (req) => {
        if (req.id === 'slow') await new Promise((r) => setTimeout(r, 200));
        if (req.id === 'missing') throw notFound('container missing');
        if (req.id === 'bug') throw new Error('a broken invariant');
        if (req.id === 'unimplemented') throw new TtrpcError(Code.UNIMPLEMENTED, 'state: not implemented');
        return { id: req.id, pid: 1 };
      }),
    });
    server = createServer((s) => server_.handle(s));
    await new Promise<void>((r) => server.listen(sock, r));
  });

  afterAll(async () => {
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  /** Sends raw bytes and collects the responses for the given stream ids. */
  async function rawExchange(bytes: Buffer, streams: number[]): Promise<Map<number, { code: number; message: string }>> {
    const { connect } = await import('node:net');
    return new Promise((resolve, reject) => {
      const s = connect(sock);
      const d = new FrameDecoder();
      const got = new Map<number, { code: number; message: string }>();
      s.on('data', (c: Buffer) => {
        for (const f of d.push(c)) {
          if (f.kind !== 'frame') continue;
          const res = ttrpc.Response.decode(f.payload);
          got.set(f.streamId, { code: res.status?.code ?? 0, message: res.status?.message ?? '' });
        }
        if (streams.every((id) => got.has(id))) {
          s.destroy();
          resolve(got);
        }
      });
      s.on('error', reject);
      s.write(bytes);
    });
  }

  const request = (service: string, method: string, payload: Uint8Array) => encode(ttrpc.Request, { service, method, payload });

  it('answers a call', async () => {
    const c = await TtrpcClient.connect(sock);
    expect((await callTask(c, 'Connect', {})).shimPid).toBe(42);
    c.close();
  });

  it('unknown service and unknown method: UNIMPLEMENTED, as ttrpc words it', async () => {
    const c = await TtrpcClient.connect(sock);
    await expect(c.callRaw('no.such.Service', 'State', new Uint8Array())).rejects.toMatchObject({
      code: Code.UNIMPLEMENTED,
      message: 'service no.such.Service',
    });
    await expect(c.callRaw('containerd.task.v2.Task', 'Frobnicate', new Uint8Array())).rejects.toMatchObject({
      code: Code.UNIMPLEMENTED,
      message: 'method Frobnicate',
    });
    // The connection still serves.
    expect((await callTask(c, 'State', { id: 'a' })).id).toBe('a');
    c.close();
  });

  it('an undecodable request or payload: INVALID_ARGUMENT', async () => {
    const garbage = Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f]);
    const got = await rawExchange(
      Buffer.concat([
        encodeFrame(1, MessageType.Request, garbage),
        encodeFrame(3, MessageType.Request, request('containerd.task.v2.Task', 'State', garbage)),
        encodeFrame(5, MessageType.Request, request('containerd.task.v2.Task', 'State', encode(task.StateRequest, { id: 'fine' }))),
      ]),
      [1, 3, 5],
    );
    expect(got.get(1)).toMatchObject({ code: Code.INVALID_ARGUMENT, message: expect.stringMatching(/^unmarshal request error/) });
    expect(got.get(3)).toMatchObject({ code: Code.INVALID_ARGUMENT });
    expect(got.get(5)).toEqual({ code: 0, message: '' });
  });

  it('an even stream id is refused; responses and data frames are ignored', async () => {
    const ok = request('containerd.task.v2.Task', 'Connect', encode(task.ConnectRequest, {}));
    const got = await rawExchange(
      Buffer.concat([
        encodeFrame(2, MessageType.Request, ok),
        encodeFrame(7, MessageType.Response, ok),
        encodeFrame(9, MessageType.Data, ok),
        encodeFrame(11, MessageType.Request, ok),
      ]),
      [2, 11],
    );
    expect(got.get(2)).toEqual({ code: Code.INVALID_ARGUMENT, message: 'StreamID must be odd for client initiated streams' });
    expect(got.get(11)?.code).toBe(0);
    expect(got.has(7) || got.has(9)).toBe(false);
  });

  it('an oversized message: RESOURCE_EXHAUSTED on its stream, the next call is served', async () => {
    const header = Buffer.alloc(HEADER_LENGTH);
    header.writeUInt32BE(MAX_MESSAGE_LENGTH + 5, 0);
    header.writeUInt32BE(13, 4);
    header.writeUInt8(MessageType.Request, 8);
    const ok = request('containerd.task.v2.Task', 'Connect', new Uint8Array());
    const got = await rawExchange(
      Buffer.concat([header, Buffer.alloc(MAX_MESSAGE_LENGTH + 5), encodeFrame(15, MessageType.Request, ok)]),
      [13, 15],
    );
    expect(got.get(13)).toEqual({
      code: Code.RESOURCE_EXHAUSTED,
      message: `message length ${MAX_MESSAGE_LENGTH + 5} exceed maximum message size of ${MAX_MESSAGE_LENGTH}`,
    });
    expect(got.get(15)?.code).toBe(0);
  });

  it('a handler error becomes the status: its code, or UNKNOWN for a plain Error', async () => {
    const c = await TtrpcClient.connect(sock);
    await expect(callTask(c, 'State', { id: 'missing' })).rejects.toMatchObject({
      code: Code.NOT_FOUND,
      message: 'container missing: not found',
    });
    await expect(callTask(c, 'State', { id: 'bug' })).rejects.toMatchObject({ code: Code.UNKNOWN, message: 'a broken invariant' });
    c.close();
  });

  it('answers calls in the order they finish, each on its own stream', async () => {
    const c = await TtrpcClient.connect(sock);
    const order: string[] = [];
    await Promise.all([
      callTask(c, 'State', { id: 'slow' }).then((r) => order.push(r.id)),
      callTask(c, 'State', { id: 'quick' }).then((r) => order.push(r.id)),
    ]);
    expect(order).toEqual(['quick', 'slow']);
    c.close();
  });

  it('a client that hangs up mid-call does not disturb the server', async () => {
    const c = await TtrpcClient.connect(sock);
    const p = callTask(c, 'State', { id: 'slow' });
    c.close();
    await expect(p).rejects.toBeInstanceOf(Error);
    await new Promise((r) => setTimeout(r, 250));
    const c2 = await TtrpcClient.connect(sock);
    expect((await callTask(c2, 'Connect', {})).version).toBe('test');
    c2.close();
  });
});
