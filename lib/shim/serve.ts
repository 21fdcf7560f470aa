/**
 * The shim daemon: serves the Task API on the socket the start action
 * passed as fd 3 (or -socket PATH), reaps the containers' processes as a
 * child subreaper, publishes events, and exits when containerd calls
 * Shutdown with no container left (or on SIGTERM/SIGINT, as the runc
 * shim does; the containers keep running and containerd's cleanup, the
 * delete action, takes care of them).
 *
 * A fault in one call must not take the others down: a handler's error is
 * that call's status; anything that still escapes is logged, not fatal.
 */
import { unlinkSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { readAddressFile, socketPath } from './address.js';
import type { ShimFlags } from './flags.js';
import { SHIM_NAME } from './name.js';
import { openShimLog } from './shim-log.js';
import { shimContext } from './context.js';
import { createPublisher } from './events.js';
import { Reaper } from './reaper.js';
import { TaskService } from './task-service.js';
import { TtrpcServer } from './ttrpc/server.js';
import { toStatus } from './errors.js';
import { TASK_SERVICE, taskHandlers } from './task-api.js';
import { VERSION } from '../version.js';
import { mark } from '../timing.js';

/** How long an exiting shim waits for its last events to reach containerd. */
const FLUSH_TIMEOUT_MS = 5_000;

export async function serve(flags: ShimFlags): Promise<number> {
  process.title = `${SHIM_NAME} -namespace ${flags.namespace} -id ${flags.id}`;
  const bundle = process.cwd();
  const log = openShimLog(bundle, flags.debug);
  const socket = flags.socket || (readAddressFile(bundle) ? socketPath(readAddressFile(bundle)!) : undefined);
  process.on('uncaughtException', (err) => log.line('error', `uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) =>
    log.line('error', `unhandled rejection: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
  );

  mark('shim modules loaded');
  const libc = await import('../sys/libc.js');
  mark('libc loaded');
  const reaper = new Reaper(libc);
  const publisher = createPublisher({
    namespace: flags.namespace,
    ttrpcAddress: process.env.TTRPC_ADDRESS,
    publishBinary: flags.publishBinary,
    containerdAddress: flags.address,
    log: (msg) => log.line('warning', msg),
  });
  const ctx = shimContext(flags.namespace, (level, msg) => log.line(level, msg), flags.debug);

  let exiting = false;
  let server: Server | undefined;
  const exit = async () => {
    if (exiting) return;
    exiting = true;
    server?.close();
    if (socket) unlinkQuietly(socket);
    await Promise.race([publisher.flush(), new Promise((r) => setTimeout(r, FLUSH_TIMEOUT_MS))]);
    publisher.close();
    reaper.stop();
    log.close();
    process.exit(0);
  };

  const service = new TaskService({ ctx, libc, reaper, publisher, version: VERSION, onIdle: () => setImmediate(() => void exit()) });
  const ttrpc = new TtrpcServer({
    toStatus,
    onProtocolError: (msg) => log.line('warning', `ttrpc: ${msg}`),
    onCall: (method, ms, code) =>
      log.line(
        'debug',
        `${method} answered in ${ms.toFixed(1)} ms${code ? ` with status ${code}` : ''} (uptime ${(process.uptime() * 1000).toFixed(0)} ms)`,
      ),
  });
  ttrpc.register(TASK_SERVICE, taskHandlers(service));
  server = createServer((conn) => ttrpc.handle(conn));
  await new Promise<void>((resolve, reject) => {
    server!.once('error', reject);
    if (flags.socket) server!.listen(flags.socket, () => resolve());
    else server!.listen({ fd: 3 }, () => resolve());
  });
  for (const sig of ['SIGTERM', 'SIGINT'] as const) process.on(sig, () => void exit());
  mark('serving');
  log.line('info', `serving ${flags.namespace}/${flags.id} (pid ${process.pid})`);
  return new Promise<number>(() => undefined);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // gone already
  }
}
