/**
 * The library's sandbox stdio: the command's input from a buffer (or
 * /dev/null), its output captured into buffers, through pipes handed to the
 * container as its fds 0, 1 and 2 (the runtime's stdio option). Our ends
 * are read by libuv (net.Socket on the fd), never by a blocking read on a
 * thread-pool thread, so many sandboxes can run at once.
 */
import { closeSync, openSync } from 'node:fs';
import { Socket } from 'node:net';
import * as libc from '../sys/libc.js';
import { oflags } from '../sys/consts.js';
import { hostArch } from '../sys/arch.js';

export interface StdioRequest {
  /** Bytes for the command's stdin; default: /dev/null. */
  input?: string | Uint8Array;
  /** Capture stdout and stderr; default: they are this process's. */
  capture?: boolean;
}

export interface Captured {
  stdout: Buffer;
  stderr: Buffer;
}

/**
 * Run `body` with the command's fds 0, 1, 2; the capture is complete when
 * the returned promise settles (the sandbox's pid namespace is gone by
 * then, so nothing else holds the pipes).
 */
export async function withStdio<T>(
  req: StdioRequest,
  body: (stdio: readonly [number, number, number]) => Promise<T>,
): Promise<{ result: T; captured: Captured | undefined }> {
  const cloexec = oflags(hostArch()).CLOEXEC;
  const theirs: number[] = [];
  const sockets: Socket[] = [];
  const pending: Promise<unknown>[] = [];
  try {
    const stdin = req.input === undefined ? openSync('/dev/null', 'r') : feed(req.input, cloexec, theirs, sockets, pending);
    if (req.input === undefined) theirs.push(stdin);
    const out = req.capture ? drain(cloexec, theirs, sockets) : undefined;
    const err = req.capture ? drain(cloexec, theirs, sockets) : undefined;
    const result = await body([stdin, out ? out[0] : 1, err ? err[0] : 2]);
    // Our copies of the command's ends go, so the pipes end when theirs do.
    theirs.splice(0).forEach((fd) => closeSync(fd));
    await Promise.allSettled(pending);
    return { result, captured: out && err ? { stdout: await out[1], stderr: await err[1] } : undefined };
  } catch (e) {
    sockets.forEach((s) => s.destroy());
    throw e;
  } finally {
    theirs.forEach((fd) => closeSync(fd));
  }
}

/** A pipe whose read end the command gets; `input` is written into it as it reads. */
function feed(input: string | Uint8Array, cloexec: number, theirs: number[], sockets: Socket[], pending: Promise<unknown>[]): number {
  const [r, w] = libc.pipe2(cloexec);
  theirs.push(r);
  const sock = new Socket({ fd: w, readable: false, writable: true });
  sockets.push(sock);
  pending.push(
    new Promise<void>((resolve) => {
      // EPIPE: the command exited without reading it all, which is its right.
      sock.on('error', () => resolve());
      sock.end(input, () => resolve());
    }),
  );
  return r;
}

/** A pipe whose write end the command gets, read to the end into a buffer. */
function drain(cloexec: number, theirs: number[], sockets: Socket[]): [number, Promise<Buffer>] {
  const [r, w] = libc.pipe2(cloexec);
  theirs.push(w);
  const sock = new Socket({ fd: r, readable: true, writable: false });
  sockets.push(sock);
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    sock.on('data', (c: Buffer) => chunks.push(c));
    sock.on('end', () => resolve(Buffer.concat(chunks)));
    sock.on('error', reject);
  });
  return [w, done];
}
