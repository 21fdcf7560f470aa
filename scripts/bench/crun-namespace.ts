/**
 * crun 1.8 refuses a hybrid cgroup host ("cgroups in hybrid mode not
 * supported, drop all controllers from cgroupv2"). To measure it anyway,
 * it runs in a private mount namespace in which /sys/fs/cgroup/unified is
 * unmounted, so that it sees cgroup v1 only. The host's mounts are never
 * touched: the namespace is made with propagation private, and it lives
 * only as long as the server process inside it (namespace-server.ts).
 *
 * Commands go to the server over two FIFOs, one request and one answer
 * line each, synchronously; the server times each command itself with the
 * same spawnSync the driver uses for the other runtimes, so crun pays no
 * extra exec (nsenter, sh) in its times.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, readSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO } from '../../spec/helpers/host.js';
import type { Launched, Launcher, LaunchRequest } from './shell.js';

const UNIFIED = '/sys/fs/cgroup/unified';

/** True when this host mounts a cgroup v2 hierarchy beside v1 ones (hybrid). */
export function hybridCgroups(): boolean {
  const mounts = readFileSync('/proc/self/mountinfo', 'utf8').split('\n');
  const v2 = mounts.some((l) => / - cgroup2 /.test(l));
  const v1 = mounts.some((l) => / - cgroup /.test(l));
  return v1 && v2 && existsSync(UNIFIED);
}

export interface CrunNamespace {
  launcher: Launcher;
  close(): void;
}

/** Starts the namespace server (as root); its launcher runs commands inside. */
export function crunNamespace(work: string): CrunNamespace {
  const requests = join(work, 'crun-ns.requests');
  const answers = join(work, 'crun-ns.answers');
  execFileSync('mkfifo', ['-m', '600', requests, answers]);
  const server: ChildProcess = spawn(
    'unshare',
    [
      '--mount',
      '--propagation',
      'private',
      '--',
      'sh',
      '-c',
      `umount ${UNIFIED} && exec "$@"`,
      'sh',
      process.execPath,
      '--import',
      'tsx',
      join(REPO, 'scripts/bench/namespace-server.ts'),
      requests,
      answers,
    ],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  // Opened in the server's order (requests, then answers), so neither blocks forever.
  const req = openSync(requests, 'w');
  const ans = openSync(answers, 'r');
  const launcher: Launcher = (r: LaunchRequest): Launched => {
    writeSync(req, `${JSON.stringify({ ...r, stdout: fdPath(r.stdout), stderr: fdPath(r.stderr) })}\n`);
    return JSON.parse(readLine(ans)) as Launched;
  };
  let open = true;
  return {
    launcher,
    close() {
      if (!open) return;
      open = false;
      closeSync(req); // the server exits at EOF
      closeSync(ans);
      // Wait (up to 5 s) until it is gone or a zombie (no command line left).
      for (let i = 0; i < 500 && running(server.pid); i++) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
      if (running(server.pid)) server.kill('SIGKILL');
    },
  };
}

function running(pid: number | undefined): boolean {
  try {
    return pid !== undefined && readFileSync(`/proc/${pid}/cmdline`).length > 0;
  } catch {
    return false;
  }
}

/** The file behind one of our fds, for the server to open itself. */
function fdPath(fd: number): string {
  return `/proc/${process.pid}/fd/${fd}`;
}

function readLine(fd: number): string {
  const chunks: Buffer[] = [];
  const one = Buffer.alloc(1);
  for (;;) {
    const n = readSync(fd, one, 0, 1, null);
    if (n === 0) throw new Error('crun namespace server went away');
    if (one[0] === 0x0a) return Buffer.concat(chunks).toString('utf8');
    chunks.push(Buffer.from(one));
  }
}
