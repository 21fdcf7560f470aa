/**
 * A process's stdio, from the paths containerd gives (fifos it made, a
 * `file://` URI from `ctr --log-uri`, or nothing).
 *
 * Without a terminal the process gets the fifos themselves as fds 0, 1, 2:
 * no copying through the shim. stdin is opened for reading, so the process
 * sees end of input when the caller closes its end (as it does after its
 * own end of input, before CloseIO). stdout and stderr are opened
 * read-write: the process holding a reader can never be killed by SIGPIPE
 * when nobody reads (a detached `ctr run -d`); it blocks when the fifo is
 * full, as with the runc shim, whose own reader keeps the fifo open too.
 *
 * With a terminal the process gets the pty's slave and the shim relays:
 * stdin fifo → pty master → stdout fifo, without blocking its event loop.
 */
import { closeSync, constants as fsc, openSync } from 'node:fs';
import { Socket } from 'node:net';
import { ReadStream } from 'node:tty';
import { TtrpcError, Code } from './ttrpc/status.js';

export interface IoPaths {
  stdin: string;
  stdout: string;
  stderr: string;
  terminal: boolean;
}

type Libc = typeof import('../sys/libc.js');

export class ProcessIo {
  /** fds 0, 1, 2 for the process (no terminal), until it has them. */
  private handOver: number[] = [];
  stdio: [number, number, number] | undefined;
  private master: ReadStream | undefined;
  private masterFd: number | undefined;
  private stdinRelay: Socket | undefined;
  private stdoutRelay: Socket | undefined;
  /** Settles when the terminal's output has all been passed on (immediately without a terminal). */
  readonly drained: Promise<void>;
  private drainedResolve!: () => void;

  private constructor(
    readonly paths: IoPaths,
    private readonly libc: Libc,
  ) {
    this.drained = new Promise((r) => (this.drainedResolve = r));
    if (!paths.terminal) this.drainedResolve();
  }

  static open(paths: IoPaths, libc: Libc): ProcessIo {
    const io = new ProcessIo(paths, libc);
    try {
      if (!paths.terminal) io.openDirect();
    } catch (err) {
      io.close();
      throw err;
    }
    return io;
  }

  private openDirect(): void {
    const stdin = this.paths.stdin ? this.openStdin(this.paths.stdin) : this.track(openSync('/dev/null', fsc.O_RDONLY));
    const stdout = this.openOutput(this.paths.stdout);
    const stderr = this.paths.stderr && this.paths.stderr === this.paths.stdout ? stdout : this.openOutput(this.paths.stderr);
    this.stdio = [stdin, stdout, stderr];
  }

  private track(fd: number): number {
    this.handOver.push(fd);
    return fd;
  }

  /** Non-blocking so the open does not wait for a writer; blocking again for the process's reads. */
  private openStdin(path: string): number {
    const fd = this.track(openSync(checkPath(path), fsc.O_RDONLY | fsc.O_NONBLOCK));
    this.libc.setBlocking(fd);
    return fd;
  }

  private openOutput(uri: string): number {
    if (!uri) return this.track(openSync('/dev/null', fsc.O_WRONLY));
    if (uri.startsWith('file://')) return this.track(openSync(new URL(uri).pathname, fsc.O_WRONLY | fsc.O_APPEND | fsc.O_CREAT, 0o640));
    return this.track(openSync(checkPath(uri), fsc.O_RDWR));
  }

  /** The process has its copies (or failed to start): close ours. */
  handedOver(): void {
    for (const fd of this.handOver.splice(0)) closeQuietly(fd);
  }

  /** Terminal: relay between the fifos and the pty master the process's runtime sent us. */
  attachConsole(master: number): void {
    this.masterFd = master;
    const m = new ReadStream(master, { writable: true } as never);
    this.master = m;
    const out = this.paths.stdout
      ? new Socket({ fd: openSync(checkPath(this.paths.stdout), fsc.O_RDWR), readable: false, writable: true })
      : undefined;
    this.stdoutRelay = out;
    out?.on('error', () => undefined);
    out?.on('drain', () => m.resume());
    m.on('data', (chunk: Buffer) => {
      if (out && !out.write(chunk)) m.pause();
    });
    // EIO once every slave fd is closed: the output is over.
    const finish = () => {
      if (out) out.end(() => this.drainedResolve());
      else this.drainedResolve();
    };
    m.once('end', finish);
    m.once('error', finish);
    if (!out) m.resume();
    if (this.paths.stdin) {
      // Read-write: this end never reads EOF before the caller has opened its end.
      const input = new Socket({ fd: openSync(checkPath(this.paths.stdin), fsc.O_RDWR), readable: true, writable: false });
      this.stdinRelay = input;
      input.on('error', () => undefined);
      input.on('data', (chunk: Buffer) => m.write(chunk));
    }
  }

  resize(width: number, height: number): void {
    if (this.masterFd === undefined) throw new TtrpcError(Code.FAILED_PRECONDITION, 'console not available: failed precondition');
    this.libc.setWinsize(this.masterFd, height, width);
  }

  /** CloseIO: no more input. The fifo itself reaches the process: its writer closing is the end of input. */
  closeStdin(): void {
    this.stdinRelay?.destroy();
    this.stdinRelay = undefined;
  }

  close(): void {
    this.handedOver();
    this.closeStdin();
    this.master?.destroy();
    this.master = undefined;
    this.stdoutRelay?.destroy();
    this.stdoutRelay = undefined;
    this.drainedResolve();
  }
}

/** containerd's other stdio schemes (binary:// logging drivers) are not supported; say so. */
function checkPath(path: string): string {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path))
    throw new TtrpcError(Code.UNIMPLEMENTED, `stdio ${path}: only fifo paths and file:// URIs are supported: not implemented`);
  return path;
}

function closeQuietly(fd: number): void {
  try {
    closeSync(fd);
  } catch {
    // closed already
  }
}
