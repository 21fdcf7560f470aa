import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StateStore } from '../../lib/state/store.js';
import { osError } from '../../lib/errors.js';
import { newRecord, type ContainerRecord } from '../../lib/state/record.js';
import { HutchError } from '../../lib/errors.js';

let tmp: string;
let store: StateStore;

beforeEach(() => {
  tmp = mkdtempSync(join(tmpdir(), 'hutch-store-'));
  store = new StateStore(join(tmp, 'root'));
});
afterEach(() => rmSync(tmp, { recursive: true, force: true }));

function rec(id: string, over: Partial<ContainerRecord> = {}): ContainerRecord {
  return newRecord({ id, bundle: '/b', rootfs: '/b/rootfs', created: '2026-01-01T00:00:00.5Z', ...over });
}

function errorOf(fn: () => unknown): HutchError {
  try {
    fn();
  } catch (err) {
    return err as HutchError;
  }
  throw new Error('did not throw');
}

describe('StateStore', () => {
  it('creates the root 0700 and container dirs 0711, like runc', () => {
    expect(store.claim(rec('c1'))).toBe('claimed');
    const dir = store.dir('c1');
    expect(dir).toBe(join(tmp, 'root', 'c1'));
    expect(statSync(join(tmp, 'root')).mode & 0o777).toBe(0o700);
    expect(statSync(dir).mode & 0o777).toBe(0o711);
    expect(store.exists('c1')).toBe(true);
    expect(store.exists('c2')).toBe(false);
  });

  it('claims an id exactly once, with its record and config already inside', () => {
    expect(store.claim(rec('dup'), '{"ociVersion":"1.0.0"}')).toBe('claimed');
    expect(store.claim(rec('dup', { pid: 7 }))).toBe('taken');
    expect(store.load('dup').pid).toBe(0);
    expect(store.readConfig('dup')).toBe('{"ociVersion":"1.0.0"}');
    expect(readdirSync(store.root)).toEqual(['dup']); // no half-built claim is left
  });

  it('takes over an empty directory (debris), and names half-built claims whose creator is gone', () => {
    store.ensureRoot();
    mkdirSync(store.dir('e'));
    expect(store.claim(rec('e'))).toBe('claimed');
    const dead = join(store.root, '#new.999999999.1abc#e');
    const live = join(store.root, `#new.${process.pid}.2abc#e`);
    const other = join(store.root, '#new.999999999.3abc#e.x');
    for (const d of [dead, live, other]) mkdirSync(d);
    expect(store.abandonedClaims('e')).toEqual([dead]);
    expect(store.list().map((r) => r.id)).toEqual(['e']);
  });

  it('validates ids on every entry point', () => {
    for (const fn of [() => store.claim(rec('..')), () => store.load('a/b'), () => store.remove('.'), () => store.exists('x y')])
      expect(fn).toThrow('invalid container ID format');
    expect(() => store.save(rec('../../etc'))).toThrow('invalid container ID format');
  });

  it("reports a missing container with runc's text (podman matches 'does not exist')", () => {
    const err = errorOf(() => store.load('nope'));
    expect(err.message).toBe('container does not exist');
    expect(err.code).toBe('not-found');
    // a directory without state (debris) is also "does not exist", as in runc
    store.ensureRoot();
    mkdirSync(store.dir('claimed'));
    expect(() => store.load('claimed')).toThrow('container does not exist');
    // saving into a removed container
    expect(() => store.save(rec('gone'))).toThrow('container does not exist');
  });

  it('saves and loads a record; state.json is 0600 and no temp files remain', () => {
    store.claim(rec('c1'));
    const r = rec('c1', {
      pid: 1234,
      pidStartTime: 99,
      annotations: { a: 'b' },
      marker: 'created',
      namespacePaths: { pid: '/proc/1234/ns/pid' },
      cgroupPaths: { memory: '/sys/fs/cgroup/memory/x' },
      uidMappings: [{ containerID: 0, hostID: 1000, size: 1 }],
      extra: { any: [1, 2] },
    });
    store.save(r);
    expect(store.load('c1')).toEqual(r);
    expect(statSync(store.statePath('c1')).mode & 0o777).toBe(0o600);
    expect(readdirSync(store.dir('c1'))).toEqual(['state.json']);
    store.save({ ...r, marker: 'running' });
    expect(store.load('c1').marker).toBe('running');
    expect(readdirSync(store.dir('c1'))).toEqual(['state.json']);
  });

  it('reports corrupt or foreign state files with the file name', () => {
    store.claim(rec('bad'));
    writeFileSync(store.statePath('bad'), '{"id":"bad",');
    expect(errorOf(() => store.load('bad')).code).toBe('corrupt-state');
    expect(() => store.load('bad')).toThrow(store.statePath('bad'));
    writeFileSync(store.statePath('bad'), JSON.stringify({ ...rec('bad'), version: 99 }));
    expect(() => store.load('bad')).toThrow(/unsupported record version 99/);
    writeFileSync(store.statePath('bad'), JSON.stringify({ ...rec('bad'), pid: 'x' }));
    expect(() => store.load('bad')).toThrow(/pid: expected an integer/);
    writeFileSync(store.statePath('bad'), JSON.stringify({ ...rec('bad'), marker: 'zzz' }));
    expect(() => store.load('bad')).toThrow(/marker: unknown value/);
  });

  it('words other filesystem errors like Go', () => {
    store.ensureRoot();
    writeFileSync(join(store.root, 'file'), '');
    expect(() => store.load('file')).toThrow(`open ${join(store.root, 'file', 'state.json')}: not a directory`);
    const e = Object.assign(new Error("EACCES: permission denied, open '/x'"), { code: 'EACCES' });
    expect(osError(e, 'open', '/x').message).toBe('open /x: permission denied');
  });

  it('removes a container, and removing a missing one is fine', () => {
    store.claim(rec('c1'));
    writeFileSync(store.fifoPath('c1'), '');
    store.remove('c1');
    expect(store.exists('c1')).toBe(false);
    expect(() => store.remove('c1')).not.toThrow();
  });

  it('lists containers sorted by id, skipping files, reporting unreadable ones', () => {
    expect(store.list()).toEqual([]); // missing root
    for (const id of ['b', 'a', 'C', '_z']) {
      store.claim(rec(id));
    }
    mkdirSync(store.dir('empty'));
    mkdirSync(join(store.root, 'junk'));
    writeFileSync(join(store.root, 'junk', 'state.json'), 'garbage');
    writeFileSync(join(store.root, 'plainfile'), '');
    const rows = store.list();
    expect(rows.map((r) => r.id)).toEqual(['C', '_z', 'a', 'b', 'empty', 'junk']);
    expect(rows.filter((r) => r.record).map((r) => r.id)).toEqual(['C', '_z', 'a', 'b']);
    expect(rows.find((r) => r.id === 'empty')!.error!.message).toBe('container does not exist');
    expect((rows.find((r) => r.id === 'junk')!.error as HutchError).code).toBe('corrupt-state');
    expect(rows[0]!.uid).toBe(process.geteuid!());
  });

  it('lists 1000 containers, each with its record, in id order', () => {
    // Written directly: save() (lock, temp file, rename) is not what is under test.
    // How long list() takes at 1, 100 and 1000 containers is measured by scripts/bench --full.
    for (let i = 999; i >= 0; i--) {
      const id = `c${String(i).padStart(4, '0')}`;
      store.claim(rec(id));
      writeFileSync(store.statePath(id), JSON.stringify(rec(id, { annotations: { 'io.example': 'x'.repeat(200) } })));
    }
    const rows = store.list();
    expect(rows).toHaveLength(1000);
    expect(rows.map((r) => r.record?.id)).toEqual(Array.from({ length: 1000 }, (_, i) => `c${String(i).padStart(4, '0')}`));
    expect(rows.every((r) => r.record?.annotations['io.example']?.length === 200)).toBe(true);
  });
});
