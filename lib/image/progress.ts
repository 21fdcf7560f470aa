import { shortDigest } from './digest.js';
import type { UnpackProgress } from './index.js';

function mib(n: number): string {
  return `${(n / 1048576).toFixed(1)} MiB`;
}

/**
 * A one-line progress display for a terminal: redrawn in place at most
 * every 100 ms, finished with a newline. Only used when stderr is a TTY, so
 * logs and pipes never get carriage returns.
 */
export function ttyProgress(out: NodeJS.WriteStream): { update: (p: UnpackProgress) => void; end: () => void } {
  let last = 0;
  let drawn = false;
  const draw = (p: UnpackProgress): void => {
    const size = p.total !== undefined ? `${mib(p.bytes)} / ${mib(p.total)}` : mib(p.bytes);
    const line = `layer ${p.layer}/${p.layers} ${shortDigest(p.digest)} ${size}${p.done ? ' done' : ''}`;
    out.write(`\r\x1b[K${line.slice(0, Math.max(20, (out.columns || 80) - 1))}`);
    drawn = true;
  };
  return {
    update(p) {
      const now = Date.now();
      if (!p.done && now - last < 100) return;
      last = now;
      draw(p);
    },
    end() {
      if (drawn) out.write('\n');
      drawn = false;
    },
  };
}
