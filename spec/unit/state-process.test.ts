import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isAlive, isExitedState, parseProcStat, processStartTime, readProcStat } from '../../lib/state/process.js';

describe('/proc/<pid>/stat', () => {
  it('parses a stat line, including a comm with spaces and parentheses', () => {
    const fields = Array.from({ length: 50 }, (_, i) => String(i + 3));
    fields[0] = 'S'; // field 3
    fields[1] = '77'; // field 4: ppid
    fields[22 - 3] = '123456'; // field 22: starttime
    const st = parseProcStat(`4242 (a) b (c) ${fields.join(' ')}\n`);
    expect(st).toEqual({ pid: 4242, comm: 'a) b (c', state: 'S', ppid: 77, startTime: 123456 });
  });

  it('rejects malformed text', () => {
    expect(parseProcStat('')).toBeUndefined();
    expect(parseProcStat('1 (x) S 0')).toBeUndefined();
  });

  it('reads itself', () => {
    const st = readProcStat('self')!;
    expect(st.pid).toBe(process.pid);
    expect(st.startTime).toBeGreaterThan(0);
    expect(processStartTime(process.pid)).toBe(st.startTime);
    expect(isAlive(process.pid)).toBe(true);
    expect(isAlive(process.pid, st.startTime)).toBe(true);
  });

  it('detects pid reuse through the start time', () => {
    const st = readProcStat(process.pid)!;
    expect(isAlive(process.pid, st.startTime + 1)).toBe(false);
  });

  it('treats missing, invalid and exited processes as not alive', async () => {
    expect(readProcStat(0)).toBeUndefined();
    expect(readProcStat(-1)).toBeUndefined();
    expect(isAlive(0)).toBe(false);
    expect(isAlive(2 ** 22 + 1)).toBe(false); // above pid_max's ceiling
    const done = spawnSync('true');
    expect(done.status).toBe(0);
    expect(isExitedState('Z')).toBe(true);
    expect(isExitedState('X')).toBe(true);
    expect(isExitedState('S')).toBe(false);
  });

  it('sees a zombie as not alive', async () => {
    // sh forks a short sleep, prints its pid and execs a sleep that never
    // reaps it. The short sleep must outlast the exec: a child that is
    // already gone before it may be reaped by sh itself (seen on a loaded
    // CI machine with `sleep 0`).
    const child = spawn('sh', ['-c', 'sleep 0.3 & echo $!; exec sleep 30'], { stdio: ['ignore', 'pipe', 'ignore'] });
    try {
      const pid = Number(await new Promise<string>((res) => child.stdout!.once('data', (d) => res(String(d)))));
      let state = '';
      for (let i = 0; i < 500 && state !== 'Z'; i++) {
        state = readProcStat(pid)?.state ?? '';
        await new Promise((r) => setTimeout(r, 10));
      }
      expect(state).toBe('Z');
      expect(isAlive(pid)).toBe(false);
      expect(isAlive(child.pid!)).toBe(true);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
