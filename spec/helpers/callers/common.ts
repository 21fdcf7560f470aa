/**
 * Shared pieces for the tests that drive hutch through its real callers
 * (podman + conmon, containerd's runc v2 shim + ctr):
 *
 * - which runtime the callers are pointed at: hutch by default, or runc with
 *   HUTCH_CALLERS_RUNTIME=runc (to check that the expectations are right),
 *   or any runtime by absolute path;
 * - a logging wrapper around that runtime which records every invocation
 *   (argv, cwd, exit code), so a test can assert on the calls the caller made
 *   and a failure shows them;
 * - the busybox image, built without a registry: scripts/make-rootfs.sh, then
 *   a plain rootfs tar (for `podman import`) and an OCI archive (for
 *   `ctr image import`);
 * - rlimits that fit this machine for podman's containers.conf.
 */
import { execFileSync, spawnSync, type ChildProcess } from 'node:child_process';
import { execa } from 'execa';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { cachedRootfs } from '../bundle.js';
import { HUTCH_BIN, isRoot, runcBinary, scaled, which } from '../host.js';

export interface TargetRuntime {
  /** 'hutch', 'runc' or the basename of a custom runtime. */
  name: string;
  /** The binary the wrapper execs. */
  path: string;
}

/** The runtime the callers drive (HUTCH_CALLERS_RUNTIME: hutch | runc | /abs/path). */
function targetRuntime(): TargetRuntime {
  const want = process.env.HUTCH_CALLERS_RUNTIME ?? 'hutch';
  if (want === 'hutch') return { name: 'hutch', path: HUTCH_BIN };
  if (want === 'runc') {
    const p = runcBinary();
    if (!p) throw new Error('HUTCH_CALLERS_RUNTIME=runc but runc is not installed');
    return { name: 'runc', path: p };
  }
  if (!want.startsWith('/')) throw new Error(`HUTCH_CALLERS_RUNTIME must be hutch, runc or an absolute path, not ${want}`);
  return { name: basename(want), path: want };
}

/** Why caller tests cannot run at all here, or undefined. */
export function callersBaseSkipReason(): string | undefined {
  if (process.platform !== 'linux') return 'containers need Linux';
  if (!isRoot()) return 'caller tests run podman/containerd as root (and create the rootless user)';
  if (!which('busybox')) return 'busybox not found (sh scripts/install-callers.sh)';
  return undefined;
}

export interface Invocation {
  argv: string[];
  cwd: string;
  exitCode?: number;
}

export interface Wrapper {
  /** Path to the wrapper; its basename is the target's, so podman treats it alike. */
  path: string;
  log: string;
  /** Every invocation so far (in order). */
  calls(): Invocation[];
  /** Invocations since the last mark() (or since creation). */
  since(mark: number): Invocation[];
  mark(): number;
}

/**
 * A shell wrapper at DIR/<runtime name> that appends its argv (NUL-separated
 * fields, one record per line) and, after the runtime exits, the exit code to
 * a log that anyone can append to (rootless podman runs it as the test user),
 * then exits with the runtime's status.
 */
export function makeWrapper(dir: string, target: TargetRuntime = targetRuntime()): Wrapper {
  mkdirSync(dir, { recursive: true, mode: 0o755 });
  chmodSync(dir, 0o755);
  const path = join(dir, target.name);
  const log = join(dir, 'calls.log');
  writeFileSync(log, '');
  chmodSync(log, 0o666);
  writeFileSync(
    path,
    `#!/bin/sh
# Logging wrapper written by spec/helpers/callers/common.ts
log=${shq(log)}
{ printf 'call %s %s' "$$" "$(pwd)"; for a in "$@"; do printf '\\037%s' "$a"; done; printf '\\n'; } >> "$log"
${shq(target.path)} "$@"
rc=$?
printf 'exit %s %s\\n' "$$" "$rc" >> "$log"
exit $rc
`,
  );
  chmodSync(path, 0o755);
  const calls = (): Invocation[] => {
    const out: Invocation[] = [];
    const byPid = new Map<string, Invocation>();
    for (const line of readFileSync(log, 'utf8').split('\n')) {
      if (line.startsWith('call ')) {
        const [head, ...args] = line.slice(5).split('\x1f');
        const sp = head!.indexOf(' ');
        const inv: Invocation = { argv: args, cwd: head!.slice(sp + 1) };
        byPid.set(head!.slice(0, sp), inv);
        out.push(inv);
      } else if (line.startsWith('exit ')) {
        const [pid, rc] = line.slice(5).split(' ');
        const inv = byPid.get(pid!);
        if (inv) inv.exitCode = Number(rc);
      }
    }
    return out;
  };
  return {
    path,
    log,
    calls,
    mark: () => calls().length,
    since: (m) => calls().slice(m),
  };
}

/** The runtime subcommand of an invocation (skipping global options). */
export function subcommand(inv: Invocation): string {
  const a = inv.argv;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    if (x === '--root' || x === '--log' || x === '--log-format' || x === '--criu') {
      i++;
      continue;
    }
    if (x.startsWith('-')) continue;
    return x;
  }
  return '';
}

/** "create --bundle … ID" style one-liners for messages. */
export function describeCalls(list: Invocation[]): string {
  return list.map((c) => `  ${c.argv.join(' ')}  -> exit ${c.exitCode ?? '?'}`).join('\n') || '  (no runtime calls)';
}

/** Single-quote for sh. */
function shq(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

/** Hard limits of this process (podman's default ulimits must not exceed them). */
function hardLimits(): { nofile: number; nproc: number } {
  const text = readFileSync('/proc/self/limits', 'utf8');
  const hard = (name: string, fallback: number): number => {
    const line = text.split('\n').find((l) => l.startsWith(name));
    const v = line?.slice(name.length).trim().split(/\s+/)[1];
    return v === undefined || v === 'unlimited' ? fallback : Number(v);
  };
  return { nofile: hard('Max open files', 1048576), nproc: hard('Max processes', 4194304) };
}

/**
 * containers.conf for the tests: default_ulimits that fit the machine
 * (without CAP_SYS_RESOURCE podman's 1048576/4194304 defaults make every
 * create fail; podman itself lowers its nproc hard limit to 32768).
 * `json` adds the runtime to runtime_supports_json, so conmon passes
 * `--log-format=json --log …/oci-log` to it as it does for runc.
 */
export function writeContainersConf(file: string, opts: { json?: string } = {}): string {
  const { nofile, nproc } = hardLimits();
  const np = Math.min(nproc, 32768);
  let text = `[containers]\ndefault_ulimits = ["nofile=${nofile}:${nofile}", "nproc=${np}:${np}"]\n`;
  if (opts.json) text += `[engine]\nruntime_supports_json = ["crun", "runc", ${JSON.stringify(opts.json)}]\n`;
  writeFileSync(file, text);
  chmodSync(file, 0o644);
  return file;
}

/** A plain tar of the busybox rootfs (for `podman import`), built once per workspace. */
export function rootfsTar(dir: string): string {
  const out = join(dir, 'busybox-rootfs.tar');
  if (!existsSync(out)) {
    execFileSync('tar', ['-C', cachedRootfs(), '--numeric-owner', '-cf', out, '.']);
    chmodSync(out, 0o644);
  }
  return out;
}

const sha256 = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

/** The busybox image's layer and config blobs, shared by the archive formats below. */
function imageBlobs(dir: string): { layer: Buffer; layerDigest: string; config: Buffer; configDigest: string } {
  const layer = readFileSync(rootfsTar(dir));
  const layerDigest = sha256(layer);
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const config = Buffer.from(
    JSON.stringify({
      architecture: arch,
      os: 'linux',
      config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
      rootfs: { type: 'layers', diff_ids: [`sha256:${layerDigest}`] },
      history: [{ created_by: 'spec/helpers/callers/common.ts' }],
    }),
  );
  return { layer, layerDigest, config, configDigest: sha256(config) };
}

/**
 * An OCI image archive (oci-layout + index.json + blobs, tarred) of the
 * busybox rootfs, named `name` through the `io.containerd.image.name`
 * annotation so `ctr image import` registers it under that name. No podman
 * or registry needed.
 */
export function ociArchive(dir: string, name: string): string {
  const out = join(dir, 'busybox-oci.tar');
  if (existsSync(out)) return out;
  const layout = join(dir, 'oci-layout-dir');
  const blobs = join(layout, 'blobs', 'sha256');
  mkdirSync(blobs, { recursive: true });
  const { layer, layerDigest, config, configDigest } = imageBlobs(dir);
  writeFileSync(join(blobs, layerDigest), layer);
  writeFileSync(join(blobs, configDigest), config);
  const arch = process.arch === 'x64' ? 'amd64' : process.arch;
  const manifest = Buffer.from(
    JSON.stringify({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.manifest.v1+json',
      config: { mediaType: 'application/vnd.oci.image.config.v1+json', digest: `sha256:${configDigest}`, size: config.length },
      layers: [{ mediaType: 'application/vnd.oci.image.layer.v1.tar', digest: `sha256:${layerDigest}`, size: layer.length }],
    }),
  );
  const manifestDigest = sha256(manifest);
  writeFileSync(join(blobs, manifestDigest), manifest);
  writeFileSync(
    join(layout, 'index.json'),
    JSON.stringify({
      schemaVersion: 2,
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.manifest.v1+json',
          digest: `sha256:${manifestDigest}`,
          size: manifest.length,
          platform: { architecture: arch, os: 'linux' },
          annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': name.split(':').pop() },
        },
      ],
    }),
  );
  writeFileSync(join(layout, 'oci-layout'), JSON.stringify({ imageLayoutVersion: '1.0.0' }));
  execFileSync('tar', ['-C', layout, '-cf', out, ...readdirSync(layout)]);
  return out;
}

/** The same image as a `docker save` archive (manifest.json, config, layer.tar) tagged `tag`, for `docker load`. */
export function dockerArchive(dir: string, tag: string): string {
  const out = join(dir, 'busybox-docker.tar');
  if (existsSync(out)) return out;
  const tree = join(dir, 'docker-archive-dir');
  mkdirSync(tree, { recursive: true });
  const { layer, config, configDigest } = imageBlobs(dir);
  writeFileSync(join(tree, 'layer.tar'), layer);
  writeFileSync(join(tree, `${configDigest}.json`), config);
  writeFileSync(join(tree, 'manifest.json'), JSON.stringify([{ Config: `${configDigest}.json`, RepoTags: [tag], Layers: ['layer.tar'] }]));
  execFileSync('tar', ['-C', tree, '-cf', out, ...readdirSync(tree)]);
  return out;
}

/** Mount points at or below `dir` (deepest first), from /proc/self/mountinfo. */
export function mountsUnder(dir: string): string[] {
  const out: string[] = [];
  for (const line of readFileSync('/proc/self/mountinfo', 'utf8').split('\n')) {
    const mp = line.split(' ')[4];
    if (!mp) continue;
    const p = mp.replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8)));
    if (p === dir || p.startsWith(dir + '/')) out.push(p);
  }
  return out.sort((a, b) => b.length - a.length);
}

/** Lazily unmounts whatever is still mounted under `dir` (best effort). */
export function unmountUnder(dir: string): void {
  for (const m of mountsUnder(dir)) spawnSync('umount', ['-l', m]);
}

/** Ends a daemon we started: SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopDaemon(child: ChildProcess | undefined, graceMs: number): Promise<void> {
  if (!child?.pid || !alive(child.pid)) return;
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  await Promise.race([gone, new Promise((r) => setTimeout(r, graceMs))]);
  if (alive(child.pid)) child.kill('SIGKILL');
}

/** Whether a process is alive. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The target runtime's name for test titles ("hutch" when it cannot be resolved). */
export function targetName(): string {
  try {
    return targetRuntime().name;
  } catch {
    return 'hutch';
  }
}

let named = 0;
/** A container (or task) name unique to this test process. */
export function uniqueName(prefix: string): string {
  return `hc-${prefix}-${process.pid}-${named++}`;
}

/** Polls `check` every 200 ms until it holds; throws after `ms`. */
export async function waitFor(what: string, check: () => Promise<boolean> | boolean, ms = 10_000): Promise<void> {
  ms = scaled(ms);
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out after ${ms} ms waiting for ${what}`);
}

/** A host file's trimmed text, or why it could not be read (for assertion messages). */
export function readHost(p: string): string {
  try {
    return readFileSync(p, 'utf8').trim();
  } catch (e) {
    return `(cannot read ${p}: ${(e as Error).message})`;
  }
}

/** What a caller tool (podman, ctr) did; a non-zero exit is a result, not an error. */
export interface ToolResult {
  command: string;
  exitCode: number | undefined;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export interface ToolOptions {
  env: Record<string, string>;
  cwd?: string;
  timeoutMs?: number;
  /** SIGKILL this long after the timeout's SIGTERM (ctr forwards SIGTERM to its task). */
  forceKillAfterDelay?: number;
}

/** Runs argv[0] with the rest; `command` is how a failure message names it. */
export async function runTool(command: string, argv: string[], opts: ToolOptions): Promise<ToolResult> {
  const [file, ...args] = argv;
  const r = await execa(file!, args, {
    reject: false,
    env: opts.env,
    extendEnv: false,
    stdin: 'ignore',
    cwd: opts.cwd,
    timeout: scaled(opts.timeoutMs ?? 60_000),
    ...(opts.forceKillAfterDelay ? { forceKillAfterDelay: opts.forceKillAfterDelay } : {}),
    stripFinalNewline: false,
  });
  return { command, exitCode: r.exitCode, stdout: String(r.stdout ?? ''), stderr: String(r.stderr ?? ''), timedOut: Boolean(r.timedOut) };
}

/** argv run under `script` (util-linux), so it has a terminal for `-t`; `script -e` keeps its exit status. Output has CRLF line ends. */
export function inPty(argv: string[]): string[] {
  return [which('script')!, '-qec', argv.map(shq).join(' '), '/dev/null'];
}
