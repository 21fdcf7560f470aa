import { appendFileSync } from 'node:fs';
import type { GlobalOptions } from './context.js';

export type Level = 'debug' | 'info' | 'warning' | 'error';

/**
 * runc writes log lines to --log (or stderr) as text or as JSON objects
 * {"level","msg","time"}. containerd and podman read the last "error" line
 * from that file, so errors must be exactly one line each.
 */
export class Logger {
  /**
   * `sink` replaces stderr (the library API passes its own); the --log file
   * is written either way.
   */
  constructor(
    private readonly opts: Pick<GlobalOptions, 'log' | 'logFormat' | 'debug'>,
    private readonly sink?: (level: Level, msg: string) => void,
  ) {}

  debug(msg: string): void {
    if (this.opts.debug) this.emit('debug', msg);
  }
  info(msg: string): void {
    this.emit('info', msg);
  }
  warn(msg: string): void {
    this.emit('warning', msg);
  }
  error(msg: string): void {
    this.emit('error', msg);
  }

  /** Warnings collected while deciding; a "debug: " prefix marks ones only --debug shows. */
  warnings(list: readonly string[]): void {
    for (const w of list) {
      if (w.startsWith('debug: ')) this.debug(w.slice(7));
      else this.warn(w);
    }
  }

  private emit(level: Level, msg: string): void {
    const time = new Date().toISOString();
    const line =
      this.opts.logFormat === 'json'
        ? JSON.stringify({ level, msg, time }) + '\n'
        : `time="${time}" level=${level} msg=${JSON.stringify(msg)}\n`;
    if (this.opts.log) {
      try {
        appendFileSync(this.opts.log, line);
      } catch {
        // A log file we cannot write must not hide the message itself.
      }
    }
    if (this.sink) {
      this.sink(level, msg);
      return;
    }
    // Errors always reach stderr too (runc prints its fatal error there as
    // well); warnings only when there is no --log: under conmon or the shim
    // our stderr is the container's log stream, which must stay clean.
    const toStderr = level === 'error' || (!this.opts.log && (level === 'warning' || level === 'debug'));
    if (toStderr) process.stderr.write(level === 'error' ? `hutch: ${msg}\n` : `hutch: ${level}: ${msg}\n`);
  }
}
