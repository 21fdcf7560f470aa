import { createReadStream, writeSync } from 'node:fs';
import * as libc from '../sys/libc.js';
import { HutchError } from '../errors.js';
import type { WaitResult } from '../sys/libc.js';

export interface ConsoleRequest {
  terminal: boolean;
  consoleSocket: string | undefined;
  /** create, run -d, exec -d: nobody stays to relay a terminal. */
  detached: boolean;
}

export interface Console {
  /** The fd the child inherits and sends the pty master over. */
  childFd: number;
  /** Our end of a socketpair when we relay the terminal ourselves. */
  relayEnd: number | undefined;
}

/** runc's rules for -t and --console-socket, and the socket the child gets. */
export function openConsole(req: ConsoleRequest): Console | undefined {
  if (!req.terminal) {
    if (req.consoleSocket) throw new HutchError('cannot use console socket if runc will not detach or allocate tty', { code: 'usage' });
    return undefined;
  }
  if (req.consoleSocket) {
    try {
      return { childFd: libc.connectUnix(req.consoleSocket), relayEnd: undefined };
    } catch (err) {
      throw new HutchError(`failed to connect to the console socket ${req.consoleSocket}: ${(err as Error).message}`, { code: 'system' });
    }
  }
  if (req.detached) throw new HutchError('cannot allocate tty if runc will detach without setting console socket', { code: 'usage' });
  const [ours, theirs] = libc.socketPair();
  return { childFd: theirs, relayEnd: ours };
}

/** After launch: close the child's end; when relaying, receive the pty master. */
export function finishConsole(c: Console | undefined): number | undefined {
  if (!c) return undefined;
  libc.close(c.childFd);
  if (c.relayEnd === undefined) return undefined;
  try {
    const master = libc.receiveFd(c.relayEnd);
    try {
      // Before `start` lets the process print (runc's ClearONLCR on the pty it relays).
      libc.clearOnlcr(master);
    } catch (err) {
      libc.close(master);
      throw err;
    }
    return master;
  } finally {
    libc.close(c.relayEnd);
  }
}

export function closeConsole(c: Console | undefined): void {
  if (!c) return;
  libc.close(c.childFd);
  if (c.relayEnd !== undefined) libc.close(c.relayEnd);
}

/**
 * Relay our terminal to the container's pty until the process exits: raw
 * mode, window size changes, and end of input (sent as ^D), as runc does.
 */
export async function relayTerminal(
  master: number,
  exited: Promise<WaitResult>,
  output: NodeJS.WriteStream = process.stdout,
): Promise<WaitResult> {
  const stdin = process.stdin;
  const raw = stdin.isTTY === true;
  const resize = () => {
    if (output.isTTY) libc.setWinsize(master, output.rows, output.columns);
  };
  resize();
  process.on('SIGWINCH', resize);
  if (raw) stdin.setRawMode(true);
  const onData = (chunk: Buffer) => {
    try {
      writeSync(master, chunk);
    } catch {
      // the container closed its terminal
    }
  };
  const onEnd = () => onData(Buffer.from([4]));
  stdin.on('data', onData);
  stdin.on('end', onEnd);
  stdin.resume();
  const drained = new Promise<void>((resolve) => {
    const rs = createReadStream('', { fd: master, autoClose: false, highWaterMark: 16384 });
    rs.on('data', (d) => output.write(d));
    rs.on('error', () => resolve()); // EIO: the slave side is gone
    rs.on('end', () => resolve());
  });
  try {
    const status = await exited;
    await Promise.race([drained, new Promise((r) => setTimeout(r, 500))]);
    return status;
  } finally {
    process.off('SIGWINCH', resize);
    stdin.off('data', onData);
    stdin.off('end', onEnd);
    if (raw) stdin.setRawMode(false);
    stdin.pause();
    stdin.destroy();
    libc.close(master);
  }
}
