/**
 * OCI bundles for integration tests: a busybox rootfs plus the config.json
 * that `runc spec` (or `runc spec --rootless`, generated as the unprivileged
 * user) produces, with process.terminal off and the args of the case.
 *
 * Layout: every test file gets a workspace — a 0755 directory under the
 * system tmpdir, so the unprivileged user can traverse it — holding bundles
 * and per-runtime state roots. Rootless bundles and state roots are owned by
 * the test user.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES, REPO, runcBinary, which } from './host.js';
import { asUser, type TestUser } from './user.js';

export type OciConfig = Record<string, any>;

export type BundleKind = 'root' | 'rootless';

const MAKE_ROOTFS = join(REPO, 'scripts', 'make-rootfs.sh');

/**
 * A busybox rootfs built once by scripts/make-rootfs.sh and cached under the
 * tmpdir (keyed by the script and the busybox binary), so each bundle is a
 * cheap `cp -a` of it instead of a 4-second build.
 */
export function cachedRootfs(): string {
  const bb = ['/bin/busybox', '/usr/bin/busybox'].find((p) => existsSync(p));
  if (!bb) throw new Error('busybox not found: apt-get install busybox-static');
  const st = statSync(bb);
  const key = createHash('sha256').update(readFileSync(MAKE_ROOTFS)).update(`${bb}:${st.size}:${st.mtimeMs}`).digest('hex').slice(0, 16);
  const cacheDir = join(tmpdir(), `hutch-spec-cache-${process.geteuid?.() ?? 0}`);
  const dest = join(cacheDir, `busybox-${key}`);
  if (existsSync(join(dest, 'bin', 'busybox'))) return dest;
  mkdirSync(cacheDir, { recursive: true, mode: 0o755 });
  chmodSync(cacheDir, 0o755);
  const tmp = `${dest}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  execFileSync(MAKE_ROOTFS, [tmp], { stdio: ['ignore', 'ignore', 'pipe'] });
  try {
    renameSync(tmp, dest);
  } catch (err) {
    // Someone else finished first: use theirs.
    rmSync(tmp, { recursive: true, force: true });
    if (!existsSync(join(dest, 'bin', 'busybox'))) throw err;
  }
  return dest;
}

export interface Workspace {
  dir: string;
  /** A fresh subdirectory, owned by `owner` when given. */
  subdir: (name: string, owner?: TestUser, mode?: number) => string;
  cleanup: () => void;
}

/** A 0755 scratch directory for one test file. */
export function makeWorkspace(prefix = 'hutch-it-'): Workspace {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  chmodSync(dir, 0o755);
  let n = 0;
  return {
    dir,
    subdir(name, owner, mode = 0o755) {
      const d = join(dir, `${name}-${n++}`);
      mkdirSync(d, { mode });
      chmodSync(d, mode);
      if (owner) chownSync(d, owner.uid, owner.gid);
      return d;
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface BundleOptions {
  kind: BundleKind;
  /** Rootless: the user who generates the spec and owns the bundle. */
  user?: TestUser;
  /**
   * Where config.json comes from: 'runc' runs `runc spec` (as `user` for
   * rootless); 'fixture' reads fixtures/bundles/runc-spec*.json (runc 1.1.5's
   * output, for tests that must not need runc) and maps the rootless
   * uid/gid to `user` or the current user.
   */
  template?: 'runc' | 'fixture';
  /** process.args; the template's `sh` when omitted. */
  args?: string[];
  /** Last word on the config. */
  edit?: (config: OciConfig) => void;
  /** Copy the busybox rootfs into <bundle>/rootfs (default true). */
  withRootfs?: boolean;
}

export interface Bundle {
  dir: string;
  rootfs: string;
  config: OciConfig;
  /** Rewrite config.json (after changing `config`, or with a new one). */
  writeConfig: (config?: OciConfig) => void;
}

function chownTree(path: string, user: TestUser): void {
  execFileSync(which('chown') ?? 'chown', ['-R', `${user.uid}:${user.gid}`, path]);
}

function runcSpec(dir: string, kind: BundleKind, user?: TestUser): OciConfig {
  const runc = runcBinary();
  if (!runc) throw new Error('runc is not installed');
  const argv = [runc, 'spec', ...(kind === 'rootless' ? ['--rootless'] : []), '--bundle', dir];
  const [file, ...args] = kind === 'rootless' && user ? asUser(user, argv) : argv;
  const r = spawnSync(file!, args, { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed: ${r.stderr}`);
  const path = join(dir, 'config.json');
  const config = JSON.parse(readFileSync(path, 'utf8')) as OciConfig;
  rmSync(path);
  return config;
}

function fixtureSpec(kind: BundleKind, user?: TestUser): OciConfig {
  const file = kind === 'rootless' ? 'runc-spec-rootless.json' : 'runc-spec.json';
  const config = JSON.parse(readFileSync(join(FIXTURES, 'bundles', file), 'utf8')) as OciConfig;
  if (kind === 'rootless') {
    const uid = user?.uid ?? process.geteuid?.() ?? 0;
    const gid = user?.gid ?? process.getegid?.() ?? 0;
    config.linux.uidMappings = [{ containerID: 0, hostID: uid, size: 1 }];
    config.linux.gidMappings = [{ containerID: 0, hostID: gid, size: 1 }];
  }
  return config;
}

/** A new bundle directory inside `ws`. */
export function makeBundle(ws: Workspace, opts: BundleOptions): Bundle {
  const owner = opts.kind === 'rootless' ? opts.user : undefined;
  if (opts.kind === 'rootless' && !owner && process.geteuid?.() === 0) {
    throw new Error('a rootless bundle made by root needs the user who will own it');
  }
  const dir = ws.subdir(`bundle-${opts.kind}`, owner);
  const config = (opts.template ?? 'runc') === 'runc' ? runcSpec(dir, opts.kind, owner) : fixtureSpec(opts.kind, owner);
  config.process.terminal = false;
  if (opts.args) config.process.args = opts.args;
  opts.edit?.(config);
  const rootfs = join(dir, 'rootfs');
  if (opts.withRootfs ?? true) {
    execFileSync(which('cp') ?? 'cp', ['-a', cachedRootfs(), rootfs]);
    if (owner) chownTree(rootfs, owner);
  }
  const bundle: Bundle = {
    dir,
    rootfs,
    config,
    writeConfig(next) {
      if (next) bundle.config = next;
      const path = join(dir, 'config.json');
      writeFileSync(path, `${JSON.stringify(bundle.config, null, '\t')}\n`);
      if (owner) chownSync(path, owner.uid, owner.gid);
    },
  };
  bundle.writeConfig();
  return bundle;
}
