import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError } from '../../lib/errors.js';
import { defaultSpec, formatSpec, loadBundle } from '../../lib/config/index.js';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'hutch-bundle-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function writeConfig(config: unknown): void {
  writeFileSync(join(dir, 'config.json'), typeof config === 'string' ? config : formatSpec(config as never));
}

const spec = () => defaultSpec({ rootless: false, cgroupNamespace: false });

describe('loadBundle', () => {
  it('loads, validates and resolves a relative rootfs against the bundle', async () => {
    mkdirSync(join(dir, 'rootfs'));
    writeConfig(spec());
    const b = await loadBundle(dir);
    expect(b.bundle).toBe(dir);
    expect(b.rootfs).toBe(join(dir, 'rootfs'));
    expect(b.spec.hostname).toBe('runc');
  });

  it('accepts a relative bundle path and returns it absolute', async () => {
    mkdirSync(join(dir, 'rootfs'));
    writeConfig(spec());
    const b = await loadBundle(relative(process.cwd(), dir));
    expect(b.bundle).toBe(dir);
  });

  it('keeps an absolute root.path as is', async () => {
    const rootfs = join(dir, 'elsewhere');
    mkdirSync(rootfs);
    writeConfig({ ...spec(), root: { path: `${rootfs}/` } });
    expect((await loadBundle(dir)).rootfs).toBe(rootfs);
  });

  it('keeps RLIM_INFINITY exact', async () => {
    mkdirSync(join(dir, 'rootfs'));
    const s = spec();
    s.process!.rlimits = [{ type: 'RLIMIT_CORE', hard: 2n ** 64n - 1n, soft: 2n ** 64n - 1n }];
    writeConfig(s);
    expect((await loadBundle(dir)).spec.process?.rlimits?.[0]?.hard).toBe(18446744073709551615n);
  });

  it('says "JSON specification file config.json not found" like runc', async () => {
    await expect(loadBundle(dir)).rejects.toThrow('JSON specification file config.json not found');
  });

  it('reports JSON syntax errors with line and column', async () => {
    writeConfig('{\n\t"ociVersion": "1.3.0",\n\t"root": {"path": "rootfs",}\n}');
    await expect(loadBundle(dir)).rejects.toThrow('config.json: invalid JSON at line 3, column 28: unexpected character "}"');
  });

  it('reports validation errors with the JSON path', async () => {
    const s = spec() as any;
    s.linux.namespaces.push({ type: 'pid' });
    writeConfig(s);
    const err = await loadBundle(dir).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toBe('config.json: linux.namespaces[5].type: duplicate namespace type "pid"');
  });

  it('requires process, like runc, unless told otherwise', async () => {
    mkdirSync(join(dir, 'rootfs'));
    const { process: _omit, ...noProcess } = spec();
    writeConfig(noProcess);
    await expect(loadBundle(dir)).rejects.toThrow('config.json: process: is required');
    expect((await loadBundle(dir, { requireProcess: false })).spec.process).toBeUndefined();
  });

  it('fails when the rootfs does not exist', async () => {
    writeConfig(spec());
    await expect(loadBundle(dir)).rejects.toThrow(`rootfs ("${join(dir, 'rootfs')}") does not exist`);
  });

  it('fails when the rootfs is not a directory', async () => {
    writeFileSync(join(dir, 'rootfs'), '');
    writeConfig(spec());
    await expect(loadBundle(dir)).rejects.toThrow(`rootfs ("${join(dir, 'rootfs')}") is not a directory`);
  });

  it('refuses a rootfs reached through a symlink, like runc', async () => {
    mkdirSync(join(dir, 'real'));
    symlinkSync('real', join(dir, 'rootfs'));
    writeConfig(spec());
    await expect(loadBundle(dir)).rejects.toThrow(/not an absolute path, or a symlink/);
  });

  it('resolves a symlinked bundle directory to its real path', async () => {
    mkdirSync(join(dir, 'real'));
    mkdirSync(join(dir, 'real', 'rootfs'));
    writeFileSync(join(dir, 'real', 'config.json'), formatSpec(spec()));
    symlinkSync('real', join(dir, 'link'));
    const b = await loadBundle(join(dir, 'link'));
    expect(b.bundle).toBe(join(dir, 'real'));
    expect(b.rootfs).toBe(join(dir, 'real', 'rootfs'));
  });

  it('fails clearly when the bundle directory is missing', async () => {
    await expect(loadBundle(join(dir, 'nope'))).rejects.toThrow(`bundle directory "${join(dir, 'nope')}" does not exist`);
  });
});
