/**
 * The lock and atomic save under real concurrency: many node processes
 * hammer one container. Children run the store bundled by esbuild, since
 * Node 20 cannot import the TypeScript sources directly.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StateStore } from '../../lib/state/store.js';
import { newRecord } from '../../lib/state/record.js';
import { formatHolder, holderIsDead, parseHolder, tryLock } from '../../lib/state/lock.js';
import { processStartTime } from '../../lib/state/process.js';

let tmp: string;
let bundle: string;
let worker: string;

const WORKER = `
import { openSync, closeSync, unlinkSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
const [bundle, root, id, mode, iterArg, dieArg] = process.argv.slice(2);
const { StateStore, isAlive } = await import(bundle);
const store = new StateStore(root);
const out = { violations: 0, corrupt: 0, done: 0, created: false, error: '' };
const marker = join(store.dir(id), 'inside');

function enter() {
  for (;;) {
    try {
      const fd = openSync(marker, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return;
    } catch {
      // left behind by a holder that was killed inside? then it is no violation
      let pid = 0;
      try { pid = Number(readFileSync(marker, 'utf8')); } catch { continue; }
      if (pid && !isAlive(pid)) { try { unlinkSync(marker); } catch {} continue; }
      out.violations++;
      return;
    }
  }
}

if (mode === 'write') {
  const iters = Number(iterArg), dieAt = Number(dieArg ?? -1);
  for (let i = 0; i < iters; i++) {
    const release = await store.lock(id, { timeoutMs: 60000 });
    enter();
    const r = store.load(id);
    r.extra.counter++;
    r.extra.last = process.pid;
    await new Promise((res) => setImmediate(res));
    if (i === dieAt) process.kill(process.pid, 'SIGKILL'); // die holding the lock, mid-update
    store.save(r);
    try { unlinkSync(marker); } catch {}
    release();
    out.done++;
  }
} else if (mode === 'read') {
  const until = Date.now() + Number(iterArg);
  while (Date.now() < until) {
    try { store.load(id); } catch (e) { out.corrupt++; out.error = String(e.message); }
    out.done++;
    await new Promise((res) => setImmediate(res));
  }
} else if (mode === 'create') {
  const rec = { version: 1, id, pid: 0, pidStartTime: 0, bundle: '/b', rootfs: '/b/r', created: 'x', ociVersion: '', owner: '', annotations: {}, marker: 'creating', rootless: false, namespacePaths: {}, cgroupPaths: {}, uidMappings: [], gidMappings: [] };
  try { out.created = store.claim(rec) === 'claimed'; if (!out.created) out.error = 'taken'; } catch (e) { out.error = e.message; }
} else if (mode === 'hold') {
  const release = await store.lock(id);
  process.stdout.write('locked\\n');
  await new Promise((res) => setTimeout(res, Number(iterArg)));
  release();
}
process.stdout.write(JSON.stringify(out) + '\\n');
`;

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'hutch-lock-'));
  bundle = join(tmp, 'state.mjs');
  const entry = join(tmp, 'entry.ts');
  writeFileSync(
    entry,
    `export { StateStore } from ${JSON.stringify(join(process.cwd(), 'lib/state/store.ts'))};\n` +
      `export { isAlive } from ${JSON.stringify(join(process.cwd(), 'lib/state/process.ts'))};\n`,
  );
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'silent' });
  worker = join(tmp, 'worker.mjs');
  writeFileSync(worker, WORKER);
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Result {
  violations: number;
  corrupt: number;
  done: number;
  created: boolean;
  error: string;
}

function run(
  root: string,
  id: string,
  mode: string,
  ...args: (string | number)[]
): { child: ChildProcess; result: Promise<Result | null> } {
  const child = spawn(process.execPath, [worker, bundle, root, id, mode, ...args.map(String)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let text = '';
  child.stdout!.on('data', (d) => (text += d));
  const result = new Promise<Result | null>((res) =>
    child.on('exit', () => {
      const last = text.trim().split('\n').pop() ?? '';
      res(last.startsWith('{') ? (JSON.parse(last) as Result) : null);
    }),
  );
  return { child, result };
}

function freshStore(name: string): StateStore {
  const store = new StateStore(join(tmp, name));
  store.claim(newRecord({ id: 'c', bundle: '/b', rootfs: '/b/r', created: 'x', extra: { counter: 0 } }));
  return store;
}

describe('lock file format', () => {
  it('round-trips the holder line', () => {
    const h = { pid: 12, startTime: 345, pidNs: 'pid:[4026531836]' };
    expect(parseHolder(formatHolder(h))).toEqual(h);
    expect(parseHolder('')).toBeUndefined();
    expect(parseHolder('abc')).toBeUndefined();
  });

  it('judges holders: dead pid or reused pid is dead; other pid namespaces are never judged', () => {
    const me = { pid: process.pid, startTime: processStartTime('self')!, pidNs: 'ns' };
    expect(holderIsDead(me, me)).toBe(false);
    expect(holderIsDead({ ...me, startTime: me.startTime + 1 }, me)).toBe(true);
    expect(holderIsDead({ ...me, pid: 2 ** 22 + 1 }, me)).toBe(true);
    expect(holderIsDead({ ...me, pid: 2 ** 22 + 1, pidNs: 'other' }, me)).toBe(false);
  });
});

describe('StateStore.lock', () => {
  it('is exclusive within a process and released by the returned function', async () => {
    const store = freshStore('single');
    const release = await store.lock('c');
    expect(tryLock(store.lockPath('c'))).toBeUndefined();
    await expect(store.lock('c', { timeoutMs: 50 })).rejects.toThrow(/timed out waiting for the lock .* \(held by pid \d+\)/);
    release();
    release(); // idempotent
    const again = await store.lock('c', { timeoutMs: 50 });
    again();
  });

  it('serialises waiters in one process', async () => {
    const store = freshStore('inproc');
    const order: number[] = [];
    await Promise.all(
      [1, 2, 3, 4].map((n) =>
        store.withLock('c', async () => {
          order.push(n);
          await new Promise((r) => setTimeout(r, 5));
          order.push(-n);
        }),
      ),
    );
    for (let i = 0; i < order.length; i += 2) expect(order[i + 1]).toBe(-order[i]!);
  });

  it('fails with "container does not exist" for a missing or removed container', async () => {
    const store = freshStore('missing');
    await expect(store.lock('nope')).rejects.toThrow('container does not exist');
    const release = await store.lock('c');
    const waiter = store.lock('c', { timeoutMs: 5000 });
    store.remove('c');
    release(); // the lock file went with the directory: must not throw
    await expect(waiter).rejects.toThrow('container does not exist');
  });

  it('takes over the lock of a holder that was killed', async () => {
    const store = freshStore('stale');
    const { child, result } = run(store.root, 'c', 'hold', 60_000);
    await new Promise<void>((res) => child.stdout!.once('data', () => res()));
    await expect(store.lock('c', { timeoutMs: 100 })).rejects.toThrow(`held by pid ${child.pid}`);
    child.kill('SIGKILL');
    await result;
    const t0 = Date.now();
    const release = await store.lock('c', { timeoutMs: 5000 });
    expect(Date.now() - t0).toBeLessThan(1000);
    release();
  });

  it('keeps state.json intact and the lock exclusive under 8 concurrent writers and 2 readers', async () => {
    const store = freshStore('stress');
    const writers = Array.from({ length: 8 }, () => run(store.root, 'c', 'write', 40));
    const readers = Array.from({ length: 2 }, () => run(store.root, 'c', 'read', 1500));
    const results = await Promise.all([...writers, ...readers].map((w) => w.result));
    for (const r of results) expect(r).not.toBeNull();
    const w = results.slice(0, 8) as Result[];
    const r = results.slice(8) as Result[];
    expect(w.reduce((n, x) => n + x.violations, 0)).toBe(0);
    expect(w.reduce((n, x) => n + x.done, 0)).toBe(320);
    expect(r.reduce((n, x) => n + x.corrupt, 0)).toBe(0);
    expect(r.every((x) => x.done > 10)).toBe(true);
    expect(store.load('c').extra!.counter).toBe(320); // no lost update
  }, 120_000);

  it('stays exclusive and loses no update when holders die inside the critical section', async () => {
    const store = freshStore('chaos');
    const dieAt = [5, 10, 15, -1, -1, -1];
    const writers = dieAt.map((d) => run(store.root, 'c', 'write', 30, d));
    const results = await Promise.all(writers.map((w) => w.result));
    expect(results.map((r) => r === null)).toEqual(dieAt.map((d) => d >= 0));
    const finished = results.filter((x): x is Result => x !== null);
    expect(finished.reduce((n, x) => n + x.violations, 0)).toBe(0);
    // a killed writer completed `dieAt` iterations and died before saving its next one
    expect(store.load('c').extra!.counter).toBe(90 + 5 + 10 + 15);
    const release = await store.lock('c', { timeoutMs: 2000 }); // no lock left wedged
    release();
  }, 120_000);

  it('lets exactly one of many concurrent creates claim an id', async () => {
    const root = join(tmp, 'claims');
    const runs = Array.from({ length: 8 }, () => run(root, 'same', 'create'));
    const results = (await Promise.all(runs.map((r) => r.result))) as Result[];
    expect(results.filter((r) => r.created)).toHaveLength(1);
    for (const r of results.filter((x) => !x.created)) expect(r.error).toBe('taken');
  });
});
