/**
 * Debian's docker.io (dockerd 20.10) as a caller of hutch:
 * `dockerd --add-runtime hutch=<bin/hutch>`, so `docker run --runtime
 * hutch` goes dockerd → containerd → runc shim → hutch. A private dockerd
 * on a private containerd (spec/helpers/callers/containerd.ts), with no
 * network bridge or iptables (containers run with --network none), the vfs
 * storage driver, its own cgroup parent, and the test image loaded with
 * `docker load`. Everything lives under the test's workspace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { which } from '../host.js';
import { runtimePath } from '../user.js';
import { dockerArchive, inPty, runTool, stopDaemon, unmountUnder, type ToolResult } from './common.js';
import type { Containerd } from './containerd.js';

export const DOCKER_IMAGE = 'hutch-callers-busybox:latest';
/** Debian's client (another docker may be first on PATH). */
const DOCKER = existsSync('/usr/bin/docker') ? '/usr/bin/docker' : 'docker';

export function dockerSkipReason(): string | undefined {
  if (!which('dockerd') || !existsSync(DOCKER)) return 'docker.io is not installed (sh scripts/install-callers.sh)';
  if (process.geteuid?.() !== 0) return 'dockerd needs root';
  return undefined;
}

export class Docker {
  private child?: ChildProcess;
  readonly cgroupParent = `hutch-docker-${process.pid}`;

  private constructor(
    readonly socket: string,
    readonly log: string,
    private readonly dir: string,
  ) {}

  /** Starts dockerd on `containerd`, with `runtimes` as --add-runtime NAME=PATH. */
  static async start(dir: string, containerd: Containerd, runtimes: Record<string, string>): Promise<Docker> {
    mkdirSync(dir, { recursive: true, mode: 0o711 });
    const config = join(dir, 'daemon.json');
    writeFileSync(config, '{}');
    const d = new Docker(join(dir, 'docker.sock'), join(dir, 'dockerd.log'), dir);
    const fd = openSync(d.log, 'a');
    const args = [
      '--config-file',
      config,
      '--data-root',
      join(dir, 'data'),
      '--exec-root',
      join(dir, 'exec'),
      '--pidfile',
      join(dir, 'docker.pid'),
      '-H',
      `unix://${d.socket}`,
      '--bridge=none',
      '--iptables=false',
      '--ip-masq=false',
      '--ip-forward=false',
      '--storage-driver=vfs',
      '--cgroup-parent',
      d.cgroupParent,
      '--containerd',
      containerd.address,
      '--containerd-namespace',
      `hutch-docker-${process.pid}`,
      '--containerd-plugins-namespace',
      `hutch-docker-plugins-${process.pid}`,
      ...Object.entries(runtimes).flatMap(([name, path]) => ['--add-runtime', `${name}=${path}`]),
    ];
    d.child = spawn(which('dockerd')!, args, {
      stdio: ['ignore', fd, fd],
      env: { PATH: runtimePath(), HOME: process.env.HOME ?? '/root' },
      detached: true,
    });
    closeSync(fd);
    let exited = false;
    d.child.once('exit', () => (exited = true));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline && !exited) {
      if ((await d.docker(['version'], { timeoutMs: 10_000 })).exitCode === 0) return d;
      await sleep(300);
    }
    await d.stop();
    throw new Error(
      `dockerd did not come up${exited ? ' (it exited)' : ''}:\n${readFileSync(d.log, 'utf8').trim().split('\n').slice(-8).join('\n')}`,
    );
  }

  /** Runs the docker client against this daemon; never throws for a non-zero exit. */
  docker(args: string[], opts: { timeoutMs?: number; input?: string } = {}): Promise<ToolResult> {
    return runTool(`docker ${args.join(' ')}`, [DOCKER, ...args], {
      env: this.env(),
      timeoutMs: opts.timeoutMs,
      forceKillAfterDelay: 2_000,
    });
  }

  /** Runs the client with a terminal (for -it). */
  dockerInPty(args: string[], opts: { timeoutMs?: number } = {}): Promise<ToolResult> {
    return runTool(`script -qec 'docker ${args.join(' ')}'`, inPty([DOCKER, ...args]), {
      env: this.env(),
      timeoutMs: opts.timeoutMs,
      forceKillAfterDelay: 2_000,
    });
  }

  private env(): Record<string, string> {
    return { PATH: runtimePath(), HOME: process.env.HOME ?? '/root', DOCKER_HOST: `unix://${this.socket}` };
  }

  async loadImage(workDir: string): Promise<void> {
    const r = await this.docker(['load', '-i', dockerArchive(workDir, DOCKER_IMAGE)], { timeoutMs: 120_000 });
    if (r.exitCode !== 0) throw new Error(`docker load failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
  }

  /** Removes every container, stops dockerd, and removes what it left (mounts, its cgroup parent). */
  async stop(): Promise<void> {
    const ps = await this.docker(['ps', '-aq'], { timeoutMs: 20_000 }).catch(() => undefined);
    for (const id of ps?.stdout.split('\n').filter(Boolean) ?? []) await this.docker(['rm', '-f', id], { timeoutMs: 20_000 });
    await stopDaemon(this.child, 15_000);
    unmountUnder(this.dir);
    for (const ctl of existsSync('/sys/fs/cgroup') ? readdirSync('/sys/fs/cgroup') : []) {
      try {
        rmdirSync(join('/sys/fs/cgroup', ctl, this.cgroupParent));
      } catch {
        /* not there, or not empty */
      }
    }
  }
}
