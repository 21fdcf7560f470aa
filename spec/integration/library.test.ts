/**
 * Issue #9 — the library API runs containers in-process through the same
 * code as the CLI: create/start/state/kill/delete and run with exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Workspace, type Bundle } from '../helpers/bundle.js';
import { rootSkipReason } from '../helpers/host.js';
import { containerId, makeStateRoots } from '../helpers/runtimes.js';
import { readFile } from 'node:fs/promises';
import { closeSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hutch from '../../lib/index.js';

const rootSkip = rootSkipReason();

describe.skipIf(rootSkip)(`library API${rootSkip ? ` (skipped: ${rootSkip})` : ''}`, () => {
  let ws: Workspace;
  let root: string;
  let bundle: Bundle;
  beforeAll(() => {
    ws = makeWorkspace('hutch-lib-');
    root = makeStateRoots(ws).hutch;
    bundle = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['sh', '-c', 'exit ${CODE:-0}'] });
    bundle.writeConfig();
  });
  afterAll(() => ws?.cleanup());

  it('runs containers sequentially and returns their exit codes', async () => {
    for (let i = 0; i < 10; i++) {
      bundle.config.process.env = ['PATH=/bin', `CODE=${i}`];
      bundle.writeConfig();
      expect(await hutch.run(containerId('lib'), bundle.dir, { root })).toBe(i);
    }
  });

  it("waiting for running containers holds no threads: the host program's fs calls go on", async () => {
    // Six containers sleep while run() waits for them; libuv has four pool
    // threads, so a waitpid() per container on a pool thread would stall this
    // readFile until they exit.
    bundle.config.process.args = ['sleep', '3'];
    bundle.writeConfig();
    const runs = Array.from({ length: 6 }, () => hutch.run(containerId('lib-wait'), bundle.dir, { root }));
    await new Promise((r) => setTimeout(r, 800));
    const first = await Promise.race([
      readFile('/proc/self/stat').then(() => 'the read'),
      Promise.any(runs).then(() => 'a container exit'),
    ]);
    expect(first).toBe('the read');
    expect(await Promise.all(runs)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('drives the lifecycle step by step', async () => {
    bundle.config.process.args = ['sleep', '100'];
    bundle.writeConfig();
    const id = containerId('lib-life');
    const created = await hutch.create(id, bundle.dir, { root });
    expect(created.status).toBe('created');
    await hutch.start(id, { root });
    expect((await hutch.state(id, { root })).status).toBe('running');
    await hutch.kill(id, 'KILL', { root });
    for (let i = 0; i < 100 && (await hutch.state(id, { root })).status !== 'stopped'; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await hutch.state(id, { root })).status).toBe('stopped');
    await hutch.delete(id, { root });
    await expect(hutch.state(id, { root })).rejects.toThrow('container does not exist');
  });

  it('gives the container the stdio fds the caller passes, and reports failures with a code', async () => {
    const out = join(ws.dir, 'stdout.txt');
    const err = join(ws.dir, 'stderr.txt');
    const input = join(ws.dir, 'stdin.txt');
    writeFileSync(input, 'from the caller\n');
    const fds = [openSync(input, 'r'), openSync(out, 'w'), openSync(err, 'w')] as const;
    try {
      bundle.config.process.args = ['sh', '-c', 'read line; echo "out: $line"; echo "err: $line" >&2; exit 4'];
      bundle.writeConfig();
      expect(await hutch.run(containerId('lib-stdio'), bundle.dir, { root, stdio: fds })).toBe(4);
    } finally {
      fds.forEach((fd) => closeSync(fd));
    }
    expect(readFileSync(out, 'utf8')).toBe('out: from the caller\n');
    expect(readFileSync(err, 'utf8')).toBe('err: from the caller\n');
    const missing = await hutch.state('no-such-container', { root }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(hutch.HutchError);
    expect(missing).toMatchObject({ code: 'not-found', message: 'container does not exist' });
  });

  it('runs a config held in memory, without a config.json on disk', async () => {
    const spec = JSON.parse(JSON.stringify(bundle.config)) as hutch.Spec;
    spec.process!.args = ['sh', '-c', 'exit 5'];
    expect(await hutch.run(containerId('lib-mem'), { spec, bundle: bundle.dir }, { root })).toBe(5);
  });
});
