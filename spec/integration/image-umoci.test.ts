/**
 * `hutch bundle` against the reference, umoci: the same image unpacked by
 * both must give the same rootfs tree (paths, types, modes, owners, sizes,
 * link targets, device numbers, mtimes, hard-link counts, xattrs), as root
 * and as an unprivileged user (umoci --rootless). Images come from umoci
 * itself and from podman save (oci-archive and docker-archive).
 */
import { execFileSync, type ExecFileSyncOptions } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { lstat, readdir, readlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../lib/cli/main.js';
import { lgetxattr } from '../../lib/image/sys.js';
import { HUTCH_BIN } from '../helpers/host.js';

function which(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const isRoot = process.geteuid?.() === 0;
const umoci = which('umoci');
const busybox = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
const podman = which('podman');
const skopeo = which('skopeo');
const skipReason = !isRoot
  ? 'needs root'
  : !umoci
    ? 'umoci is not installed (apt-get install umoci)'
    : !busybox
      ? 'busybox is not installed'
      : '';

function run(cmd: string, args: string[], opts: ExecFileSyncOptions = {}): string {
  return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts }) as string;
}

const XATTRS = ['user.rootlesscontainers', 'user.foo', 'security.capability'];

/** One line per path with everything an unpack decides. */
async function tree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    for (const name of (await readdir(path.join(root, rel))).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      const p = path.join(root, r);
      const st = await lstat(p);
      const xs: string[] = [];
      for (const x of XATTRS) {
        const v = await lgetxattr(p, x).catch(() => undefined);
        if (v) xs.push(`${x}=${v.toString('hex')}`);
      }
      const link = st.isSymbolicLink() ? `-> ${await readlink(p)}` : '';
      out.push(
        [
          r,
          st.mode.toString(8),
          `${st.uid}:${st.gid}`,
          st.isFile() ? st.size : '',
          link,
          st.rdev,
          Math.floor(st.mtimeMs / 1000),
          st.isDirectory() ? '' : st.nlink,
          xs.join(','),
        ].join(' '),
      );
      if (st.isDirectory()) await walk(r);
    }
  };
  await walk('');
  return out;
}

/** A small but awkward rootfs: setuid, fifo, device, hard link, read-only dir, foreign owners, an xattr. */
function makeRootfs(rf: string): void {
  for (const d of ['bin', 'etc', 'home/app', 'dev', 'ro', 'tmp']) mkdirSync(path.join(rf, d), { recursive: true });
  cpSync(busybox!, path.join(rf, 'bin/busybox'));
  for (const x of ['sh', 'ls', 'cat']) symlinkSync('busybox', path.join(rf, 'bin', x));
  writeFileSync(path.join(rf, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\napp:x:1000:1000::/home/app:/bin/sh\n');
  writeFileSync(path.join(rf, 'etc/group'), 'root:x:0:\napp:x:1000:\n');
  writeFileSync(path.join(rf, 'home/app/f'), 'hi\n');
  chownSync(path.join(rf, 'home/app'), 1000, 1000);
  chownSync(path.join(rf, 'home/app/f'), 1000, 1000);
  chmodSync(path.join(rf, 'bin/busybox'), 0o4755);
  run('mkfifo', [path.join(rf, 'tmp/fifo')]);
  run('mknod', ['-m', '666', path.join(rf, 'dev/null'), 'c', '1', '3']);
  run('ln', [path.join(rf, 'etc/passwd'), path.join(rf, 'etc/passwd.hl')]);
  writeFileSync(path.join(rf, 'ro/f'), 'r\n');
  chmodSync(path.join(rf, 'ro'), 0o555);
  chmodSync(path.join(rf, 'tmp'), 0o1777);
  symlinkSync('/etc/passwd', path.join(rf, 'abs-link'));
  chownSync(path.join(rf, 'etc/group'), 0, 42);
}

/** Set an xattr as the fixture needs, with the same FFI the unpacker uses. */
async function setXattr(file: string, name: string, value: string): Promise<void> {
  const { lsetxattr } = await import('../../lib/image/sys.js');
  await lsetxattr(file, name, Buffer.from(value));
}

async function hutch(...args: string[]): Promise<number> {
  return main(['bundle', ...args]);
}

describe.skipIf(skipReason !== '')(`hutch bundle matches umoci unpack${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  let work: string;
  let layout: string;

  beforeAll(async () => {
    work = mkdtempSync(path.join(tmpdir(), 'hutch-umoci-'));
    chmodSync(work, 0o755);
    const rf = path.join(work, 'rf');
    makeRootfs(rf);
    await setXattr(path.join(rf, 'etc/group'), 'user.foo', 'bar');
    layout = path.join(work, 'L');
    const u = (...a: string[]): string => run(umoci!, a, { cwd: work });
    u('init', '--layout', layout);
    u('new', '--image', `${layout}:t`);
    u('unpack', '--image', `${layout}:t`, path.join(work, 'B0'));
    run('cp', ['-a', `${rf}/.`, path.join(work, 'B0/rootfs/')]);
    u('repack', '--image', `${layout}:t`, path.join(work, 'B0'));
    u(
      'config',
      '--image',
      `${layout}:t`,
      '--config.entrypoint',
      '/bin/sh',
      '--config.cmd=-c',
      '--config.cmd=echo hi',
      '--config.user',
      'app',
      '--config.env',
      'FOO=bar',
      '--config.workingdir',
      '/home/app',
      '--config.label',
      'x=y',
    );
    // A second layer with deletions: umoci writes them as .wh. whiteouts.
    u('unpack', '--image', `${layout}:t`, path.join(work, 'B1'));
    rmSync(path.join(work, 'B1/rootfs/bin/cat'));
    chmodSync(path.join(work, 'B1/rootfs/ro'), 0o755);
    rmSync(path.join(work, 'B1/rootfs/ro'), { recursive: true });
    writeFileSync(path.join(work, 'B1/rootfs/home/app/g'), 'new\n');
    // Directories an unprivileged unpack cannot enter once their modes are set.
    for (const [d, mode] of [
      ['ro2', 0o555],
      ['zero', 0o000],
    ] as const) {
      mkdirSync(path.join(work, 'B1/rootfs', d));
      writeFileSync(path.join(work, 'B1/rootfs', d, 'f'), d);
      chmodSync(path.join(work, 'B1/rootfs', d), mode);
    }
    u('repack', '--image', `${layout}:t`, path.join(work, 'B1'));
    // The same image with a user that does not exist: fails after the rootfs is complete.
    u('config', '--image', `${layout}:t`, '--tag', 'bad', '--config.user', 'ghost');
    u('gc', '--layout', layout);
  }, 180_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('as root: same tree and an equivalent config', async () => {
    run(umoci!, ['unpack', '--image', `${layout}:t`, path.join(work, 'ref')]);
    expect(await hutch('--image', `${layout}:t`, path.join(work, 'out'))).toBe(0);
    const want = await tree(path.join(work, 'ref/rootfs'));
    expect(want.length).toBeGreaterThan(10);
    expect(await tree(path.join(work, 'out/rootfs'))).toEqual(want);

    const ref = JSON.parse(readFileSync(path.join(work, 'ref/config.json'), 'utf8'));
    const got = JSON.parse(readFileSync(path.join(work, 'out/config.json'), 'utf8'));
    for (const k of ['args', 'env', 'cwd', 'user']) expect(got.process[k]).toEqual(ref.process[k]);
    expect(got.annotations.x).toBe('y');
  }, 120_000);

  it('as an unprivileged user: same tree as umoci --rootless', async () => {
    try {
      run('id', ['hutchimg']);
    } catch {
      run('useradd', ['-M', '-s', '/usr/sbin/nologin', 'hutchimg']);
    }
    const uid = Number(run('id', ['-u', 'hutchimg']).trim());
    const gid = Number(run('id', ['-g', 'hutchimg']).trim());
    const home = path.join(work, 'user');
    mkdirSync(home);
    cpSync(layout, path.join(home, 'L'), { recursive: true });
    run('chown', ['-R', `${uid}:${gid}`, home]);
    const as = (cmd: string, ...args: string[]): string =>
      run('setpriv', ['--reuid', String(uid), '--regid', String(gid), '--clear-groups', cmd, ...args], {
        cwd: home,
        env: { ...process.env, HOME: home },
      });
    as(umoci!, 'unpack', '--rootless', '--image', 'L:t', 'ref');
    as(HUTCH_BIN, 'bundle', '--image', 'L:t', 'out');
    const want = await tree(path.join(home, 'ref/rootfs'));
    expect(want.some((l) => l.includes('user.rootlesscontainers='))).toBe(true);
    expect(want.every((l) => l.includes(` ${uid}:${gid} `))).toBe(true);
    expect(await tree(path.join(home, 'out/rootfs'))).toEqual(want);
    const got = JSON.parse(readFileSync(path.join(home, 'out/config.json'), 'utf8'));
    expect(got.linux.uidMappings).toEqual([{ containerID: 0, hostID: uid, size: 1 }]);
    expect(got.linux.gidMappings).toEqual([{ containerID: 0, hostID: gid, size: 1 }]);

    // A late failure must still remove the scratch tree, read-only directories and all.
    expect(() => as(HUTCH_BIN, 'bundle', '--image', 'L:bad', 'bad')).toThrow(/image user "ghost" is not in/);
    expect(readdirSync(home).sort()).toEqual(['.cache', 'L', 'out', 'ref'].filter((n) => existsSync(path.join(home, n))));
  }, 120_000);

  it.skipIf(!podman || !skopeo)(
    `podman save archives unpack like umoci does the skopeo-copied layout${!podman || !skopeo ? ' (skipped: podman/skopeo missing)' : ''}`,
    async () => {
      const rf = path.join(work, 'rf');
      const name = `localhost/hutch-image-test:${process.pid}`;
      run('tar', ['-C', rf, '-cf', path.join(work, 'rf.tar'), '.']);
      run(podman!, ['import', path.join(work, 'rf.tar'), name]);
      try {
        run(podman!, ['save', '--format', 'oci-archive', '-o', path.join(work, 'p-oci.tar'), name]);
        run(podman!, ['save', '--format', 'docker-archive', '-o', path.join(work, 'p-docker.tar'), name]);
      } finally {
        run(podman!, ['rmi', '-f', name]);
      }
      run(skopeo!, ['copy', `oci-archive:${path.join(work, 'p-oci.tar')}`, `oci:${path.join(work, 'S')}:t`]);
      run(umoci!, ['unpack', '--image', `${path.join(work, 'S')}:t`, path.join(work, 'pref')]);
      const want = await tree(path.join(work, 'pref/rootfs'));
      expect(await hutch('--image', `${path.join(work, 'p-oci.tar')}:${name}`, path.join(work, 'po'))).toBe(0);
      expect(await tree(path.join(work, 'po/rootfs'))).toEqual(want);
      expect(await hutch('--image', path.join(work, 'p-docker.tar'), path.join(work, 'pd'))).toBe(0);
      expect(await tree(path.join(work, 'pd/rootfs'))).toEqual(want);
      expect(await hutch('--image', `${path.join(work, 'S')}:t`, path.join(work, 'ps'))).toBe(0);
      expect(await tree(path.join(work, 'ps/rootfs'))).toEqual(want);
    },
    180_000,
  );
});
