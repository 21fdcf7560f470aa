/**
 * The shim's Task service and command line without containers: every call
 * about a container or process the shim does not have gets NOT_FOUND (as
 * containerd's errdefs expects), Checkpoint is UNIMPLEMENTED, and the
 * flags and socket address follow containerd's shim library.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TaskService } from '../../lib/shim/task-service.js';
import { TtrpcServer } from '../../lib/shim/ttrpc/server.js';
import { TtrpcClient } from '../../lib/shim/ttrpc/client.js';
import { Code } from '../../lib/shim/ttrpc/status.js';
import { toStatus } from '../../lib/shim/errors.js';
import { TASK_SERVICE, callTask, taskHandlers } from '../../lib/shim/task-api.js';
import { createContext } from '../../lib/context.js';
import { HutchError } from '../../lib/errors.js';
import { parseShimFlags, FlagError } from '../../lib/shim/flags.js';
import { groupOf, socketAddress } from '../../lib/shim/address.js';

describe('Task service without containers', () => {
  let dir: string;
  let server: Server;
  let client: TtrpcClient;
  let idle = 0;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `hutch-shim-svc-${process.pid}-`));
    const service = new TaskService({
      ctx: createContext({ root: join(dir, 'state') }),
      libc: undefined as never,
      reaper: undefined as never,
      publisher: { publish: () => undefined, flush: async () => undefined, close: () => undefined },
      version: 'test',
      onIdle: () => idle++,
    });
    const ttrpc = new TtrpcServer({ toStatus });
    ttrpc.register(TASK_SERVICE, taskHandlers(service));
    server = createServer((s) => ttrpc.handle(s));
    await new Promise<void>((r) => server.listen(join(dir, 'sock'), r));
    client = await TtrpcClient.connect(join(dir, 'sock'));
  });

  afterAll(async () => {
    client?.close();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  const calls: [string, () => Promise<unknown>][] = [
    ['state', () => callTask(client, 'State', { id: 'ghost' })],
    ['start', () => callTask(client, 'Start', { id: 'ghost' })],
    ['start exec', () => callTask(client, 'Start', { id: 'ghost', execId: 'e' })],
    ['delete', () => callTask(client, 'Delete', { id: 'ghost' })],
    ['pids', () => callTask(client, 'Pids', { id: 'ghost' })],
    ['pause', () => callTask(client, 'Pause', { id: 'ghost' })],
    ['resume', () => callTask(client, 'Resume', { id: 'ghost' })],
    ['kill', () => callTask(client, 'Kill', { id: 'ghost', signal: 9 })],
    ['exec', () => callTask(client, 'Exec', { id: 'ghost', execId: 'e' })],
    ['resizePty', () => callTask(client, 'ResizePty', { id: 'ghost', width: 80, height: 24 })],
    ['closeIO', () => callTask(client, 'CloseIO', { id: 'ghost', stdin: true })],
    ['update', () => callTask(client, 'Update', { id: 'ghost' })],
    ['wait', () => callTask(client, 'Wait', { id: 'ghost' })],
    ['stats', () => callTask(client, 'Stats', { id: 'ghost' })],
  ];

  it.each(calls)('%s of an unknown container: NOT_FOUND', async (_name, call) => {
    await expect(call()).rejects.toMatchObject({ code: Code.NOT_FOUND, message: 'container ghost: not found' });
  });

  it('checkpoint: UNIMPLEMENTED', async () => {
    await expect(callTask(client, 'Checkpoint', { id: 'ghost' })).rejects.toMatchObject({ code: Code.UNIMPLEMENTED });
  });

  it('connect answers with the shim pid; shutdown without containers lets the shim go', async () => {
    expect(await callTask(client, 'Connect', { id: 'ghost' })).toMatchObject({ shimPid: process.pid, taskPid: 0, version: 'test' });
    await callTask(client, 'Shutdown', { id: 'ghost' });
    expect(idle).toBe(1);
  });
});

describe('errors as statuses', () => {
  it('maps hutch error codes to gRPC codes and keeps the words', () => {
    expect(toStatus(new HutchError('container not running', { code: 'not-running' }))).toEqual({
      code: Code.FAILED_PRECONDITION,
      message: 'container not running',
    });
    expect(toStatus(new HutchError('config.json: process: required', { code: 'config' })).code).toBe(Code.INVALID_ARGUMENT);
    expect(toStatus(new HutchError('x', { code: 'system' })).code).toBe(Code.UNKNOWN);
    expect(toStatus(new Error('bug')).code).toBe(Code.UNKNOWN);
  });
});

describe('shim command line', () => {
  it('reads containerd 1.6 start and delete invocations', () => {
    expect(
      parseShimFlags([
        '-namespace',
        'k8s.io',
        '-address',
        '/run/containerd/containerd.sock',
        '-publish-binary',
        '/usr/bin/containerd',
        '-id',
        'abc',
        'start',
      ]),
    ).toMatchObject({
      namespace: 'k8s.io',
      address: '/run/containerd/containerd.sock',
      publishBinary: '/usr/bin/containerd',
      id: 'abc',
      action: 'start',
      debug: false,
    });
    expect(parseShimFlags(['--namespace=n', '-id=x', '-bundle', '/b', '-debug', 'delete'])).toMatchObject({
      namespace: 'n',
      id: 'x',
      bundle: '/b',
      debug: true,
      action: 'delete',
    });
    expect(parseShimFlags(['-namespace', 'n', '-debug=false'])).toMatchObject({ debug: false, action: undefined });
  });

  it('refuses unknown flags and missing values as Go does', () => {
    expect(() => parseShimFlags(['-frobnicate'])).toThrow(new FlagError('flag provided but not defined: -frobnicate'));
    expect(() => parseShimFlags(['-id'])).toThrow(new FlagError('flag needs an argument: -id'));
    expect(() => parseShimFlags(['-debug=maybe'])).toThrow(FlagError);
  });

  it('one socket per containerd, namespace and group; containers of a sandbox share it', () => {
    const a = socketAddress('/run/containerd/containerd.sock', 'default', 'c1');
    expect(a).toMatch(/^unix:\/\/\/run\/containerd\/s\/[0-9a-f]{64}$/);
    expect(socketAddress('/run/containerd/containerd.sock', 'default', 'c1')).toBe(a);
    expect(socketAddress('/other/containerd.sock', 'default', 'c1')).not.toBe(a);
    expect(socketAddress('/run/containerd/containerd.sock', 'k8s.io', 'c1')).not.toBe(a);
    expect(groupOf('c2', { 'io.kubernetes.cri.sandbox-id': 'sb' })).toBe('sb');
    expect(groupOf('c2', { 'io.containerd.runc.v2.group': 'g', 'io.kubernetes.cri.sandbox-id': 'sb' })).toBe('g');
    expect(groupOf('c2', undefined)).toBe('c2');
  });
});
