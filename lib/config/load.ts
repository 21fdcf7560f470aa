/**
 * config.json in, a checked Spec out. parseSpec checks types and value
 * domains field by field and names the JSON path of the first problem;
 * loadBundle adds what needs the filesystem (reading the file, finding the
 * rootfs).
 */
// Synchronous on purpose: three small reads, and node:fs/promises drags in
// node:stream, several ms of every CLI call.
import { closeSync, constants as fsc, fstatSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import { isAbsolute, join, normalize, resolve } from 'node:path';
import { HutchError, osError } from '../errors.js';
import { asAbsolutePath, asBool, asList, asMap, asObject, asString, asStringList, child, compact, fail, intIn, opt, req } from './check.js';
import { parseJson } from './json.js';
import { parseIDMappings, parseLinux } from './parse-linux.js';
import { parseProcess } from './parse-process.js';
import { checkRules } from './rules.js';
import type { Hook, HookName, Hooks, Mount, Root, Spec } from './types.js';

const HOOK_NAMES: readonly HookName[] = ['prestart', 'createRuntime', 'createContainer', 'startContainer', 'poststart', 'poststop'];

const SEMVER = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/**
 * Checks a decoded config.json. Unknown properties are ignored, as the
 * spec requires, and left out of the result. `process` may be absent here
 * (the spec only needs it at start); loadBundle requires it, like runc.
 */
export function parseSpec(json: unknown): Spec {
  const o = asObject(json, '(root)');
  const spec = compact<Spec>({
    ociVersion: req(o, 'ociVersion', '', parseVersion),
    process: opt(o, 'process', '', parseProcess),
    root: req(o, 'root', '', parseRoot),
    hostname: opt(o, 'hostname', '', asString),
    domainname: opt(o, 'domainname', '', asString),
    mounts: opt(o, 'mounts', '', (x, p) => asList(x, p, parseMount)),
    hooks: opt(o, 'hooks', '', parseHooks),
    annotations: opt(o, 'annotations', '', parseAnnotations),
    linux: opt(o, 'linux', '', parseLinux),
  });
  checkRules(spec);
  return spec;
}

function parseVersion(v: unknown, path: string): string {
  const s = asString(v, path);
  if (!SEMVER.test(s)) fail(path, `must be a SemVer 2.0.0 version, got ${JSON.stringify(s)}`);
  return s;
}

function parseRoot(v: unknown, path: string): Root {
  const o = asObject(v, path);
  const rootPath = req(o, 'path', path, asString);
  if (rootPath === '') fail(child(path, 'path'), 'must not be empty');
  return compact<Root>({ path: rootPath, readonly: opt(o, 'readonly', path, asBool) });
}

/**
 * The spec requires an absolute destination; runc still accepts a relative
 * one with a deprecation warning. We follow the spec.
 */
function parseMount(v: unknown, path: string): Mount {
  const o = asObject(v, path);
  const m = compact<Mount>({
    destination: req(o, 'destination', path, asAbsolutePath),
    type: opt(o, 'type', path, asString),
    source: opt(o, 'source', path, asString),
    options: opt(o, 'options', path, asStringList),
    uidMappings: opt(o, 'uidMappings', path, parseIDMappings),
    gidMappings: opt(o, 'gidMappings', path, parseIDMappings),
  });
  for (const key of ['destination', 'type', 'source'] as const) {
    // These reach mount(2) as C strings; a NUL would silently truncate.
    if (m[key]?.includes('\0')) fail(child(path, key), 'contains a NUL byte');
  }
  return m;
}

function parseHooks(v: unknown, path: string): Hooks {
  const o = asObject(v, path);
  const hooks: Hooks = {};
  for (const name of HOOK_NAMES) {
    const list = opt(o, name, path, (x, p) => asList(x, p, parseHook));
    if (list !== undefined) hooks[name] = list;
  }
  return hooks;
}

function parseHook(v: unknown, path: string): Hook {
  const o = asObject(v, path);
  return compact<Hook>({
    path: req(o, 'path', path, asAbsolutePath),
    args: opt(o, 'args', path, asStringList),
    env: opt(o, 'env', path, asStringList),
    // The spec: "If set, timeout MUST be greater than zero."
    timeout: opt(o, 'timeout', path, intIn(1, 2 ** 31 - 1)),
  });
}

function parseAnnotations(v: unknown, path: string): Record<string, string> {
  const map = asMap(v, path, asString);
  if (Object.hasOwn(map, '')) fail(child(path, ''), 'keys must not be empty');
  return map;
}

export interface Bundle {
  spec: Spec;
  /** Absolute, symlink-free bundle directory. */
  bundle: string;
  /** Absolute rootfs directory (root.path resolved against the bundle). */
  rootfs: string;
}

/**
 * Reads and checks `<bundleDir>/config.json` and locates the rootfs.
 * `requireProcess` (default true) mirrors runc, which refuses a config
 * without a process for create and run.
 */
export async function loadBundle(bundleDir: string, opts: { requireProcess?: boolean } = {}): Promise<Bundle> {
  const bundle = await resolveBundle(bundleDir);
  const spec = parseSpec(await readConfig(bundle));
  if ((opts.requireProcess ?? true) && spec.process === undefined) fail('process', 'is required');
  const rootfs = await resolveRootfs(bundle, (spec.root as Root).path);
  return { spec, bundle, rootfs };
}

function statOrUndefined(path: string): ReturnType<typeof statSync> {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

async function resolveBundle(bundleDir: string): Promise<string> {
  const abs = resolve(bundleDir);
  const info = statOrUndefined(abs);
  if (info === undefined) throw new HutchError(`bundle directory ${JSON.stringify(abs)} does not exist`, { code: 'config' });
  if (!info.isDirectory()) throw new HutchError(`bundle ${JSON.stringify(abs)} is not a directory`, { code: 'config' });
  // runc works from the bundle as its cwd, which the kernel reports with
  // symlinks resolved; a relative root.path is taken against that.
  return realpathSync(abs);
}

/**
 * The largest config.json hutch reads. Real configs are a few KB (podman's
 * with a seccomp profile ~40 KB); the bound keeps a hostile bundle from
 * making the runtime read without end (a link to /dev/zero) or parse a
 * file that would exhaust its memory.
 */
const MAX_CONFIG_BYTES = 32 * 1024 * 1024;

async function readConfig(bundle: string): Promise<unknown> {
  const text = readBoundedFile(join(bundle, 'config.json'), 'config.json', MAX_CONFIG_BYTES);
  try {
    return parseJson(text);
  } catch (err) {
    throw new HutchError(`config.json: ${(err as Error).message}`, { code: 'config', cause: err });
  }
}

/**
 * A regular file of at most `max` bytes, read through one fd: O_NONBLOCK so
 * a FIFO cannot block the open, fstat on that fd so what is checked is what
 * is read (a device, a FIFO or a directory is refused, as is a file that
 * grows past the bound while being read).
 */
function readBoundedFile(path: string, name: string, max: number): string {
  let fd: number;
  try {
    fd = openSync(path, fsc.O_RDONLY | fsc.O_NONBLOCK);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new HutchError(`JSON specification file ${name} not found`, { code: 'config' });
    throw osError(err, 'open', path, 'config');
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new HutchError(`${name}: not a regular file (${fileKind(st)})`, { code: 'config' });
    if (st.size > max)
      throw new HutchError(`${name}: ${st.size} bytes is larger than the ${max / 1024 / 1024} MiB hutch reads`, { code: 'config' });
    const buf = Buffer.allocUnsafe(Math.min(st.size, max) + 1);
    let got = 0;
    for (let n; got < buf.length && (n = readSync(fd, buf, got, buf.length - got, null)) > 0;) got += n;
    if (got > max) throw new HutchError(`${name}: larger than the ${max / 1024 / 1024} MiB hutch reads`, { code: 'config' });
    return buf.toString('utf8', 0, got);
  } catch (err) {
    throw err instanceof HutchError ? err : osError(err, 'read', path, 'config');
  } finally {
    closeSync(fd);
  }
}

function fileKind(st: ReturnType<typeof fstatSync>): string {
  if (st.isDirectory()) return 'a directory';
  if (st.isFIFO()) return 'a FIFO';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  if (st.isSocket()) return 'a socket';
  return 'not a file';
}

async function resolveRootfs(bundle: string, rootPath: string): Promise<string> {
  const joined = normalize(isAbsolute(rootPath) ? rootPath : join(bundle, rootPath));
  const rootfs = joined.length > 1 ? joined.replace(/\/$/, '') : joined;
  const info = statOrUndefined(rootfs);
  if (info === undefined) throw new HutchError(`rootfs (${JSON.stringify(rootfs)}) does not exist`, { code: 'config' });
  if (!info.isDirectory()) throw new HutchError(`rootfs (${JSON.stringify(rootfs)}) is not a directory`, { code: 'config' });
  // runc refuses a rootfs reached through a symlink (its validator compares
  // the path with its EvalSymlinks form); everything later assumes a real path.
  if (realpathSync(rootfs) !== rootfs) {
    throw new HutchError(`invalid rootfs (${JSON.stringify(rootfs)}): not an absolute path, or a symlink`, { code: 'config' });
  }
  return rootfs;
}
