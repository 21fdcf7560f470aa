/**
 * containerd 1.6 + its runc v2 shim, driven with `ctr`, pointed at a runtime
 * with `ctr run --runc-binary` (the runc shim's BinaryName option; the CRI
 * `BinaryName` setting in config.toml does not apply to ctr).
 *
 * A containerd is needed: HUTCH_CONTAINERD_ADDRESS names one to use; else a
 * daemon already answering on /run/containerd/containerd.sock is used; else
 * a private one is started (`containerd --config` with root, state and
 * sockets inside the test workspace, CRI disabled) and stopped afterwards.
 * Tests use their own namespace (hutch-callers-<pid>), and everything in it is removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { execa } from 'execa';
import { which } from '../host.js';
import { pureV2 } from '../cgroups.js';
import { runtimePath } from '../user.js';
import {
  callersBaseSkipReason,
  stopDaemon,
  inPty,
  ociArchive,
  runTool,
  unmountUnder,
  type ToolOptions,
  type ToolResult,
} from './common.js';

export const CTR_IMAGE = 'localhost/hutch-callers-busybox:latest';
/** Per test process, so concurrent runs sharing a containerd never touch each other's tasks. */
export const CTR_NAMESPACE = `hutch-callers-${process.pid}`;
const SYSTEM_SOCKET = '/run/containerd/containerd.sock';

let reason: string | null | undefined;
/** Why containerd tests cannot run here, or undefined. */
export function containerdSkipReason(): string | undefined {
  if (reason !== undefined) return reason ?? undefined;
  let r = callersBaseSkipReason();
  if (!r) {
    for (const b of ['containerd', 'ctr', 'containerd-shim-runc-v2']) {
      if (!which(b)) {
        r = `${b} is not installed (sh scripts/install-callers.sh: Debian's containerd package)`;
        break;
      }
    }
  }
  reason = r ?? null;
  return r;
}

export type CtrResult = ToolResult;

export class Containerd {
  private child?: ChildProcess;
  private constructor(
    readonly address: string,
    /** The daemon's log when we started it. */
    readonly log: string | undefined,
    /** The daemon's state dir (where the shim keeps bundles: state/io.containerd.runtime.v2.task/NS/ID). */
    readonly stateDir: string | undefined,
    private readonly dir: string | undefined,
  ) {}

  /**
   * Uses a running containerd, or starts a private one under `dir`.
   * `pathPrefix` (a directory holding a shim, e.g. containerd-shim-hutch-v2)
   * always starts a private one, with that directory first on its PATH.
   */
  static async start(dir: string, opts: { pathPrefix?: string } = {}): Promise<Containerd> {
    const given = process.env.HUTCH_CONTAINERD_ADDRESS;
    if (given && !opts.pathPrefix) return new Containerd(given, undefined, undefined, undefined);
    if (!opts.pathPrefix && existsSync(SYSTEM_SOCKET) && (await ping(SYSTEM_SOCKET))) {
      return new Containerd(SYSTEM_SOCKET, undefined, '/run/containerd', undefined);
    }
    mkdirSync(dir, { recursive: true, mode: 0o711 });
    const sock = join(dir, 'containerd.sock');
    const state = join(dir, 'state');
    const config = join(dir, 'config.toml');
    writeFileSync(
      config,
      [
        'version = 2',
        `root = ${JSON.stringify(join(dir, 'root'))}`,
        `state = ${JSON.stringify(state)}`,
        'disabled_plugins = ["io.containerd.grpc.v1.cri"]',
        '[grpc]',
        `  address = ${JSON.stringify(sock)}`,
        '[ttrpc]',
        `  address = ${JSON.stringify(sock + '.ttrpc')}`,
        '',
      ].join('\n'),
    );
    const log = join(dir, 'containerd.log');
    const fd = openSync(log, 'a');
    const child = spawn(which('containerd')!, ['--config', config], {
      stdio: ['ignore', fd, fd],
      env: { PATH: opts.pathPrefix ? `${opts.pathPrefix}:${runtimePath()}` : runtimePath(), HOME: process.env.HOME ?? '/root' },
      detached: true,
    });
    closeSync(fd);
    const c = new Containerd(sock, log, state, dir);
    c.child = child;
    let exited = false;
    child.once('exit', () => (exited = true));
    const deadline = Date.now() + 30_000;
    while (Date.now() < deadline) {
      if (exited) break;
      if (existsSync(sock) && (await ping(sock))) return c;
      await sleep(200);
    }
    await c.stop();
    const tail = existsSync(log) ? readFileSync(log, 'utf8').trim().split('\n').slice(-5).join('\n') : '';
    throw new Error(`containerd did not come up on ${sock} within 30 s${exited ? ' (it exited)' : ''}:\n${tail}`);
  }

  /** Runs ctr against this containerd in the test namespace; never throws for a non-zero exit. */
  async ctr(args: string[], opts: { timeoutMs?: number } = {}): Promise<CtrResult> {
    return runTool(`ctr ${args.join(' ')}`, this.ctrArgv(args), this.toolOptions(opts));
  }

  /** Runs ctr with a terminal (for `-t`). */
  async ctrInPty(args: string[], opts: { timeoutMs?: number } = {}): Promise<CtrResult> {
    return runTool(`script -qec 'ctr ${args.join(' ')}'`, inPty(this.ctrArgv(args)), this.toolOptions(opts));
  }

  /** The argv of a ctr call against this containerd (for a ctr the test runs itself, as `ctr events`). */
  ctrArgv(args: string[]): string[] {
    return [which('ctr')!, '--address', this.address, '--namespace', CTR_NAMESPACE, ...args];
  }

  private toolOptions(opts: { timeoutMs?: number }): ToolOptions {
    // ctr forwards SIGTERM to the task: make sure a timeout really ends it.
    return { env: { PATH: runtimePath(), HOME: process.env.HOME ?? '/root' }, timeoutMs: opts.timeoutMs, forceKillAfterDelay: 2_000 };
  }

  /** Imports the busybox OCI archive as CTR_IMAGE. */
  async importImage(workDir: string): Promise<void> {
    const tar = ociArchive(workDir, CTR_IMAGE);
    const r = await this.ctr(['image', 'import', tar], { timeoutMs: 120_000 });
    if (r.exitCode !== 0) throw new Error(`ctr image import failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
  }

  /** A task's bundle directory (the shim's working directory), when we know the state dir. */
  bundleDir(id: string): string | undefined {
    return this.stateDir ? join(this.stateDir, 'io.containerd.runtime.v2.task', CTR_NAMESPACE, id) : undefined;
  }

  /** The daemon's log since `from` (a length of it), for assertion messages. */
  logSince(from = 0): string {
    return this.log && existsSync(this.log) ? readFileSync(this.log, 'utf8').slice(from) : '';
  }

  /** The shim's log.json for a task, or '' (it disappears with the task). */
  shimLog(id: string): string {
    if (!this.stateDir) return '';
    const p = join(this.stateDir, 'io.containerd.runtime.v2.task', CTR_NAMESPACE, id, 'log.json');
    return existsSync(p) ? readFileSync(p, 'utf8') : '';
  }

  /** Kills and deletes every task, container and image in the test namespace. */
  async cleanNamespace(): Promise<void> {
    const tasks = await this.ctr(['task', 'ls', '--quiet']);
    for (const id of tasks.stdout.split('\n').filter(Boolean)) {
      await this.ctr(['task', 'kill', '--signal', 'SIGKILL', id]);
      await this.ctr(['task', 'delete', '--force', id]);
    }
    const cs = await this.ctr(['container', 'ls', '--quiet']);
    for (const id of cs.stdout.split('\n').filter(Boolean)) await this.ctr(['container', 'rm', id]);
    const imgs = await this.ctr(['image', 'ls', '--quiet']);
    for (const ref of imgs.stdout.split('\n').filter(Boolean)) await this.ctr(['image', 'rm', '--sync', ref]);
    await execa(which('ctr')!, ['--address', this.address, 'namespace', 'rm', CTR_NAMESPACE], { reject: false });
  }

  /** Stops a private containerd (SIGTERM, then SIGKILL) and unmounts what it left. */
  async stop(): Promise<void> {
    await stopDaemon(this.child, 10_000);
    if (this.dir) unmountUnder(this.dir);
    // Empty directories the runtime left for our namespace (rmdir only:
    // anything still in use stays; /run/containerd itself is shared by every
    // containerd on the host and is left alone).
    const dirs = [`/run/containerd/runc/${CTR_NAMESPACE}`, `/run/containerd/hutch/${CTR_NAMESPACE}`, join('/sys/fs/cgroup', CTR_NAMESPACE)];
    for (const ctl of existsSync('/sys/fs/cgroup') ? readdirSync('/sys/fs/cgroup') : []) {
      dirs.push(join('/sys/fs/cgroup', ctl, CTR_NAMESPACE));
    }
    for (const d of dirs) {
      try {
        rmdirSync(d);
      } catch {
        /* not empty, not there, or not a directory */
      }
    }
  }
}

async function ping(sock: string): Promise<boolean> {
  const r = await execa(which('ctr')!, ['--address', sock, '--timeout', '3s', 'version'], { reject: false, timeout: 10_000 });
  return r.exitCode === 0;
}

/** One paragraph about a ctr result, for assertion messages. */
export function describeCtr(r: CtrResult): string {
  return `${r.command}\n  exit=${r.exitCode} timedOut=${r.timedOut}\n  stdout: ${r.stdout.trim() || '(empty)'}\n  stderr: ${r.stderr.trim() || '(empty)'}`;
}

/** Host path of the cgroup directory of a container with cgroupsPath /NS/ID: under /sys/fs/cgroup/CONTROLLER on v1, the one group on v2. */
export function ctrCgroupDir(controller: string, id: string): string {
  return pureV2 ? join('/sys/fs/cgroup', CTR_NAMESPACE, id) : join('/sys/fs/cgroup', controller, CTR_NAMESPACE, id);
}

/**
 * `ctr run --rm` with the options callers use most (seccomp, a read-only
 * root, cwd, env, a tmpfs mount), run by both shims' tests, and the lines
 * the container must print.
 */
export function ctrOptionsRun(image: string, id: string): string[] {
  return [
    '--rm',
    '--seccomp',
    '--read-only',
    '--cwd',
    '/tmp',
    '--env',
    'FOO=bar',
    '--mount',
    'type=tmpfs,src=tmpfs,dst=/data,options=size=1m',
    image,
    id,
    'sh',
    '-c',
    [
      'echo "cwd=$(pwd) foo=$FOO"',
      'grep -E "^(Seccomp|NoNewPrivs):" /proc/self/status | tr -d "\\t"',
      'touch /x 2>/dev/null && echo root-rw || echo root-ro',
      'echo y > /data/f && cat /data/f',
      'grep -c " /data tmpfs .*size=1024k" /proc/mounts',
    ].join('; '),
  ];
}

export const CTR_OPTIONS_OUTPUT: readonly string[] = ['cwd=/tmp foo=bar', 'NoNewPrivs:1', 'Seccomp:2', 'root-ro', 'y', '1', ''];
