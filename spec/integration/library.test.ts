/**
 * Issue #9 — the library API runs containers in-process through the same
 * code as the CLI: create/start/state/kill/delete and run with exit codes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace, type Workspace, type Bundle } from '../helpers/bundle.js';
import { rootSkipReason } from '../helpers/host.js';
import { containerId, makeStateRoots } from '../helpers/runtimes.js';
import { readFile } from 'node:fs/promises';
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

  it('waiting for running containers holds no threads: the host program\'s fs calls go on', async () => {
    // Six containers sleep while run() waits for them; libuv has four pool
    // threads, so a waitpid() per container on a pool thread would stall this
    // readFile until they exit.
    bundle.config.process.args = ['sleep', '3'];
    bundle.writeConfig();
    const runs = Array.from({ length: 6 }, () => hutch.run(containerId('lib-wait'), bundle.dir, { root }));
    await new Promise((r) => setTimeout(r, 800));
    const first = await Promise.race([readFile('/proc/self/stat').then(() => 'the read'), Promise.any(runs).then(() => 'a container exit')]);
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
});
