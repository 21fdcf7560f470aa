/**
 * v2 io controller. With BFQ, io.bfq.weight takes the blkio weight
 * unchanged (and per-device weights); otherwise io.weight gets the
 * converted values, per-device ones included (runc drops those without
 * BFQ; io.weight takes "MAJ:MIN WEIGHT" lines, applied by io.cost).
 * Throttles go to io.max.
 */
import { blkioWeightToIoWeight } from '../convert.js';
import { fileExists, readOptional, writeCgroupFile } from '../fs.js';
import type { BlkioEntry, LinuxBlockIO, LinuxResources, LinuxThrottleDevice, Stats } from '../types.js';
import type { V2Controller } from './controller.js';

const THROTTLES: Array<[keyof LinuxBlockIO, string]> = [
  ['throttleReadBpsDevice', 'rbps'],
  ['throttleWriteBpsDevice', 'wbps'],
  ['throttleReadIOPSDevice', 'riops'],
  ['throttleWriteIOPSDevice', 'wiops'],
];

export function ioWrites(r: LinuxResources, hasBfq: boolean): Array<[string, string]> {
  const b = r.blockIO;
  if (!b) return [];
  const out: Array<[string, string]> = [];
  if (b.weight) out.push(hasBfq ? ['io.bfq.weight', String(b.weight)] : ['io.weight', String(blkioWeightToIoWeight(b.weight))]);
  for (const d of b.weightDevice ?? []) {
    if (!d.weight) continue;
    out.push(
      hasBfq
        ? ['io.bfq.weight', `${d.major}:${d.minor} ${d.weight}`]
        : ['io.weight', `${d.major}:${d.minor} ${blkioWeightToIoWeight(d.weight)}`],
    );
  }
  for (const [key, name] of THROTTLES) {
    for (const d of (b[key] as LinuxThrottleDevice[] | undefined) ?? []) out.push(['io.max', `${d.major}:${d.minor} ${name}=${d.rate}`]);
  }
  return out;
}

/** io.stat: "8:0 rbytes=1 wbytes=2 rios=3 wios=4 dbytes=0 dios=0". */
export function parseIoStat(text: string): { bytes: BlkioEntry[]; ios: BlkioEntry[] } {
  const bytes: BlkioEntry[] = [];
  const ios: BlkioEntry[] = [];
  const push = (list: BlkioEntry[], major: number, minor: number, op: string, value: number): void => {
    const e: BlkioEntry = { op };
    if (major) e.major = major;
    if (minor) e.minor = minor;
    if (value) e.value = value;
    list.push(e);
  };
  for (const line of text.split('\n')) {
    const [dev, ...fields] = line.trim().split(/\s+/);
    if (!dev || !dev.includes(':')) continue;
    const [major, minor] = dev.split(':').map(Number) as [number, number];
    for (const f of fields) {
      const [k, v] = f.split('=');
      const value = Number(v);
      if (k === 'rbytes') push(bytes, major, minor, 'Read', value);
      else if (k === 'wbytes') push(bytes, major, minor, 'Write', value);
      else if (k === 'rios') push(ios, major, minor, 'Read', value);
      else if (k === 'wios') push(ios, major, minor, 'Write', value);
    }
  }
  return { bytes, ios };
}

export const ioV2: V2Controller = {
  name: 'io',
  wanted: (r) => ioWrites(r, false).length > 0,
  set(dir, r) {
    for (const [f, v] of ioWrites(r, fileExists(dir, 'io.bfq.weight'))) writeCgroupFile(dir, f, v);
  },
  stats(dir, s: Stats) {
    const text = readOptional(dir, 'io.stat');
    if (text === undefined) return;
    const { bytes, ios } = parseIoStat(text);
    if (bytes.length) s.blkio.ioServiceBytesRecursive = bytes;
    if (ios.length) s.blkio.ioServicedRecursive = ios;
  },
};
