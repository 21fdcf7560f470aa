/**
 * The runtime's one log: warnings, errors and debug lines of every verb, the
 * library's and the CLI's alike. It belongs to the RuntimeContext
 * (context.ts): whoever builds the context decides where lines go.
 *
 * runc writes log lines to --log (or stderr) as text or as JSON objects
 * {"level","msg","time"}. containerd and podman read the last "error" line
 * from that file, so errors must be exactly one line each. hutch adds the
 * error's machine-readable code ("code") to a JSON error record; Go's JSON
 * decoding in those callers ignores fields it does not know.
 */
import { appendFileSync } from 'node:fs';
import type { ErrorCode } from './errors.js';

export type Level = 'debug' | 'info' | 'warning' | 'error';

export interface LogOptions {
  /** --log FILE: where lines go besides (or instead of) stderr. */
  file?: string;
  format?: 'text' | 'json';
  /** --debug, or DEBUG naming hutch (DEBUG=hutch:*, as the debug package reads it). */
  debug?: boolean;
  /** Replaces stderr (the library passes its caller's callback); the file is written either way. */
  sink?: (level: Level, msg: string) => void;
}

export class Logger {
  readonly file: string | undefined;
  readonly format: 'text' | 'json';
  readonly debugEnabled: boolean;
  private readonly sink: LogOptions['sink'];

  constructor(opts: LogOptions = {}) {
    this.file = opts.file;
    this.format = opts.format ?? 'text';
    this.debugEnabled = opts.debug === true || debugFromEnv(process.env.DEBUG);
    this.sink = opts.sink;
  }

  debug(msg: string): void {
    if (this.debugEnabled) this.emit('debug', msg);
  }
  info(msg: string): void {
    this.emit('info', msg);
  }
  warn(msg: string): void {
    this.emit('warning', msg);
  }
  error(msg: string, code?: ErrorCode): void {
    this.emit('error', msg, code);
  }

  /** Warnings collected while deciding; a "debug: " prefix marks ones only --debug shows. */
  warnings(list: readonly string[]): void {
    for (const w of list) {
      if (w.startsWith('debug: ')) this.debug(w.slice(7));
      else this.warn(w);
    }
  }

  private emit(level: Level, msg: string, code?: ErrorCode): void {
    const time = new Date().toISOString();
    const line =
      this.format === 'json'
        ? JSON.stringify(code === undefined ? { level, msg, time } : { level, msg, code, time }) + '\n'
        : `time="${time}" level=${level} msg=${JSON.stringify(msg)}\n`;
    if (this.file) {
      try {
        appendFileSync(this.file, line);
      } catch {
        // A log file we cannot write must not hide the message itself.
      }
    }
    if (this.sink) {
      this.sink(level, msg);
      return;
    }
    // Errors always reach stderr too (runc prints its fatal error there as
    // well); warnings and debug lines only when there is no --log: under
    // conmon or the shim our stderr is the container's log stream, which
    // must stay clean.
    const toStderr = level === 'error' || (!this.file && (level === 'warning' || level === 'debug'));
    // Debug lines keep runc's record format on stderr too (level=debug, or JSON), so tools can filter them.
    if (toStderr) process.stderr.write(level === 'error' ? `hutch: ${msg}\n` : level === 'debug' ? line : `hutch: ${level}: ${msg}\n`);
  }
}

/** The debug package's convention: DEBUG=hutch:*, DEBUG=hutch:hooks, DEBUG=* all name us. */
function debugFromEnv(value: string | undefined): boolean {
  if (!value) return false;
  return value.split(/[\s,]+/).some((p) => p === '*' || p === 'hutch' || p.startsWith('hutch:'));
}
