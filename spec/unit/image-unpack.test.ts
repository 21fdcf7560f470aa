import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTar, ociLayout, sha256, tarOfFiles, hostArch, type Entry } from '../../fixtures/image/build.js';
import { decodeRootlessPayload, unpackImage } from '../../lib/image/index.js';
import { HutchError } from '../../lib/errors.js';
import { lgetxattr } from '../../lib/image/sys.js';
import { removeTree } from '../../lib/image/remove.js';

const isRoot = process.geteuid?.() === 0;
let work: string;

beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'hutch-image-'));
});
afterEach(async () => {
  // Unpacked trees may hold read-only directories (an unprivileged run cannot rm -rf them).
  await removeTree(work);
});

const getXattr = lgetxattr;

/** Everything under work except the given bundle and image, to prove nothing leaked out. */
function strayFiles(...keep: string[]): string[] {
  return readdirSync(work).filter((n) => !keep.includes(n));
}

const base: Entry[] = [
  { name: 'bin/', type: 'dir' },
  { name: 'bin/sh', data: '#!sh\n', mode: 0o755 },
  { name: 'etc/', type: 'dir' },
  { name: 'etc/passwd', data: 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000:app:/home/app:/bin/sh\n' },
  { name: 'etc/group', data: 'root:x:0:\napp:x:1000:\nwheel:x:10:app\n' },
  { name: 'etc/motd', data: 'hello', uid: 1000, gid: 1000, mode: 0o600, mtime: 1_500_000_000 },
  { name: 'usr/', type: 'dir', mode: 0o755 },
  { name: 'usr/lib/', type: 'dir' },
  { name: 'usr/lib/a', data: 'a' },
  { name: 'usr/lib/b', data: 'b' },
  { name: 'opq/', type: 'dir' },
  { name: 'opq/old', data: 'old' },
  { name: 'link', type: 'symlink', linkname: '/etc/motd' },
  { name: 'hard', type: 'hardlink', linkname: 'etc/motd' },
  { name: 'ro/', type: 'dir', mode: 0o555 },
  { name: 'ro/f', data: 'r', mode: 0o444 },
  { name: 'suid', data: 'x', mode: 0o4755, uid: 0, gid: 0 },
];

const top: Entry[] = [
  { name: 'usr/lib/.wh.a' },
  { name: 'opq/', type: 'dir' },
  { name: 'opq/.wh..wh..opq' },
  { name: 'opq/new', data: 'new' },
  { name: 'etc/motd', data: 'changed', uid: 1000, gid: 1000, mode: 0o640 },
  { name: 'newdir/sub/file', data: 'implicit parents' },
];

describe('unpackImage: layers', () => {
  it('applies layers in order with whiteouts, opaque dirs, links, modes and owners', async () => {
    const img = ociLayout(path.join(work, 'img'), {
      layers: [base, top],
      config: {
        Entrypoint: ['/bin/sh'],
        Cmd: ['-c', 'echo hi'],
        Env: ['PATH=/bin', 'FOO=bar'],
        WorkingDir: '/opq',
        User: 'app',
        Labels: { a: 'b' },
        StopSignal: 'SIGQUIT',
        ExposedPorts: { '80/tcp': {} },
      },
    });
    const notes: string[] = [];
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot, onNote: (m) => notes.push(m) });
    const r = res.rootfs;
    expect(res.manifestDigest).toBe(img.manifestDigest);
    expect(res.configDigest).toBe(img.configDigest);
    expect(res.layers).toBe(2);
    expect(readFileSync(path.join(r, 'bin/sh'), 'utf8')).toBe('#!sh\n');
    expect(existsSync(path.join(r, 'usr/lib/a'))).toBe(false);
    expect(readFileSync(path.join(r, 'usr/lib/b'), 'utf8')).toBe('b');
    expect(readdirSync(path.join(r, 'opq'))).toEqual(['new']);
    expect(readlinkSync(path.join(r, 'link'))).toBe('/etc/motd');
    // The hard link was made in layer 1; layer 2 replaced etc/motd, so they part ways (as in umoci).
    expect(readFileSync(path.join(r, 'hard'), 'utf8')).toBe('hello');
    expect(readFileSync(path.join(r, 'etc/motd'), 'utf8')).toBe('changed');
    expect(readFileSync(path.join(r, 'newdir/sub/file'), 'utf8')).toBe('implicit parents');
    const motd = statSync(path.join(r, 'etc/motd'));
    expect(motd.mode & 0o7777).toBe(0o640);
    if (isRoot) expect([motd.uid, motd.gid]).toEqual([1000, 1000]);
    expect(statSync(path.join(r, 'hard')).mtimeMs).toBe(1_500_000_000_000);
    expect(statSync(path.join(r, 'ro')).mode & 0o7777).toBe(0o555);
    expect(statSync(path.join(r, 'suid')).mode & 0o7777).toBe(0o4755);
    expect(statSync(path.join(r, 'etc')).mtimeMs).toBe(1_600_000_000_000);
    expect(statSync(r).mode & 0o777).toBe(0o755);
    expect(statSync(res.bundle).mode & 0o777).toBe(0o700);

    const cfg = JSON.parse(readFileSync(path.join(res.bundle, 'config.json'), 'utf8'));
    expect(cfg.process.args).toEqual(['/bin/sh', '-c', 'echo hi']);
    expect(cfg.process.env).toEqual(['PATH=/bin', 'TERM=xterm', 'FOO=bar', 'HOME=/home/app']);
    expect(cfg.process.cwd).toBe('/opq');
    // A rootless config drops supplementary groups (the single-id mapping has none to offer), as umoci does.
    expect(cfg.process.user).toEqual(isRoot ? { uid: 1000, gid: 1000, additionalGids: [10] } : { uid: 1000, gid: 1000 });
    expect(cfg.annotations).toMatchObject({ a: 'b', 'org.opencontainers.image.stopSignal': 'SIGQUIT' });
    expect(cfg.root).toEqual({ path: 'rootfs' });
    expect(notes.join('\n')).toMatch(/ExposedPorts/);
    expect(strayFiles('img', 'b')).toEqual([]);
  });

  it('reads uncompressed layers and PAX long names and xattrs', async () => {
    const long = 'd/' + 'x'.repeat(150);
    const img = ociLayout(path.join(work, 'img'), {
      compress: 'none',
      layers: [[{ name: long, data: 'long', xattrs: { 'user.k': 'v' } }]],
    });
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot });
    expect(readFileSync(path.join(res.rootfs, long), 'utf8')).toBe('long');
    expect((await getXattr(path.join(res.rootfs, long), 'user.k'))?.toString()).toBe('v');
  });

  it.skipIf(!isRoot)('creates device nodes and fifos as root', async () => {
    const img = ociLayout(path.join(work, 'img'), {
      layers: [
        [
          { name: 'dev/', type: 'dir' },
          { name: 'dev/null', type: 'char', devmajor: 1, devminor: 3, mode: 0o666 },
          { name: 'p', type: 'fifo', mode: 0o600 },
        ],
      ],
    });
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot });
    const st = lstatSync(path.join(res.rootfs, 'dev/null'));
    expect(st.isCharacterDevice()).toBe(true);
    expect(st.rdev).toBe(0x103);
    expect(st.mode & 0o777).toBe(0o666);
    expect(lstatSync(path.join(res.rootfs, 'p')).isFIFO()).toBe(true);
  });

  it('rootless: keeps files owned by the caller and records image owners in user.rootlesscontainers', async () => {
    const img = ociLayout(path.join(work, 'img'), {
      layers: [
        [
          ...base,
          { name: 'dev/', type: 'dir' },
          { name: 'dev/null', type: 'char', devmajor: 1, devminor: 3, mode: 0o666 },
          { name: 'g', data: 'g', uid: 0, gid: 42 },
        ],
      ],
    });
    const notes: string[] = [];
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: true, onNote: (m) => notes.push(m) });
    const me = process.geteuid!();
    const motd = path.join(res.rootfs, 'etc/motd');
    expect(statSync(motd).uid).toBe(me);
    expect(decodeRootlessPayload((await getXattr(motd, 'user.rootlesscontainers'))!)).toEqual({ uid: 1000, gid: 1000 });
    // Exactly umoci's bytes: uid 1000, gid unset (0xffffffff) → 08 e8 07 10 ff ff ff ff 0f.
    expect((await getXattr(path.join(res.rootfs, 'g'), 'user.rootlesscontainers'))?.toString('hex')).toBe('08ffffffff0f102a');
    expect(await getXattr(path.join(res.rootfs, 'bin/sh'), 'user.rootlesscontainers')).toBeUndefined();
    const dev = lstatSync(path.join(res.rootfs, 'dev/null'));
    expect(dev.isFile()).toBe(true);
    expect(dev.size).toBe(0);
    expect(notes.join('\n')).toMatch(/device/);
    const cfg = JSON.parse(readFileSync(path.join(res.bundle, 'config.json'), 'utf8'));
    expect(cfg.linux.uidMappings).toEqual([{ containerID: 0, hostID: me, size: 1 }]);
    expect(cfg.linux.namespaces.map((n: { type: string }) => n.type)).toContain('user');
  });
});

describe('unpackImage: hostile layers stay inside the rootfs', () => {
  async function unpackEntries(entries: Entry[][]): Promise<string> {
    const img = ociLayout(path.join(work, 'img'), { layers: entries });
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot });
    return res.rootfs;
  }

  it('cleans ../ and absolute names into the root', async () => {
    const r = await unpackEntries([
      [
        { name: '../x', data: 'dotdot' },
        { name: '/etc/x', data: 'abs' },
        { name: 'a/../../../y', data: 'y' },
      ],
    ]);
    expect(readFileSync(path.join(r, 'x'), 'utf8')).toBe('dotdot');
    expect(readFileSync(path.join(r, 'etc/x'), 'utf8')).toBe('abs');
    expect(readFileSync(path.join(r, 'y'), 'utf8')).toBe('y');
    expect(strayFiles('img', 'b')).toEqual([]);
  });

  it('follows symlinks as the container would: a -> /etc then a/passwd lands in rootfs/etc', async () => {
    const outside = path.join(work, 'outside');
    mkdirSync(outside);
    const r = await unpackEntries([
      [
        { name: 'etc/', type: 'dir' },
        { name: 'a', type: 'symlink', linkname: '/etc' },
        { name: 'up', type: 'symlink', linkname: '../../../../outside' },
      ],
      [{ name: 'a/passwd', data: 'pw' }, { name: 'up/z', data: 'z' }, { name: 'up/.wh.q' }],
    ]);
    expect(readFileSync(path.join(r, 'etc/passwd'), 'utf8')).toBe('pw');
    expect(readFileSync(path.join(r, 'outside/z'), 'utf8')).toBe('z');
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync('/etc/passwd') && readFileSync('/etc/passwd', 'utf8')).not.toBe('pw');
  });

  it('scopes hard links to the root', async () => {
    writeFileSync(path.join(work, 'x'), 'host secret');
    const r = await unpackEntries([
      [
        { name: 'x', data: 'image x' },
        { name: 'l', type: 'hardlink', linkname: '../../x' },
      ],
    ]);
    expect(readFileSync(path.join(r, 'l'), 'utf8')).toBe('image x');
    expect(statSync(path.join(work, 'x')).nlink).toBe(1);
  });

  it('refuses hard links through symlinks to the host', async () => {
    writeFileSync(path.join(work, 'secret'), 'host secret');
    const img = ociLayout(path.join(work, 'img'), {
      layers: [
        [
          { name: 's', type: 'symlink', linkname: path.join(work, 'secret') },
          { name: 'h', type: 'hardlink', linkname: `s/../..${work}/secret` },
        ],
      ],
    });
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot })).rejects.toThrow(/hard link target/);
    expect(statSync(path.join(work, 'secret')).nlink).toBe(1);
    expect(strayFiles('img', 'secret')).toEqual([]);
  });

  it('rejects a whiteout of ".." and leaves no bundle', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [[{ name: 'd/f', data: 'f' }], [{ name: 'd/.wh...' }]] });
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot })).rejects.toThrow(/malicious whiteout/);
    expect(strayFiles('img')).toEqual([]);
  });

  it('refuses to turn the root into a symlink', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [[{ name: './', type: 'symlink', linkname: '/' }]] });
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/root directory/);
  });
});

describe('unpackImage: integrity', () => {
  it('fails on a digest mismatch with one line and no leftovers', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [base] });
    const f = img.blobFile(img.layerDigests[0]!);
    const data = readFileSync(f);
    data[data.length - 10] ^= 0xff;
    writeFileSync(f, data);
    const err = await unpackImage({ image: img.dir, bundle: path.join(work, 'b') }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HutchError);
    expect((err as Error).message).toMatch(/layer 1\/1 .*(digest mismatch|corrupt|truncated)/);
    expect((err as Error).message).not.toContain('\n');
    expect(strayFiles('img')).toEqual([]);
  });

  it('fails on a truncated gzip layer whose digest matches', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [base], transformStored: (b) => b.subarray(0, b.length - 40) });
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/layer 1\/1 .*truncated/);
    expect(strayFiles('img')).toEqual([]);
  });

  it('fails on a truncated blob file (size mismatch)', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [base] });
    const f = img.blobFile(img.layerDigests[0]!);
    truncateSync(f, statSync(f).size - 5);
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/layer 1\/1/);
    expect(strayFiles('img')).toEqual([]);
  });

  it('fails on a missing blob', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [base] });
    rmSync(img.blobFile(img.layerDigests[0]!));
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/missing/);
    expect(strayFiles('img')).toEqual([]);
  });

  it('fails when the diff_id does not match the uncompressed layer', async () => {
    const img = ociLayout(path.join(work, 'img'), {
      layers: [base],
      compress: 'none',
      transformStored: (b) => Buffer.concat([b, Buffer.alloc(512)]),
    });
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/diff_id/);
  });

  it('detects a truncated uncompressed tar inside an entry', async () => {
    const tar = makeTar([{ name: 'big', data: 'x'.repeat(5000) }], { endMarker: false });
    const img = ociLayout(path.join(work, 'img'), { layers: [tar.subarray(0, 2048)], compress: 'none' });
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/truncated/);
  });

  it('refuses a non-empty bundle directory but fills an empty one', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [base] });
    mkdirSync(path.join(work, 'b'));
    writeFileSync(path.join(work, 'b', 'keep'), '');
    await expect(unpackImage({ image: img.dir, bundle: path.join(work, 'b') })).rejects.toThrow(/not empty/);
    rmSync(path.join(work, 'b', 'keep'));
    const res = await unpackImage({ image: img.dir, bundle: path.join(work, 'b'), rootless: !isRoot });
    expect(existsSync(path.join(res.bundle, 'config.json'))).toBe(true);
  });
});

describe('unpackImage: image selection and formats', () => {
  it('selects by ref.name and reports the available names', async () => {
    const a = ociLayout(path.join(work, 'img'), { layers: [[{ name: 'which', data: 'a' }]], tag: 'a' });
    const b = ociLayout(path.join(work, 'img2'), { layers: [[{ name: 'which', data: 'b' }]], tag: 'b' });
    // Merge b into a's layout: two tagged images in one index.
    for (const f of readdirSync(path.join(b.dir, 'blobs/sha256')))
      writeFileSync(path.join(a.dir, 'blobs/sha256', f), readFileSync(path.join(b.dir, 'blobs/sha256', f)));
    const ia = JSON.parse(readFileSync(path.join(a.dir, 'index.json'), 'utf8'));
    const ib = JSON.parse(readFileSync(path.join(b.dir, 'index.json'), 'utf8'));
    ia.manifests.push(...ib.manifests);
    writeFileSync(path.join(a.dir, 'index.json'), JSON.stringify(ia));
    const res = await unpackImage({ image: `${a.dir}:b`, bundle: path.join(work, 'bb'), rootless: !isRoot });
    expect(readFileSync(path.join(res.rootfs, 'which'), 'utf8')).toBe('b');
    expect(res.refName).toBe('b');
    await expect(unpackImage({ image: a.dir, bundle: path.join(work, 'x') })).rejects.toThrow(/several images.*a, b/);
    await expect(unpackImage({ image: `${a.dir}:zz`, bundle: path.join(work, 'x') })).rejects.toThrow(
      /no image named "zz" \(available: a, b\)/,
    );
  });

  it('handles docker save (v25+) indexes: short ref.name plus full containerd name', async () => {
    const a = ociLayout(path.join(work, 'img'), { layers: [[{ name: 'which', data: 'a' }]] });
    const b = ociLayout(path.join(work, 'img2'), { layers: [[{ name: 'which', data: 'b' }]] });
    for (const f of readdirSync(path.join(b.dir, 'blobs/sha256')))
      writeFileSync(path.join(a.dir, 'blobs/sha256', f), readFileSync(path.join(b.dir, 'blobs/sha256', f)));
    const m = (img: typeof a, name: string): unknown => ({
      ...JSON.parse(readFileSync(path.join(img.dir, 'index.json'), 'utf8')).manifests[0],
      annotations: { 'org.opencontainers.image.ref.name': 'latest', 'io.containerd.image.name': `docker.io/library/${name}:latest` },
    });
    writeFileSync(path.join(a.dir, 'index.json'), JSON.stringify({ schemaVersion: 2, manifests: [m(a, 'a'), m(b, 'b')] }));
    await expect(unpackImage({ image: a.dir, bundle: path.join(work, 'x') })).rejects.toThrow(
      /several images.*docker.io\/library\/a:latest, docker.io\/library\/b:latest/,
    );
    await expect(unpackImage({ image: `${a.dir}:latest`, bundle: path.join(work, 'x') })).rejects.toThrow(/matches several images/);
    const res = await unpackImage({ image: `${a.dir}:b`, bundle: path.join(work, 'bb'), rootless: !isRoot });
    expect(readFileSync(path.join(res.rootfs, 'which'), 'utf8')).toBe('b');
    expect(res.refName).toBe('docker.io/library/b:latest');
    expect(strayFiles('img', 'img2', 'bb')).toEqual([]);
  });

  it('picks this platform from a nested index', async () => {
    const arches = ['riscv64', hostArch(), 's390x'];
    const imgs = arches.map((arch, i) =>
      ociLayout(path.join(work, `p${i}`), { layers: [[{ name: 'arch', data: arch }]], architecture: arch }),
    );
    const dir = imgs[0]!.dir;
    const manifests = [];
    for (const [i, img] of imgs.entries()) {
      for (const f of readdirSync(path.join(img.dir, 'blobs/sha256')))
        writeFileSync(path.join(dir, 'blobs/sha256', f), readFileSync(path.join(img.dir, 'blobs/sha256', f)));
      const m = JSON.parse(readFileSync(path.join(img.dir, 'index.json'), 'utf8')).manifests[0];
      manifests.push({ ...m, platform: { os: 'linux', architecture: arches[i] } });
    }
    const inner = Buffer.from(JSON.stringify({ schemaVersion: 2, mediaType: 'application/vnd.oci.image.index.v1+json', manifests }));
    writeFileSync(path.join(dir, 'blobs/sha256', sha256(inner).slice(7)), inner);
    writeFileSync(
      path.join(dir, 'index.json'),
      JSON.stringify({
        schemaVersion: 2,
        manifests: [
          {
            mediaType: 'application/vnd.oci.image.index.v1+json',
            digest: sha256(inner),
            size: inner.length,
            annotations: { 'org.opencontainers.image.ref.name': 'multi' },
          },
        ],
      }),
    );
    const res = await unpackImage({ image: dir, bundle: path.join(work, 'b'), rootless: !isRoot });
    expect(readFileSync(path.join(res.rootfs, 'arch'), 'utf8')).toBe(hostArch());
    expect(res.manifestDigest).toBe(imgs[1]!.manifestDigest);
    await expect(unpackImage({ image: dir, bundle: path.join(work, 'c'), platform: 'linux/mips64' })).rejects.toThrow(
      /no image for linux\/mips64 \(available: linux\/riscv64, /,
    );
  });

  it('reads an oci-archive tarball (gzipped too)', async () => {
    const img = ociLayout(path.join(work, 'img'), { layers: [base], tag: 'latest' });
    const files: Record<string, Buffer> = {
      'oci-layout': readFileSync(path.join(img.dir, 'oci-layout')),
      'index.json': readFileSync(path.join(img.dir, 'index.json')),
    };
    for (const f of readdirSync(path.join(img.dir, 'blobs/sha256')))
      files[`blobs/sha256/${f}`] = readFileSync(path.join(img.dir, 'blobs/sha256', f));
    writeFileSync(path.join(work, 'img.tar'), tarOfFiles(files));
    writeFileSync(path.join(work, 'img.tar.gz'), gzipSync(tarOfFiles(files)));
    const res = await unpackImage({ image: path.join(work, 'img.tar:latest'), bundle: path.join(work, 'b'), rootless: !isRoot });
    expect(res.manifestDigest).toBe(img.manifestDigest);
    expect(readFileSync(path.join(res.rootfs, 'bin/sh'), 'utf8')).toBe('#!sh\n');
    const res2 = await unpackImage({ image: path.join(work, 'img.tar.gz'), bundle: path.join(work, 'b2'), rootless: !isRoot });
    expect(res2.manifestDigest).toBe(img.manifestDigest);
    expect(strayFiles('img', 'img.tar', 'img.tar.gz', 'b', 'b2')).toEqual([]);
  });

  it('reads a docker-archive (docker save / podman save) and selects by RepoTag', async () => {
    const layer = makeTar(base);
    const config = Buffer.from(
      JSON.stringify({
        architecture: hostArch(),
        os: 'linux',
        config: { Cmd: ['/bin/sh'] },
        rootfs: { type: 'layers', diff_ids: [sha256(layer)] },
      }),
    );
    const cfgName = `${sha256(config).slice(7)}.json`;
    const manifest = [{ Config: cfgName, RepoTags: ['localhost/foo:1'], Layers: ['abc/layer.tar'] }];
    writeFileSync(
      path.join(work, 'd.tar'),
      tarOfFiles({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), [cfgName]: config, 'abc/layer.tar': layer }),
    );
    const res = await unpackImage({ image: path.join(work, 'd.tar:foo:1'), bundle: path.join(work, 'b'), rootless: !isRoot });
    expect(res.format).toBe('docker-archive');
    expect(res.configDigest).toBe(sha256(config));
    expect(res.refName).toBe('localhost/foo:1');
    expect(readFileSync(path.join(res.rootfs, 'usr/lib/a'), 'utf8')).toBe('a');
    await expect(unpackImage({ image: path.join(work, 'd.tar:bar'), bundle: path.join(work, 'c') })).rejects.toThrow(
      /no image tagged "bar" \(available: localhost\/foo:1\)/,
    );
  });

  it('rejects a docker-archive whose layer does not match its diff_id', async () => {
    const layer = makeTar(base);
    const config = Buffer.from(
      JSON.stringify({ architecture: hostArch(), os: 'linux', rootfs: { type: 'layers', diff_ids: [sha256(Buffer.from('other'))] } }),
    );
    const manifest = [{ Config: 'c.json', RepoTags: null, Layers: ['l.tar'] }];
    writeFileSync(
      path.join(work, 'd.tar'),
      tarOfFiles({ 'manifest.json': Buffer.from(JSON.stringify(manifest)), 'c.json': config, 'l.tar': layer }),
    );
    await expect(unpackImage({ image: path.join(work, 'd.tar'), bundle: path.join(work, 'b') })).rejects.toThrow(/diff_id/);
    expect(strayFiles('d.tar')).toEqual([]);
  });
});
