import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, mkdirSync, rmSync, statSync, symlinkSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  chooseStateRoot,
  defaultStateRoot,
  ensureStateRoot,
  isInitialUidMap,
  isRootless,
  mapToParent,
  resolveRootFlag,
  runningInUserNs,
  type HostProbe,
} from '../../lib/state/root.js';

function probe(over: Partial<{ inUserNs: boolean; hostUid: number; owns: string[] }> = {}): HostProbe {
  return {
    inUserNs: () => over.inUserNs ?? false,
    hostUid: (euid) => over.hostUid ?? euid,
    ownsDir: (p) => (over.owns ?? []).includes(p),
  };
}

describe('default state root (runc rules)', () => {
  it('real root uses /run/hutch and ignores XDG_RUNTIME_DIR', () => {
    expect(defaultStateRoot({}, 0, probe())).toBe('/run/hutch');
    expect(defaultStateRoot({ XDG_RUNTIME_DIR: '/run/user/0' }, 0, probe())).toBe('/run/hutch');
  });

  it('an unprivileged user uses $XDG_RUNTIME_DIR/hutch', () => {
    expect(chooseStateRoot({ XDG_RUNTIME_DIR: '/run/user/1001' }, 1001, probe())).toEqual({
      path: '/run/user/1001/hutch',
      kind: 'xdg',
    });
  });

  it('podman rootless (uid 0 in a userns, only XDG_RUNTIME_DIR) uses XDG', () => {
    expect(defaultStateRoot({ XDG_RUNTIME_DIR: '/run/user/1001' }, 0, probe({ inUserNs: true }))).toBe('/run/user/1001/hutch');
  });

  it('uid 0 in a userns with USER=root acts as root, like runc', () => {
    expect(defaultStateRoot({ XDG_RUNTIME_DIR: '/run/user/1001', USER: 'root' }, 0, probe({ inUserNs: true }))).toBe('/run/hutch');
    // USER=root matters only for euid 0
    expect(defaultStateRoot({ XDG_RUNTIME_DIR: '/x', USER: 'root' }, 5, probe())).toBe('/x/hutch');
  });

  it('an empty XDG_RUNTIME_DIR counts as unset', () => {
    expect(defaultStateRoot({ XDG_RUNTIME_DIR: '' }, 1001, probe())).toBe('/tmp/hutch-1001');
  });

  it('without XDG_RUNTIME_DIR: /run/user/<uid>/hutch if that dir is ours, else /tmp/hutch-<uid>', () => {
    expect(chooseStateRoot({}, 1001, probe({ owns: ['/run/user/1001'] }))).toEqual({
      path: '/run/user/1001/hutch',
      kind: 'user-runtime',
    });
    expect(chooseStateRoot({}, 1001, probe())).toEqual({ path: '/tmp/hutch-1001', kind: 'tmp' });
    // in a userns the per-user paths are named after the host uid
    expect(defaultStateRoot({}, 0, probe({ inUserNs: true, hostUid: 1001 }))).toBe('/tmp/hutch-1001');
  });
});

describe('user namespace detection', () => {
  it('recognises the initial identity map only', () => {
    expect(isInitialUidMap('         0          0 4294967295\n')).toBe(true);
    expect(isInitialUidMap('0 0 1\n')).toBe(false);
    expect(isInitialUidMap('0 1001 1\n1 100000 65536\n')).toBe(false);
    expect(isInitialUidMap('')).toBe(false);
  });

  it('maps an inside uid to its parent uid', () => {
    const map = '         0       1001          1\n         1     100000      65536\n';
    expect(mapToParent(map, 0)).toBe(1001);
    expect(mapToParent(map, 1)).toBe(100000);
    expect(mapToParent(map, 65536)).toBe(165535);
    expect(mapToParent(map, 65537)).toBeUndefined();
  });

  it('isRootless: non-zero euid, or euid 0 in a userns', () => {
    expect(isRootless(1000, { inUserNs: () => false })).toBe(true);
    expect(isRootless(0, { inUserNs: () => true })).toBe(true);
    expect(isRootless(0, { inUserNs: () => false })).toBe(false);
  });

  it('agrees with the live process', () => {
    expect(typeof runningInUserNs()).toBe('boolean');
    expect(isRootless()).toBe(process.geteuid!() !== 0 || runningInUserNs());
  });
});

describe('--root handling and creation', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('makes --root absolute and refuses /', () => {
    dir = mkdtempSync(join(tmpdir(), 'hutch-root-'));
    expect(resolveRootFlag('x/../y', '/base')).toBe('/base/y');
    expect(resolveRootFlag('/a/b/', '/base')).toBe('/a/b');
    for (const bad of ['', '/', '../../..', '.'])
      expect(() => resolveRootFlag(bad, '/')).toThrow('option --root argument should not be set to /');
  });

  it('creates the root 0700, with the sticky bit under XDG', () => {
    dir = mkdtempSync(join(tmpdir(), 'hutch-root-'));
    const plain = ensureStateRoot(join(dir, 'a', 'b'));
    expect(statSync(plain).mode & 0o7777).toBe(0o700);
    const xdg = ensureStateRoot({ path: join(dir, 'xdg', 'hutch'), kind: 'xdg' });
    expect(statSync(xdg).mode & 0o7777).toBe(0o1700);
  });

  it('refuses a /tmp fallback that is not a private directory of ours', () => {
    dir = mkdtempSync(join(tmpdir(), 'hutch-root-'));
    const euid = process.geteuid!();
    const ok = ensureStateRoot({ path: join(dir, 'mine'), kind: 'tmp' }, euid);
    expect(statSync(ok).isDirectory()).toBe(true);
    mkdirSync(join(dir, 'open'));
    chmodSync(join(dir, 'open'), 0o777);
    expect(() => ensureStateRoot({ path: join(dir, 'open'), kind: 'tmp' }, euid)).toThrow(/not a private directory/);
    symlinkSync(join(dir, 'mine'), join(dir, 'link'));
    expect(() => ensureStateRoot({ path: join(dir, 'link'), kind: 'tmp' }, euid)).toThrow(/not a private directory/);
    expect(() => ensureStateRoot({ path: join(dir, 'mine'), kind: 'tmp' }, euid + 1)).toThrow(/not a private directory/);
  });
});

describe('inside a real user namespace', () => {
  const hasUnshare = (() => {
    try {
      return execFileSync('unshare', ['-r', 'true'], { stdio: 'ignore' }) !== undefined;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasUnshare)('detects the userns and honours XDG_RUNTIME_DIR as podman rootless needs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hutch-userns-'));
    try {
      const out = join(dir, 'root.mjs');
      await build({
        entryPoints: [join(process.cwd(), 'lib/state/root.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: out,
        logLevel: 'silent',
      });
      const script = `import * as r from ${JSON.stringify(out)};
        console.log(JSON.stringify({ userns: r.runningInUserNs(), rootless: r.isRootless(), euid: process.geteuid(),
          root: r.defaultStateRoot(process.env, process.geteuid()) }));`;
      const env = { PATH: process.env.PATH, XDG_RUNTIME_DIR: '/run/user/1001' };
      const text = execFileSync('unshare', ['-r', process.execPath, '--input-type=module', '-e', script], { env, encoding: 'utf8' });
      expect(JSON.parse(text)).toEqual({ userns: true, rootless: true, euid: 0, root: '/run/user/1001/hutch' });
      const host = execFileSync(process.execPath, ['--input-type=module', '-e', script], { env, encoding: 'utf8' });
      if (process.geteuid!() === 0 && !runningInUserNs()) {
        expect(JSON.parse(host)).toEqual({ userns: false, rootless: false, euid: 0, root: '/run/hutch' });
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
