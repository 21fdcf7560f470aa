import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { containerStatus, displayPid, type StatusProbe } from '../../lib/state/status.js';
import { newRecord, type ContainerRecord } from '../../lib/state/record.js';
import { processStartTime } from '../../lib/state/process.js';

const FIFO = '/state/c/exec.fifo';

function rec(over: Partial<ContainerRecord> = {}): ContainerRecord {
  return newRecord({ id: 'c', bundle: '/b', rootfs: '/b/r', created: 'x', pid: 100, pidStartTime: 5, marker: 'created', ...over });
}

function probe(alive: Record<number, number>, files: string[] = []): StatusProbe {
  return {
    isAlive: (pid, start) => pid in alive && (start === undefined || alive[pid] === start),
    exists: (p) => files.includes(p),
  };
}

describe('containerStatus (runc runType rules)', () => {
  it('created while exec.fifo exists, running after', () => {
    expect(containerStatus(rec(), FIFO, probe({ 100: 5 }, [FIFO]))).toBe('created');
    expect(containerStatus(rec({ marker: 'running' }), FIFO, probe({ 100: 5 }))).toBe('running');
    expect(containerStatus(rec({ marker: 'created' }), FIFO, probe({ 100: 5 }))).toBe('running');
  });

  it('stopped when init is gone or the pid was reused', () => {
    expect(containerStatus(rec(), FIFO, probe({}, [FIFO]))).toBe('stopped');
    expect(containerStatus(rec(), FIFO, probe({ 100: 6 }, [FIFO]))).toBe('stopped');
    expect(containerStatus(rec({ pid: 0 }), FIFO, probe({ 0: 5 }))).toBe('stopped');
  });

  it('paused from the record, unless init is dead', () => {
    expect(containerStatus(rec({ marker: 'paused' }), FIFO, probe({ 100: 5 }))).toBe('paused');
    expect(containerStatus(rec({ marker: 'paused' }), FIFO, probe({}))).toBe('stopped');
  });

  it('creating while the creator lives; afterwards by init', () => {
    const creating = rec({ marker: 'creating', pid: 0, pidStartTime: 0, creatorPid: 7, creatorStartTime: 70 });
    expect(containerStatus(creating, FIFO, probe({ 7: 70 }))).toBe('creating');
    expect(containerStatus(creating, FIFO, probe({ 7: 71 }))).toBe('stopped'); // creator pid reused
    expect(containerStatus(creating, FIFO, probe({}))).toBe('stopped'); // creator crashed
    const cloned = { ...creating, pid: 100, pidStartTime: 5 };
    expect(containerStatus(cloned, FIFO, probe({ 100: 5 }, [FIFO]))).toBe('created');
  });

  it('shows pid 0 for stopped containers, as runc does', () => {
    expect(displayPid(rec(), 'stopped')).toBe(0);
    expect(displayPid(rec(), 'running')).toBe(100);
    expect(displayPid(rec(), 'created')).toBe(100);
  });

  it('works against a real process and fifo path', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hutch-status-'));
    const child = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      const pid = child.pid!;
      const r = rec({ pid, pidStartTime: processStartTime(pid)! });
      const fifo = join(dir, 'exec.fifo');
      writeFileSync(fifo, '');
      expect(containerStatus(r, fifo)).toBe('created');
      rmSync(fifo);
      expect(containerStatus(r, fifo)).toBe('running');
      expect(containerStatus({ ...r, pidStartTime: r.pidStartTime - 1 }, fifo)).toBe('stopped');
      child.kill('SIGKILL');
      await new Promise((res) => child.once('exit', res));
      expect(containerStatus(r, fifo)).toBe('stopped');
    } finally {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
