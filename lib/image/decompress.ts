import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { Duplex, PassThrough, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { HutchError } from '../errors.js';

export type Compression = 'none' | 'gzip' | 'zstd';

/** Identify compression by magic bytes, which is what containers/image does: media types lie (docker-archive layers say nothing). */
export function sniff(head: Buffer): Compression {
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (head.length >= 4 && head.readUInt32LE(0) === 0xfd2fb528) return 'zstd';
  return 'none';
}

/** Read the first bytes of a stream without losing them. */
export async function peek(stream: Readable, n: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const onReadable = (): void => {
      const chunk: Buffer | null = stream.read();
      if (chunk === null) return; // wait for more (or 'end')
      cleanup();
      stream.unshift(chunk);
      resolve(chunk.subarray(0, n));
    };
    const onEnd = (): void => {
      cleanup();
      resolve(Buffer.alloc(0));
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    stream.on('readable', onReadable);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
}

/** A decompressor for the detected format, or null for plain tar. */
export function decompressor(kind: Compression): Duplex | null {
  if (kind === 'none') return null;
  if (kind === 'gzip') return zlib.createGunzip({ chunkSize: 256 * 1024 }); // bigger chunks: fewer writes per file
  // zstd landed in node:zlib in Node 22.15 / 23.8; detect rather than assume,
  // and fall back to the zstd program, which most distributions ship.
  const z = zlib as unknown as { createZstdDecompress?: () => Duplex };
  if (typeof z.createZstdDecompress === 'function') return z.createZstdDecompress();
  const bin = onPath('zstd');
  if (bin) return externalZstd(bin);
  throw new HutchError(
    `zstd-compressed layers need Node.js >= 22.15 (this is ${process.version}) or the zstd program on PATH; ` +
      'or convert the image, e.g. skopeo copy --dest-compress-format gzip',
    { code: 'image' },
  );
}

function onPath(cmd: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (!dir) continue;
    const p = path.join(dir, cmd);
    try {
      accessSync(p, constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/**
 * `zstd -dc` as a stream. Its output only ends once zstd has exited 0, so a
 * corrupt or truncated input fails with zstd's own message rather than as
 * a short stream.
 */
function externalZstd(bin: string): Duplex {
  const child = spawn(bin, ['-dcq'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out = new PassThrough();
  child.stdout.pipe(out, { end: false });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
  });
  child.on('error', (err) => out.destroy(err));
  child.on('close', (code, signal) => {
    if (code === 0) out.end();
    else out.destroy(new HutchError(`zstd: ${stderr.trim().split('\n').pop() || `exit ${code ?? signal}`}`, { code: 'image' }));
  });
  const duplex = Duplex.from({ writable: child.stdin, readable: out });
  // If the pipeline is torn down first, do not leave zstd running.
  duplex.on('close', () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
  });
  return duplex;
}
