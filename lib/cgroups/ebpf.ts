/**
 * Load a cgroup device filter with bpf(2) and attach it to a cgroup v2
 * directory. This is the only part of the cgroup library that needs FFI, and
 * it is imported lazily (only when a v2 group gets device rules).
 *
 * Replacing an earlier filter follows runc: attach the new program with
 * BPF_F_ALLOW_MULTI first, then detach the old ones, so there is no window
 * without a filter (while both are attached, both must allow an access).
 */
import * as fs from 'node:fs';
import { ffiRs, type Ffi } from '../sys/ffi.js';
import { perProcess } from '../sys/per-process.js';
import { HutchError } from '../errors.js';
import { encodeProgram, type DeviceFilterProgram } from './devices/filter.js';

const BPF_PROG_LOAD = 5;
const BPF_PROG_ATTACH = 8;
const BPF_PROG_DETACH = 9;
const BPF_PROG_GET_FD_BY_ID = 13;
const BPF_PROG_QUERY = 16;
const BPF_PROG_TYPE_CGROUP_DEVICE = 15;
const BPF_CGROUP_DEVICE = 6;
const BPF_F_ALLOW_MULTI = 2;
const ATTR_SIZE = 128;

const SYS_BPF: Record<string, number> = { x64: 321, arm64: 280 };

const lib = perProcess((): Ffi => {
  const ffi = ffiRs();
  ffi.open({ library: 'libc', path: '' });
  return ffi;
});

/** Native memory that outlives the call (the kernel reads pointers inside attr). */
function alloc(bytes: Buffer): number {
  const f = lib();
  const addr = f.load({
    library: 'libc',
    funcName: 'calloc',
    retType: f.DataType.U64,
    paramsType: [f.DataType.U64, f.DataType.U64],
    paramsValue: [1, Math.max(bytes.length, 1)],
  });
  if (!addr) throw new HutchError('calloc failed', { code: 'cgroup' });
  if (bytes.length) {
    f.load({
      library: 'libc',
      funcName: 'memcpy',
      retType: f.DataType.U64,
      paramsType: [f.DataType.U64, f.DataType.U8Array, f.DataType.U64],
      paramsValue: [addr, bytes, bytes.length],
    });
  }
  return addr;
}

/** Copy native memory into a Buffer (the kernel writes results into attr and the id array). */
function readBack(addr: number, length: number): Buffer {
  const f = lib();
  // ffi-rs only wraps pointers it returned itself: memcpy(addr, addr, 0) hands `addr` back as one.
  const out = f.load({
    library: 'libc',
    funcName: 'memcpy',
    retType: f.DataType.External,
    paramsType: [f.DataType.U64, f.DataType.U64, f.DataType.U64],
    paramsValue: [addr, addr, 0],
  });
  return Buffer.from(f.createExternalBuffer(out, length));
}

function free(addr: number): void {
  const f = lib();
  f.load({ library: 'libc', funcName: 'free', retType: f.DataType.Void, paramsType: [f.DataType.U64], paramsValue: [addr] });
}

/** bpf(cmd, attr): returns the result or throws with the errno text. */
function bpf(cmd: number, attr: Buffer, what: string, after?: (addr: number) => void): number {
  const f = lib();
  const nr = SYS_BPF[process.arch];
  if (nr === undefined) throw new HutchError(`bpf(2) syscall number unknown on ${process.arch}`, { code: 'cgroup' });
  const addr = alloc(attr);
  try {
    const r = f.load<typeof f.DataType.I64, true>({
      library: 'libc',
      funcName: 'syscall',
      retType: f.DataType.I64,
      paramsType: [f.DataType.I64, f.DataType.I64, f.DataType.U64, f.DataType.I64],
      paramsValue: [nr, cmd, addr, attr.length],
      errno: true,
    });
    if (r.value < 0) throw new HutchError(`${what}: ${r.errnoMessage.replace(/ \(os error \d+\)$/, '').toLowerCase()}`, { code: 'cgroup' });
    after?.(addr);
    return r.value;
  } finally {
    free(addr);
  }
}

function loadProgram(prog: DeviceFilterProgram): number {
  const code = encodeProgram(prog.insns);
  const insns = alloc(code);
  const license = alloc(Buffer.from(prog.license + '\0'));
  const logSize = 64 * 1024;
  const log = alloc(Buffer.alloc(logSize));
  try {
    const attr = Buffer.alloc(ATTR_SIZE);
    attr.writeUInt32LE(BPF_PROG_TYPE_CGROUP_DEVICE, 0);
    attr.writeUInt32LE(prog.insns.length, 4);
    attr.writeBigUInt64LE(BigInt(insns), 8);
    attr.writeBigUInt64LE(BigInt(license), 16);
    try {
      return bpf(BPF_PROG_LOAD, attr, 'load device filter');
    } catch (e) {
      // Ask again with the verifier log, so the error says why.
      attr.writeUInt32LE(1, 24);
      attr.writeUInt32LE(logSize, 28);
      attr.writeBigUInt64LE(BigInt(log), 32);
      try {
        bpf(BPF_PROG_LOAD, attr, 'load device filter');
      } catch {
        const text = readBack(log, logSize).toString('utf8').replace(/\0.*$/s, '').trim();
        throw new HutchError(`${(e as Error).message}${text ? `\nverifier log:\n${text}` : ''}`, { code: 'cgroup', cause: e });
      }
      throw e;
    }
  } finally {
    free(insns);
    free(license);
    free(log);
  }
}

/** Ids of the device programs attached to the cgroup now. */
function attachedPrograms(cgroupFd: number): number[] {
  const max = 64;
  const ids = alloc(Buffer.alloc(max * 4));
  try {
    const attr = Buffer.alloc(ATTR_SIZE);
    attr.writeUInt32LE(cgroupFd, 0);
    attr.writeUInt32LE(BPF_CGROUP_DEVICE, 4);
    attr.writeBigUInt64LE(BigInt(ids), 16);
    attr.writeUInt32LE(max, 24);
    let count = 0;
    bpf(BPF_PROG_QUERY, attr, 'query device filters', (addr) => {
      count = readBack(addr, ATTR_SIZE).readUInt32LE(24);
    });
    const buf = readBack(ids, count * 4);
    return Array.from({ length: count }, (_, i) => buf.readUInt32LE(i * 4));
  } finally {
    free(ids);
  }
}

function programFd(id: number): number {
  const attr = Buffer.alloc(ATTR_SIZE);
  attr.writeUInt32LE(id, 0);
  return bpf(BPF_PROG_GET_FD_BY_ID, attr, `open bpf program ${id}`);
}

function attachAttr(cgroupFd: number, progFd: number, flags: number): Buffer {
  const attr = Buffer.alloc(ATTR_SIZE);
  attr.writeUInt32LE(cgroupFd, 0);
  attr.writeUInt32LE(progFd, 4);
  attr.writeUInt32LE(BPF_CGROUP_DEVICE, 8);
  attr.writeUInt32LE(flags, 12);
  return attr;
}

/** Load `prog` and make it the cgroup's only device filter. */
export function attachDeviceFilter(cgroupDir: string, prog: DeviceFilterProgram): void {
  const cgroupFd = fs.openSync(cgroupDir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
  try {
    const old = attachedPrograms(cgroupFd);
    const progFd = loadProgram(prog);
    try {
      bpf(BPF_PROG_ATTACH, attachAttr(cgroupFd, progFd, BPF_F_ALLOW_MULTI), `attach device filter to ${cgroupDir}`);
    } finally {
      fs.closeSync(progFd); // the attachment holds its own reference
    }
    for (const id of old) {
      const fd = programFd(id);
      try {
        bpf(BPF_PROG_DETACH, attachAttr(cgroupFd, fd, 0), `detach old device filter ${id}`);
      } finally {
        fs.closeSync(fd);
      }
    }
  } finally {
    fs.closeSync(cgroupFd);
  }
}

/** Number of device filters attached (tests, diagnostics). */
export function countDeviceFilters(cgroupDir: string): number {
  const cgroupFd = fs.openSync(cgroupDir, fs.constants.O_RDONLY | fs.constants.O_DIRECTORY);
  try {
    return attachedPrograms(cgroupFd).length;
  } finally {
    fs.closeSync(cgroupFd);
  }
}

/**
 * Whether this process may load a cgroup device program (what device rules
 * on v2 need): loads a deny-all program, attaches it nowhere, closes it.
 */
export function canLoadDeviceFilter(prog: DeviceFilterProgram): boolean {
  try {
    fs.closeSync(loadProgram(prog));
    return true;
  } catch {
    return false;
  }
}
