import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { HutchError } from '../errors.js';

const ALGORITHMS: Record<string, { hash: string; hexLength: number }> = {
  sha256: { hash: 'sha256', hexLength: 64 },
  sha512: { hash: 'sha512', hexLength: 128 },
};

/** Split and validate "alg:hex"; the hex becomes a file name, so it is checked strictly. */
export function parseDigest(digest: string): { algorithm: string; hex: string } {
  const m = /^([a-z0-9]+):([a-f0-9]+)$/.exec(digest);
  const alg = m && ALGORITHMS[m[1]!];
  if (!m || !alg || m[2]!.length !== alg.hexLength) {
    throw new HutchError(`unsupported or malformed digest ${JSON.stringify(digest)}`, { code: 'image' });
  }
  return { algorithm: m[1]!, hex: m[2]! };
}

export function digestOf(data: Buffer, algorithm = 'sha256'): string {
  return `${algorithm}:${createHash(ALGORITHMS[algorithm]!.hash).update(data).digest('hex')}`;
}

/** Shorten a digest for messages: sha256:0123456789ab. */
export function shortDigest(digest: string): string {
  return digest.slice(0, digest.indexOf(':') + 13);
}

export interface VerifyOptions {
  digest: string;
  /** Expected byte count, when the descriptor gives one. */
  size?: number;
  /** What the bytes are, for the error message ("blob", "layer diff_id"). */
  what: string;
  onBytes?: (n: number) => void;
}

/**
 * A pass-through that hashes and counts what flows through it and fails the
 * stream at the end if digest or size differ. Oversized input fails at once,
 * so a lying descriptor cannot make us read forever.
 */
export function verifier(opts: VerifyOptions): Transform {
  const { algorithm } = parseDigest(opts.digest);
  const hash = createHash(ALGORITHMS[algorithm]!.hash);
  let count = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, cb: TransformCallback) {
      count += chunk.length;
      if (opts.size !== undefined && count > opts.size) {
        cb(new HutchError(`${opts.what} ${opts.digest}: more data than the ${opts.size} bytes its descriptor declares`, { code: 'image' }));
        return;
      }
      hash.update(chunk);
      opts.onBytes?.(chunk.length);
      cb(null, chunk);
    },
    flush(cb: TransformCallback) {
      if (opts.size !== undefined && count !== opts.size) {
        cb(
          new HutchError(`${opts.what} ${opts.digest}: size mismatch: got ${count} bytes, descriptor says ${opts.size} (truncated?)`, {
            code: 'image',
          }),
        );
        return;
      }
      const got = `${algorithm}:${hash.digest('hex')}`;
      if (got !== opts.digest) {
        cb(new HutchError(`${opts.what} digest mismatch: expected ${opts.digest}, got ${got}`, { code: 'image' }));
        return;
      }
      cb();
    },
  });
}
