/**
 * podman 4.3 + conmon pointed at a runtime through `--runtime`, with a
 * private store so tests neither see nor disturb other podman users:
 * `--root`, `--runroot` and `--tmpdir` inside the test workspace (overlay for
 * root, vfs for rootless as podman picks on this machine), and a
 * containers.conf (CONTAINERS_CONF) with rlimits that fit.
 *
 * Rootless podman runs as the unprivileged test user (spec/helpers/user.ts)
 * through setpriv with a clean environment and its own XDG_RUNTIME_DIR.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { which } from '../host.js';
import { asUser, rootlessSkipReason, runtimePath, userEnv, type TestUser } from '../user.js';
import {
  alive,
  callersBaseSkipReason,
  inPty,
  rootfsTar,
  runTool,
  unmountUnder,
  writeContainersConf,
  type ToolResult,
  type Wrapper,
} from './common.js';

export const PODMAN_IMAGE = 'localhost/hutch-callers-busybox:latest';

export type PodmanResult = ToolResult;

let podmanReason: string | null | undefined;
/** Why podman tests cannot run here, or undefined. */
export function podmanSkipReason(): string | undefined {
  if (podmanReason !== undefined) return podmanReason ?? undefined;
  let reason = callersBaseSkipReason();
  if (!reason) {
    for (const b of ['podman', 'conmon']) {
      if (!which(b)) {
        reason = `${b} is not installed (sh scripts/install-callers.sh)`;
        break;
      }
    }
  }
  if (!reason) {
    const r = spawnSync(which('podman')!, ['--version'], { encoding: 'utf8', timeout: 20_000 });
    if (r.status !== 0) reason = `podman --version fails: ${(r.stderr || r.error?.message || '').trim()}`;
  }
  podmanReason = reason ?? null;
  return reason;
}

/** Why rootless podman tests cannot run here, or undefined. */
export function rootlessPodmanSkipReason(): string | undefined {
  const r = podmanSkipReason() ?? rootlessSkipReason();
  if (r) return r;
  for (const b of ['newuidmap', 'newgidmap']) if (!which(b)) return `${b} is not installed (apt-get install uidmap)`;
  return undefined;
}

export interface PodmanOptions {
  /** A directory for this podman's store and config (created). */
  dir: string;
  /** The runtime podman calls: a logging wrapper in the tests, the binary itself in the benchmark. */
  wrapper: Pick<Wrapper, 'path'>;
  /** Run as this (unprivileged) user: rootless podman. */
  user?: TestUser;
}

export class Podman {
  readonly dir: string;
  readonly conf: string;
  /** containers.conf that also lists the runtime in runtime_supports_json. */
  readonly jsonConf: string;
  readonly xdg: string;
  readonly user?: TestUser;
  readonly wrapper: Pick<Wrapper, 'path'>;

  constructor(opts: PodmanOptions) {
    this.dir = opts.dir;
    this.user = opts.user;
    this.wrapper = opts.wrapper;
    mkdirSync(this.dir, { recursive: true, mode: 0o755 });
    chmodSync(this.dir, 0o755);
    this.xdg = join(this.dir, 'xdg');
    for (const d of ['store', 'run', 'tmp', 'xdg']) {
      const p = join(this.dir, d);
      mkdirSync(p, { recursive: true, mode: 0o700 });
      chmodSync(p, d === 'store' ? 0o755 : 0o700);
      if (this.user) chownSync(p, this.user.uid, this.user.gid);
    }
    const name = opts.wrapper.path.split('/').pop()!;
    this.conf = writeContainersConf(join(this.dir, 'containers.conf'));
    this.jsonConf = writeContainersConf(join(this.dir, 'containers-json.conf'), { json: name });
  }

  /** Global options: the private store and the runtime. */
  globalArgs(): string[] {
    return [
      '--root',
      join(this.dir, 'store'),
      '--runroot',
      join(this.dir, 'run'),
      '--tmpdir',
      join(this.dir, 'tmp'),
      '--storage-driver',
      this.user ? 'vfs' : 'overlay',
      '--runtime',
      this.wrapper.path,
    ];
  }

  env(conf = this.conf): Record<string, string> {
    const base = this.user
      ? userEnv(this.user, { XDG_RUNTIME_DIR: this.xdg })
      : { PATH: runtimePath(), HOME: process.env.HOME ?? '/root', USER: 'root' };
    return { ...base, CONTAINERS_CONF: conf };
  }

  argv(args: string[], conf?: string): string[] {
    const argv = [which('podman')!, ...this.globalArgs(), ...args];
    return this.user ? asUser(this.user, argv, this.env(conf)) : argv;
  }

  /** Runs podman; never throws for a non-zero exit. */
  async run(args: string[], opts: { timeoutMs?: number; conf?: string } = {}): Promise<PodmanResult> {
    return runTool(`podman ${args.join(' ')}`, this.argv(args, opts.conf), {
      env: this.user ? {} : this.env(opts.conf),
      cwd: this.dir,
      timeoutMs: opts.timeoutMs,
    });
  }

  /** Runs podman with a terminal (for `-t`). Output has CRLF line ends. */
  async runInPty(args: string[], opts: { timeoutMs?: number } = {}): Promise<PodmanResult> {
    return runTool(`script -qec 'podman ${args.join(' ')}'`, inPty(this.argv(args)), {
      env: this.user ? { PATH: runtimePath() } : this.env(),
      cwd: this.dir,
      timeoutMs: opts.timeoutMs,
    });
  }

  /** Imports the busybox rootfs tar as PODMAN_IMAGE (CMD /bin/sh). */
  async importImage(workDir: string): Promise<void> {
    const tar = rootfsTar(workDir);
    const r = await this.run(['import', '--change', 'CMD ["/bin/sh"]', tar, PODMAN_IMAGE], { timeoutMs: 120_000 });
    if (r.exitCode !== 0) throw new Error(`podman import failed (exit ${r.exitCode}): ${r.stderr.trim()}`);
  }

  /**
   * Removes every container and image of this private store, stops the
   * rootless pause process, unmounts leftovers and deletes the store.
   */
  async cleanup(): Promise<void> {
    await this.run(['rm', '--all', '--force', '--time', '0'], { timeoutMs: 60_000 }).catch(() => undefined);
    await this.run(['rmi', '--all', '--force'], { timeoutMs: 60_000 }).catch(() => undefined);
    const pauseFile = join(this.dir, 'tmp', 'pause.pid');
    if (existsSync(pauseFile)) {
      const pid = Number(readFileSync(pauseFile, 'utf8').trim());
      if (pid > 1 && alive(pid)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          /* gone */
        }
      }
    }
    unmountUnder(this.dir);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** One-paragraph description of a podman result, for assertion messages. */
export function describePodman(r: PodmanResult, wrapper?: Wrapper, mark?: number): string {
  let s = `${r.command}\n  exit=${r.exitCode} timedOut=${r.timedOut}\n  stdout: ${r.stdout.trim() || '(empty)'}\n  stderr: ${r.stderr.trim() || '(empty)'}`;
  if (wrapper && mark !== undefined) {
    s +=
      '\n  runtime calls:\n' +
      wrapper
        .since(mark)
        .map((c) => `    ${c.argv.join(' ')} -> exit ${c.exitCode ?? '?'}`)
        .join('\n');
  }
  return s;
}
