/**
 * The shim's log. containerd makes a fifo named `log` in the bundle before
 * it runs the shim and copies what comes out of it into its own log (with
 * the shim's id), in logrus's text format. The fifo is opened read-write so
 * that opening never blocks and a containerd that stopped reading never
 * gets the shim killed by SIGPIPE; lines that do not fit are dropped.
 */
import { closeSync, constants as fsc, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Level } from '../log.js';

export interface ShimLog {
  line(level: Level, msg: string): void;
  close(): void;
}

export function openShimLog(bundle: string, debug: boolean): ShimLog {
  let fd: number | undefined;
  try {
    fd = openSync(join(bundle, 'log'), fsc.O_RDWR | fsc.O_NONBLOCK);
  } catch {
    fd = undefined; // no fifo (run by hand): log nowhere
  }
  return {
    line(level, msg) {
      if (fd === undefined || (level === 'debug' && !debug)) return;
      const text = `time="${new Date().toISOString()}" level=${level === 'warning' ? 'warning' : level} msg=${JSON.stringify(msg)} runtime=io.containerd.hutch.v2\n`;
      try {
        writeSync(fd, text);
      } catch {
        // EAGAIN: nobody reads; the line is lost rather than the shim blocked
      }
    },
    close() {
      if (fd !== undefined) closeSync(fd);
      fd = undefined;
    },
  };
}
