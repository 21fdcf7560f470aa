/**
 * Byte-for-byte comparison with the real runc: a busybox container is driven
 * through created → running → stopped by runc, and at each step our status
 * logic (reading runc's own pid, start time and exec.fifo) and formatters
 * must print exactly what `runc state` / `runc list` print.
 * Needs root, runc and a static busybox; skipped otherwise.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatState, listJson, listQuiet, listTable, ociState } from '../../lib/state/format.js';
import { newRecord, type ContainerRecord } from '../../lib/state/record.js';
import { containerStatus } from '../../lib/state/status.js';
import { ownerName } from '../../lib/state/owner.js';

function which(cmd: string): string | undefined {
  try {
    return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

const runcBin = which('runc');
const busybox = which('busybox');
const canRun = process.geteuid?.() === 0 && runcBin !== undefined && busybox !== undefined;

describe.skipIf(!canRun)('state and list match runc 1.1 output', () => {
  let tmp: string;
  let root: string;
  let bundle: string;
  const id = 'hutch-cmp';

  const runc = (...args: string[]) => execFileSync(runcBin!, ['--root', root, ...args], { encoding: 'utf8', cwd: bundle });
  // The container inherits create's stdio: a pipe there would never reach EOF.
  const runcQuiet = (...args: string[]) =>
    execFileSync(runcBin!, ['--root', root, ...args], { stdio: ['ignore', 'ignore', 'inherit'], cwd: bundle, timeout: 20_000 });

  /** Our record, built from the facts runc itself stored. */
  function recordFromRunc(): ContainerRecord {
    const st = JSON.parse(readFileSync(join(root, id, 'state.json'), 'utf8'));
    const spec = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8'));
    return newRecord({
      id,
      pid: st.init_process_pid,
      pidStartTime: Number(st.init_process_start),
      bundle,
      rootfs: join(bundle, 'rootfs'),
      created: st.created,
      ociVersion: spec.ociVersion,
      annotations: spec.annotations ?? {},
      marker: 'created',
    });
  }

  function ours() {
    const rec = recordFromRunc();
    const status = containerStatus(rec, join(root, id, 'exec.fifo'));
    const owner = ownerName(lstatSync(join(root, id)).uid);
    return { state: formatState(ociState(rec, status)), row: ociState(rec, status, owner) };
  }

  function compare() {
    const { state, row } = ours();
    expect(state).toBe(runc('state', id));
    expect(listTable([row])).toBe(runc('list'));
    expect(listJson([row])).toBe(runc('list', '--format', 'json'));
    expect(listQuiet([row])).toBe(runc('list', '-q'));
    return JSON.parse(state).status as string;
  }

  beforeAll(() => {
    tmp = mkdtempSync(join(tmpdir(), 'hutch-runc-'));
    root = join(tmp, 'root');
    bundle = join(tmp, 'bundle');
    const bin = join(bundle, 'rootfs', 'bin');
    mkdirSync(bin, { recursive: true });
    copyFileSync(busybox!, join(bin, 'busybox'));
    for (const tool of ['sh', 'sleep']) symlinkSync('busybox', join(bin, tool));
    execFileSync(runcBin!, ['spec'], { cwd: bundle });
    const spec = JSON.parse(readFileSync(join(bundle, 'config.json'), 'utf8'));
    spec.process.args = ['sleep', '100'];
    spec.process.terminal = false;
    spec.annotations = { 'z.last': 'a<b&c>', 'a.first': 'x' };
    writeFileSync(join(bundle, 'config.json'), JSON.stringify(spec));
    runcQuiet('create', id);
  });

  afterAll(() => {
    try {
      runcQuiet('delete', '-f', id);
    } catch {
      // not created
    }
    rmSync(tmp, { recursive: true, force: true });
  });

  it('matches through created, running and stopped', async () => {
    expect(compare()).toBe('created');
    runcQuiet('start', id);
    expect(compare()).toBe('running');
    runcQuiet('kill', id, '9');
    for (let i = 0; i < 100 && existsSync(`/proc/${recordFromRunc().pid}`) && ours().row.status !== 'stopped'; i++) {
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(compare()).toBe('stopped');
  });
});
