/**
 * Issue #9 — a created container's init is not a copy of the Node runtime:
 * it is a fresh process exec'd from a sealed memfd (the interpreter and its
 * plan), small while it waits for `start`, and it still starts.
 */
import { openSync, readFileSync, readlinkSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace } from '../helpers/bundle.js';
import { rootSkipReason } from '../helpers/host.js';
import { containerId, describeResult, ensureHutchBuilt, killLeftovers, makeStateRoots, runRuntime } from '../helpers/runtimes.js';

const skip = rootSkipReason();

describe.skipIf(skip)(`created container memory${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('waits for start holding well under 4 MB, then runs normally', async () => {
    ensureHutchBuilt();
    const ws = makeWorkspace('hutch-mem-');
    const roots = makeStateRoots(ws);
    const id = containerId('mem');
    try {
      const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['sh', '-c', 'exit 7'] });
      b.writeConfig();
      const pidFile = `${ws.dir}/init.pid`;
      const created = await runRuntime({ runtime: 'hutch', roots, args: ['create', '--pid-file', pidFile, '--bundle', b.dir, id] });
      expect(created.exitCode, describeResult(created)).toBe(0);
      const pid = Number(readFileSync(pidFile, 'utf8'));
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
      expect(rss, status).toBeLessThan(4096);
      // Its executable is the sealed memfd, not Node and not a host file,
      // and nobody (root included) can open it for writing.
      expect(readlinkSync(`/proc/${pid}/exe`)).toMatch(/^\/memfd:hutch \(deleted\)$/);
      expect(() => openSync(`/proc/${pid}/exe`, 'r+')).toThrow(/EPERM|EACCES|ETXTBSY/);
      expect(readFileSync(`/proc/${pid}/cmdline`, 'utf8')).toBe('hutch-init\0');
      const started = await runRuntime({ runtime: 'hutch', roots, args: ['start', id] });
      expect(started.exitCode, describeResult(started)).toBe(0);
      for (let i = 0; i < 100; i++) {
        const st = JSON.parse((await runRuntime({ runtime: 'hutch', roots, args: ['state', id] })).stdout);
        if (st.status === 'stopped') break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(JSON.parse((await runRuntime({ runtime: 'hutch', roots, args: ['state', id] })).stdout).status).toBe('stopped');
    } finally {
      await runRuntime({ runtime: 'hutch', roots, args: ['delete', '--force', id] });
      killLeftovers(id);
      ws.cleanup();
    }
  });
});
