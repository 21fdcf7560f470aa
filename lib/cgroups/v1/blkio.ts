/**
 * v1 blkio controller. Kernels without CFQ (all recent ones) only have the
 * BFQ files (blkio.bfq.weight), so the weight file is picked by existence,
 * as runc does.
 */
import { fileExists, readOptional, writeCgroupFile } from '../fs.js';
import type { BlkioEntry, LinuxBlockIO, LinuxThrottleDevice, LinuxWeightDevice, Stats } from '../types.js';
import type { V1Controller } from './controller.js';

function weightDeviceLine(d: LinuxWeightDevice, leaf = false): string {
  return `${d.major}:${d.minor} ${leaf ? d.leafWeight : d.weight}`;
}

function throttleLine(d: LinuxThrottleDevice): string {
  return `${d.major}:${d.minor} ${d.rate}`;
}

function weightFiles(dir: string): { weight: string; weightDevice: string } {
  return fileExists(dir, 'blkio.weight')
    ? { weight: 'blkio.weight', weightDevice: 'blkio.weight_device' }
    : { weight: 'blkio.bfq.weight', weightDevice: 'blkio.bfq.weight_device' };
}

function wanted(b: LinuxBlockIO | undefined): boolean {
  return !!(
    b &&
    (b.weight ||
      b.leafWeight ||
      b.weightDevice?.length ||
      b.throttleReadBpsDevice?.length ||
      b.throttleWriteBpsDevice?.length ||
      b.throttleReadIOPSDevice?.length ||
      b.throttleWriteIOPSDevice?.length)
  );
}

const THROTTLE_FILES: Array<[keyof LinuxBlockIO, string]> = [
  ['throttleReadBpsDevice', 'blkio.throttle.read_bps_device'],
  ['throttleWriteBpsDevice', 'blkio.throttle.write_bps_device'],
  ['throttleReadIOPSDevice', 'blkio.throttle.read_iops_device'],
  ['throttleWriteIOPSDevice', 'blkio.throttle.write_iops_device'],
];

/** "8:0 Read 4096" lines; "Total N" lines are skipped. */
function parseBlkioEntries(text: string | undefined): BlkioEntry[] {
  const out: BlkioEntry[] = [];
  for (const line of (text ?? '').split('\n')) {
    const f = line.trim().split(/\s+/);
    if (f.length < 2 || f[0] === 'Total') continue;
    const [maj, min] = (f[0] ?? '').split(':').map(Number);
    const e: BlkioEntry = {};
    if (maj) e.major = maj;
    if (min) e.minor = min;
    const value = Number(f.length === 3 ? f[2] : f[1]);
    if (f.length === 3) e.op = f[1];
    if (value) e.value = value;
    out.push(e);
  }
  return out;
}

export const blkioController: V1Controller = {
  name: 'blkio',
  wanted: (r) => wanted(r.blockIO),
  set(dir, r) {
    const b = r.blockIO;
    if (!b) return;
    const files = weightFiles(dir);
    if (b.weight) writeCgroupFile(dir, files.weight, String(b.weight));
    if (b.leafWeight) writeCgroupFile(dir, 'blkio.leaf_weight', String(b.leafWeight));
    for (const d of b.weightDevice ?? []) {
      if (d.weight) writeCgroupFile(dir, files.weightDevice, weightDeviceLine(d));
      if (d.leafWeight) writeCgroupFile(dir, 'blkio.leaf_weight_device', weightDeviceLine(d, true));
    }
    for (const [key, file] of THROTTLE_FILES) {
      for (const d of (b[key] as LinuxThrottleDevice[] | undefined) ?? []) writeCgroupFile(dir, file, throttleLine(d));
    }
  },
  stats(dir, s: Stats) {
    // Prefer the BFQ scheduler's counters, else the throttle layer's (always present).
    const prefix = fileExists(dir, 'blkio.bfq.io_service_bytes_recursive') ? 'blkio.bfq' : 'blkio.throttle';
    const bytes = parseBlkioEntries(readOptional(dir, `${prefix}.io_service_bytes_recursive`));
    const ios = parseBlkioEntries(readOptional(dir, `${prefix}.io_serviced_recursive`));
    if (bytes.length) s.blkio.ioServiceBytesRecursive = bytes;
    if (ios.length) s.blkio.ioServicedRecursive = ios;
  },
};
