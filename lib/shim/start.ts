/**
 * The `start` action: containerd runs it once per container, in the
 * bundle, and reads the shim's address from its output (stdout and stderr
 * together: nothing else may be printed). It makes the listening socket,
 * spawns the daemon with it as fd 3 and exits at once, so containerd can
 * connect while the daemon is still starting (the kernel queues the
 * connection). A container of a sandbox that already has a shim (grouped
 * by the io.kubernetes.cri.sandbox-id annotation, as the runc shim does)
 * gets that shim's address and no new process.
 */
import { spawn } from 'node:child_process';
import { linkSync, mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { canConnect, groupOf, socketAddress, socketPath, SOCKET_ROOT, writeAddressFile } from './address.js';
import type { ShimFlags } from './flags.js';
import { selfCommand } from './self.js';
import { HutchError, InternalError } from '../errors.js';

/**
 * V8's lite mode (interpreter only, lazy feedback): a shim serving ten
 * containers stays at about 54 MB of RSS instead of 65-75 MB with the
 * optimizing compilers' code and heap, and its work (a few ms of plan
 * building per call, then waiting on the kernel) hardly slows down; see
 * scripts/bench-shim.
 */
const DAEMON_V8_FLAGS = ['--lite-mode'];

export async function startAction(flags: ShimFlags): Promise<string> {
  const bundle = process.cwd();
  const address = socketAddress(flags.address, flags.namespace, groupOf(flags.id, annotationsOf(bundle)));
  const path = socketPath(address);
  mkdirSync(SOCKET_ROOT, { recursive: true, mode: 0o711 });
  for (let attempt = 0; ; attempt++) {
    if (await canConnect(path)) {
      // The sandbox's shim is running: this container is its too.
      writeAddressFile(bundle, address);
      return address;
    }
    const server = await listenAt(path);
    if (server) {
      writeAddressFile(bundle, address);
      spawnDaemon(flags, bundle, server);
      return address;
    }
    // A socket nobody answers on: a shim that died. Take its place.
    if (attempt > 0) throw new HutchError(`listen ${path}: address already in use`, { code: 'system' });
    unlinkQuietly(path);
  }
}

function annotationsOf(bundle: string): Record<string, string> | undefined {
  try {
    const spec = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8')) as { annotations?: Record<string, string> };
    return spec.annotations;
  } catch {
    return undefined; // create reports a broken config.json with its field named
  }
}

/**
 * Listen on a private name and hard-link it to `path`: the link fails if
 * `path` exists, so two start actions of one sandbox racing cannot both
 * take it. (libuv unlinks the name it bound when the handle closes; that
 * name is the private one.)
 */
async function listenAt(path: string): Promise<Server | undefined> {
  const temp = `${path}.${process.pid}`;
  unlinkQuietly(temp);
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(temp, () => resolve());
  });
  try {
    linkSync(temp, path);
    return server;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    server.close();
    return undefined;
  } finally {
    unlinkQuietly(temp);
  }
}

function spawnDaemon(flags: ShimFlags, bundle: string, server: Server): void {
  const fd = (server as unknown as { _handle?: { fd?: number } })._handle?.fd;
  if (typeof fd !== 'number' || fd < 0) throw new InternalError('shim start: the listening socket has no file descriptor');
  const self = selfCommand(DAEMON_V8_FLAGS);
  const args = [...self.args, '-namespace', flags.namespace, '-id', flags.id, '-address', flags.address];
  if (flags.publishBinary) args.push('-publish-binary', flags.publishBinary);
  if (flags.debug) args.push('-debug');
  const child = spawn(self.file, args, {
    argv0: self.argv0,
    cwd: bundle,
    env: self.env,
    // Its own session: containerd's signals to its process group do not reach it.
    detached: true,
    stdio: ['ignore', 'ignore', 'ignore', fd],
  });
  child.unref();
  // The daemon has its copy. (The name libuv would unlink on close is the private one, gone already.)
  server.close();
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // not there
  }
}
