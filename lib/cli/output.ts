import { writeSync } from 'node:fs';

/**
 * Write a command's output straight to fd 1 or 2. process.stdout and
 * process.stderr are streams, and touching them loads node:stream (and
 * node:net for a pipe): more time than a `state` call spends on its work.
 * A non-blocking pipe that is full (EAGAIN) falls back to the stream, which
 * waits for room.
 */
export function writeOut(text: string, fd: 1 | 2 = 1): void {
  const buf = Buffer.from(text, 'utf8');
  let off = 0;
  try {
    while (off < buf.length) off += writeSync(fd, buf, off);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EAGAIN') throw err;
    (fd === 1 ? process.stdout : process.stderr).write(buf.subarray(off));
  }
}
