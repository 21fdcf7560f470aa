import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeTar, ociLayout } from '../../fixtures/image/build.js';
import { main } from '../../lib/cli/main.js';
import { parseImageArg, unpackImage } from '../../lib/image/index.js';
import { platformScore } from '../../lib/image/platform.js';
import { nameMatches } from '../../lib/image/resolve.js';
import { decodeRootlessPayload, rootlessPayload } from '../../lib/image/rootless-xattr.js';
import { cleanPath, resolveInRoot } from '../../lib/image/rootfs-path.js';
import { readTar } from '../../lib/image/tar-reader.js';
import { resolveUser } from '../../lib/image/user.js';
import { removeTree } from '../../lib/image/remove.js';

let work: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hutch-image-parts-'));
});
afterEach(async () => {
  // Unpacked trees may hold read-only directories (an unprivileged run cannot rm -rf them).
  await removeTree(work);
});

describe('paths inside the rootfs', () => {
  it('cleanPath never climbs out', () => {
    expect(cleanPath('../../etc/x')).toBe('etc/x');
    expect(cleanPath('/etc/x')).toBe('etc/x');
    expect(cleanPath('./a/./b/../c/')).toBe('a/c');
    expect(cleanPath('./')).toBe('');
    expect(cleanPath('..')).toBe('');
  });

  it('resolveInRoot follows symlinks with the root as /', async () => {
    const r = path.join(work, 'r');
    mkdirSync(path.join(r, 'etc'), { recursive: true });
    symlinkSync('/etc', path.join(r, 'abs'));
    symlinkSync('../../../..', path.join(r, 'etc', 'up'));
    symlinkSync('loop2', path.join(r, 'loop1'));
    symlinkSync('loop1', path.join(r, 'loop2'));
    expect(await resolveInRoot(r, 'abs/passwd')).toBe(path.join(r, 'etc/passwd'));
    expect(await resolveInRoot(r, 'etc/up/tmp')).toBe(path.join(r, 'tmp'));
    expect(await resolveInRoot(r, '../../..')).toBe(r);
    await expect(resolveInRoot(r, 'loop1/x')).rejects.toThrow(/too many levels/);
  });
});

describe('image names', () => {
  it('matches tags and normalised references', () => {
    expect(nameMatches('latest', 'latest')).toBe(true);
    expect(nameMatches('latest', 'busybox')).toBe(false);
    expect(nameMatches('docker.io/library/busybox:latest', 'busybox')).toBe(true);
    expect(nameMatches('localhost/foo:1', 'foo:1')).toBe(true);
    expect(nameMatches('localhost/foo:1', 'foo:2')).toBe(false);
  });

  it('splits PATH:NAME at the longest existing path', async () => {
    const d = path.join(work, 'a:b');
    mkdirSync(d);
    expect(await parseImageArg(d)).toEqual({ path: d });
    expect(await parseImageArg(`${d}:localhost/x:1`)).toEqual({ path: d, name: 'localhost/x:1' });
    await expect(parseImageArg(path.join(work, 'nope:t'))).rejects.toThrow(/no such file/);
  });

  it('ranks platforms: exact variant first, arm64 without variant is v8', () => {
    expect(platformScore({ os: 'linux', architecture: 'arm64' }, { os: 'linux', architecture: 'arm64', variant: 'v8' })).toBe(3);
    expect(platformScore({ os: 'linux', architecture: 'arm', variant: 'v6' }, { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(1);
    expect(platformScore({ os: 'linux', architecture: 'arm', variant: 'v8' }, { os: 'linux', architecture: 'arm', variant: 'v7' })).toBe(0);
    expect(platformScore({ os: 'windows', architecture: 'amd64' }, { os: 'linux', architecture: 'amd64' })).toBe(0);
  });
});

describe('user.rootlesscontainers payload', () => {
  it('encodes like umoci (proto3 Resource, 0xffffffff for root)', () => {
    expect(rootlessPayload(0, 0)).toBeNull();
    expect(rootlessPayload(1000, 1000)!.toString('hex')).toBe('08e80710e807');
    expect(rootlessPayload(0, 42)!.toString('hex')).toBe('08ffffffff0f102a');
    expect(decodeRootlessPayload(rootlessPayload(70000, 0)!)).toEqual({ uid: 70000, gid: 0 });
  });
});

describe('Config.User resolution', () => {
  beforeEach(() => {
    mkdirSync(path.join(work, 'etc'));
    writeFileSync(path.join(work, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nweb:x:33:33::/var/www:/bin/false\n');
    writeFileSync(path.join(work, 'etc/group'), 'root:x:0:\nweb:x:33:\nextra:x:50:web,other\n');
  });

  it('follows moby/sys/user rules', async () => {
    expect(await resolveUser(work, '')).toEqual({ uid: 0, gid: 0, sgids: [], home: '/root' });
    expect(await resolveUser(work, 'web')).toEqual({ uid: 33, gid: 33, sgids: [50], home: '/var/www' });
    expect(await resolveUser(work, 'web:root')).toEqual({ uid: 33, gid: 0, sgids: [], home: '/var/www' });
    expect(await resolveUser(work, '1234:5678')).toEqual({ uid: 1234, gid: 5678, sgids: [] });
    await expect(resolveUser(work, 'nobody')).rejects.toThrow(/not in the image's \/etc\/passwd/);
    await expect(resolveUser(work, 'web:nogroup')).rejects.toThrow(/group "nogroup"/);
  });

  it('does not read a passwd file through a symlink out of the rootfs', async () => {
    rmSync(path.join(work, 'etc/passwd'));
    writeFileSync(path.join(work, 'host-passwd'), 'evil:x:0:0::/:/bin/sh\n');
    symlinkSync(path.join(work, 'host-passwd'), path.join(work, 'etc/passwd'));
    await expect(resolveUser(work, 'evil')).rejects.toThrow(/not in/);
  });
});

describe('tar reader', () => {
  async function names(buf: Buffer): Promise<string[]> {
    const out: string[] = [];
    for await (const e of readTar(
      (async function* () {
        yield buf;
      })(),
    ))
      out.push(e.header.name);
    return out;
  }

  it('reads GNU long names and rejects corrupt headers', async () => {
    const long = 'x'.repeat(200);
    const gnu = makeTar([{ name: '././@LongLink', data: long + '\0' }, { name: 'short' }]);
    gnu[156] = 'L'.charCodeAt(0);
    // Fix the checksum of the patched header.
    let sum = 0;
    gnu.write('        ', 148, 8, 'latin1');
    for (let i = 0; i < 512; i++) sum += gnu[i]!;
    gnu.write(sum.toString(8).padStart(6, '0') + '\0 ', 148, 8, 'latin1');
    expect(await names(gnu)).toEqual([long]);
    const bad = makeTar([{ name: 'a', data: 'x' }]);
    bad[0] = 0x41;
    await expect(names(bad)).rejects.toThrow(/checksum/);
  });
});

describe('unpackImage: more cases', () => {
  it('accepts empty layers (zero bytes, or an empty tar)', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [Buffer.alloc(0), [], [{ name: 'a', data: '' }]], compress: 'none' });
    expect((await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: true })).layers).toBe(3);
  });

  const zlibZstd = typeof (zlib as { createZstdDecompress?: unknown }).createZstdDecompress === 'function';
  const zstdBin = (process.env.PATH ?? '').split(':').some((d) => d && existsSync(path.join(d, 'zstd')));

  it.skipIf(!zlibZstd && !zstdBin)('reads zstd layers (node:zlib, or the zstd program)', async () => {
    const tar = makeTar([{ name: 'z', data: 'zstd!' }]);
    const zst = execFileSync('zstd', ['-q', '-c'], { input: tar });
    const img = ociLayout(path.join(work, 'img'), { layers: [tar], compress: 'none', transformStored: () => zst });
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: true });
    expect(readFileSync(path.join(res.rootfs, 'z'), 'utf8')).toBe('zstd!');
    const cut = ociLayout(path.join(work, 'cut'), {
      layers: [tar],
      compress: 'none',
      transformStored: () => zst.subarray(0, zst.length - 6),
    });
    await expect(unpackImage({ image: cut.dir, bundle: path.join(work, 'c') })).rejects.toThrow(/layer 1\/1 .*(zstd|truncated)/);
    expect(readdirSync(work).sort()).toEqual(['b', 'cut', 'img']);
  });

  it('fails cleanly on corrupt zstd data, or explains the missing support', async () => {
    const zstdish = Buffer.concat([Buffer.from([0x28, 0xb5, 0x2f, 0xfd]), Buffer.alloc(64)]);
    const img = ociLayout(path.join(work, 'img'), { layers: [zstdish], compress: 'none' });
    const p = unpackImage({ image: img.dir, bundle: path.join(work, 'b') });
    if (zlibZstd || zstdBin) await expect(p).rejects.toThrow(/layer 1\/1/);
    else await expect(p).rejects.toThrow(/zstd-compressed layers need Node\.js >= 22\.15/);
    expect(readdirSync(work)).toEqual(['img']);
  });

  it('stops on abort and leaves nothing behind', async () => {
    const img = ociLayout(path.join(work, 'img'), {
      layers: [
        [
          { name: 'a', data: 'a' },
          { name: 'b', data: 'b' },
        ],
      ],
    });
    const ac = new AbortController();
    ac.abort();
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b'), signal: ac.signal })).rejects.toThrow(/interrupted/);
    expect(readdirSync(work)).toEqual(['img']);
  });
});

describe('hutch bundle (CLI)', () => {
  it('unpacks, and reports failures as one line', async () => {
    const img = ociLayout(path.join(work, 'img'), {
      layers: [[{ name: 'bin/sh', data: 'x', mode: 0o755 }]],
      tag: 'v1',
      config: { Cmd: ['/bin/sh'] },
    });
    const errs: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((s: string | Uint8Array) => {
      errs.push(String(s));
      return true;
    });
    try {
      expect(await main(['bundle', '--image', `${img.dir}:v1`, path.join(work, 'b')])).toBe(0);
      expect(readdirSync(path.join(work, 'b')).sort()).toEqual(['config.json', 'rootfs']);
      expect(await main(['bundle', '-i', `${img.dir}:v2`, path.join(work, 'c')])).toBe(1);
    } finally {
      spy.mockRestore();
    }
    expect(errs.join('')).toMatch(/^hutch: .*no image named "v2" \(available: v1\)\n$/);
  });
});
