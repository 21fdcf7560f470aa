/** v1 cpuacct controller: usage statistics only. */
import { readOptional, readUint } from '../fs.js';
import type { Stats } from '../types.js';
import type { V1Controller } from './controller.js';

/** cpuacct.stat counts USER_HZ ticks; Linux fixes USER_HZ at 100 on every architecture. */
const NS_PER_TICK = 1e9 / 100;

function parseNumbers(text: string | undefined): number[] {
  return (text ?? '').trim().split(/\s+/).filter(Boolean).map(Number);
}

/** cpuacct.usage_all: "cpu user system" header, then one row per cpu (ns). */
function perCpuModes(text: string | undefined): { user: number[]; kernel: number[] } | undefined {
  if (text === undefined) return undefined;
  const user: number[] = [];
  const kernel: number[] = [];
  for (const line of text.trim().split('\n').slice(1)) {
    const [, u, k] = line.trim().split(/\s+/);
    user.push(Number(u));
    kernel.push(Number(k));
  }
  return { user, kernel };
}

export const cpuacctController: V1Controller = {
  name: 'cpuacct',
  wanted: () => false,
  set() {},
  stats(dir, s: Stats) {
    const u = s.cpu.usage;
    const stat = readOptional(dir, 'cpuacct.stat') ?? '';
    for (const line of stat.split('\n')) {
      const [k, v] = line.split(' ');
      if (k === 'user') u.user = Number(v) * NS_PER_TICK;
      if (k === 'system') u.kernel = Number(v) * NS_PER_TICK;
    }
    const total = readUint(dir, 'cpuacct.usage');
    if (total) u.total = total;
    const percpu = parseNumbers(readOptional(dir, 'cpuacct.usage_percpu'));
    if (percpu.length) u.percpu = percpu;
    const modes = perCpuModes(readOptional(dir, 'cpuacct.usage_all'));
    if (modes?.kernel.length) u.percpu_kernel = modes.kernel;
    if (modes?.user.length) u.percpu_user = modes.user;
  },
};
