/** What /proc says about a process's memory, its start time and its descendants. */
import { readdirSync, readFileSync } from 'node:fs';

function kbField(text: string, key: string): number | null {
  const m = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(text);
  return m ? Number(m[1]) : null;
}

export function procStatus(pid: number): { rssKb: number | null; ppid: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    return { rssKb: kbField(s, 'VmRSS'), ppid: Number(/^PPid:\s+(\d+)/m.exec(s)?.[1]) };
  } catch {
    return null;
  }
}

export function smapsRollup(pid: number): { pssKb: number; privateKb: number; anonKb: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = (k: string) => kbField(s, k) ?? 0;
    return { pssKb: kb('Pss'), privateKb: kb('Private_Clean') + kb('Private_Dirty'), anonKb: kb('Anonymous') };
  } catch {
    return null;
  }
}

/** Field 22 of /proc/PID/stat (start time): tells a process from a later one with its pid. */
export function startTime(pid: number): string | null {
  try {
    const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return s.slice(s.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export function descendants(pid: number): number[] {
  const kids = new Map<number, number[]>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    const st = procStatus(Number(d));
    if (!st) continue;
    kids.set(st.ppid, [...(kids.get(st.ppid) ?? []), Number(d)]);
  }
  const out: number[] = [];
  const walk = (p: number) => {
    for (const c of kids.get(p) ?? []) {
      out.push(c);
      walk(c);
    }
  };
  walk(pid);
  return out;
}

export function memAvailableKb(): number {
  const m = /^MemAvailable:\s+(\d+) kB/m.exec(readFileSync('/proc/meminfo', 'utf8'));
  return m ? Number(m[1]) : Infinity;
}
