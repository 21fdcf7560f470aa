import { writeSync } from 'node:fs';

/**
 * Write a command's output straight to fd 1. process.stdout is a stream,
 * and touching it loads node:stream (and node:net for a pipe): more time
 * than a `state` call spends on its work. A non-blocking pipe that is full
 * (EAGAIN) falls back to the stream, which waits for room.
 */
export function writeOut(text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  try {
    while (off < buf.length) off += writeSync(1, buf, off);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    process.stdout.write(buf.subarray(off));
  }
}
