import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../lib/state/store.js';
import { newRecord } from '../../lib/state/record.js';
import { listStates, stateOf } from '../../lib/state/query.js';
import { processStartTime } from '../../lib/state/process.js';
import { ownerName, parsePasswd } from '../../lib/state/owner.js';

let tmp: string;
let store: StateStore;
beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'hutch-query-'));
  store = new StateStore(join(tmp, 'root'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

describe('stateOf / listStates', () => {
  it('combine records, live status and owner as runc state/list do', async () => {
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const pid = child.pid!;
      const base = { bundle: '/b', rootfs: '/b/r', created: '2026-01-01T00:00:00Z', ociVersion: '1.0.2' };
      store.create('live');
      store.save(newRecord({ ...base, id: 'live', pid, pidStartTime: processStartTime(pid)!, marker: 'created' }));
      writeFileSync(store.fifoPath('live'), '');
      store.create('dead');
      store.save(newRecord({ ...base, id: 'dead', pid, pidStartTime: processStartTime(pid)! + 1, marker: 'running' }));
      mkdirSync(join(store.root, 'junk'));
      writeFileSync(join(store.root, 'junk', 'state.json'), 'garbage');

      expect(stateOf(store, 'live')).toMatchObject({ id: 'live', pid, status: 'created', owner: '' });
      expect(stateOf(store, 'dead')).toMatchObject({ id: 'dead', pid: 0, status: 'stopped' });
      expect(() => stateOf(store, 'missing')).toThrow('container does not exist');

      const errors: string[] = [];
      const rows = listStates(store, (_id, msg) => errors.push(msg));
      expect(rows.map((r) => [r.id, r.status, r.owner])).toEqual([
        ['dead', 'stopped', ownerName(process.geteuid!())],
        ['live', 'created', ownerName(process.geteuid!())],
      ]);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(/^load container junk: .*state\.json: /);
    } finally {
      child.kill('SIGKILL');
    }
  });
});

describe('owner names', () => {
  it("parses passwd and falls back to runc's #uid", () => {
    const users = parsePasswd('root:x:0:0:root:/root:/bin/bash\n# comment\nbob:x:1000:1000::/home/bob:/bin/sh\nalias:x:1000:1000::/:/bin/sh\nbad\n');
    expect(ownerName(0, users)).toBe('root');
    expect(ownerName(1000, users)).toBe('bob');
    expect(ownerName(4242, users)).toBe('#4242');
  });
});

describe('no FFI in the fast path', () => {
  it('lib/state and lib/signals import only node builtins and each other', () => {
    const files = [
      ...readdirSync('lib/state').filter((f) => f.endsWith('.ts')).map((f) => join('lib/state', f)),
      'lib/signals.ts',
    ];
    for (const file of files) {
      const imports = [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
      for (const spec of imports) {
        // sys/per-process.ts imports nothing (per-process values, kept out of the snapshot).
        const ok = spec.startsWith('node:') || spec.startsWith('./') || spec === '../errors.js' || spec === './errors.js' || spec === '../sys/per-process.js';
        expect(ok, `${file} imports ${spec}`).toBe(true);
      }
    }
  });
});
