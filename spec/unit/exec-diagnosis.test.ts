/**
 * Issue #16 item 4: the cause of an execve failure, predicted from the
 * image's bytes (a fake image here; the integration test reads real ones).
 */
import { describe, expect, it } from 'vitest';
import { diagnoseExec, type ImageView } from '../../lib/container/exec-diagnosis.js';

/** A minimal little-endian ELF for `machine`, with a PT_INTERP naming `interp` when given. */
function elf(machine: number, interp?: string, class64 = true): Buffer {
  const ehsize = class64 ? 64 : 52;
  const phentsize = class64 ? 56 : 32;
  const text = interp ? Buffer.from(interp + '\0') : Buffer.alloc(0);
  const buf = Buffer.alloc(ehsize + phentsize + text.length);
  buf.write('\x7fELF', 0, 'latin1');
  buf[4] = class64 ? 2 : 1;
  buf[5] = 1;
  buf[6] = 1;
  buf.writeUInt16LE(2, 16);
  buf.writeUInt16LE(machine, 18);
  if (class64) {
    buf.writeBigUInt64LE(64n, 32);
    buf.writeUInt16LE(phentsize, 54);
    buf.writeUInt16LE(interp ? 1 : 0, 56);
    buf.writeUInt32LE(3, 64);
    buf.writeBigUInt64LE(BigInt(ehsize + phentsize), 64 + 8);
    buf.writeBigUInt64LE(BigInt(text.length), 64 + 32);
  } else {
    buf.writeUInt32LE(52, 28);
    buf.writeUInt16LE(phentsize, 42);
    buf.writeUInt16LE(interp ? 1 : 0, 44);
    buf.writeUInt32LE(3, 52);
    buf.writeUInt32LE(ehsize + phentsize, 52 + 4);
    buf.writeUInt32LE(text.length, 52 + 16);
  }
  text.copy(buf, ehsize + phentsize);
  return buf;
}

function image(files: Record<string, Buffer | string | { mode: number; data: string }>): ImageView {
  return {
    file(path) {
      const f = files[path];
      if (f === undefined) return undefined;
      const { mode, data } =
        typeof f === 'object' && !Buffer.isBuffer(f)
          ? { mode: f.mode, data: Buffer.from(f.data) }
          : { mode: 0o100755, data: Buffer.from(f) };
      return { mode, read: (offset, length) => data.subarray(offset, offset + length) };
    },
    exists: (path) => path in files,
  };
}

describe('diagnoseExec', () => {
  it('an ELF whose dynamic loader the image lacks', () => {
    const hint = diagnoseExec(['/app'], image({ '/app': elf(62, '/lib/ld-musl-x86_64.so.1') }), 'x86_64');
    expect(hint).toEqual({
      path: '/app',
      errno: 2,
      cause: '/lib/ld-musl-x86_64.so.1 not found: the binary needs a dynamic loader the image lacks',
    });
  });

  it('nothing to say when the loader is there, or for a static binary', () => {
    expect(diagnoseExec(['/app'], image({ '/app': elf(62, '/lib/ld.so'), '/lib/ld.so': 'x' }), 'x86_64')).toBeUndefined();
    expect(diagnoseExec(['/app'], image({ '/app': elf(62) }), 'x86_64')).toBeUndefined();
  });

  it('a 32-bit binary is read with its own layout (and runs natively)', () => {
    expect(diagnoseExec(['/app'], image({ '/app': elf(3, '/lib/ld-linux.so.2', false) }), 'x86_64')).toEqual({
      path: '/app',
      errno: 2,
      cause: '/lib/ld-linux.so.2 not found: the binary needs a dynamic loader the image lacks',
    });
  });

  it('a binary for another architecture', () => {
    expect(diagnoseExec(['/app'], image({ '/app': elf(183) }), 'x86_64')).toEqual({
      path: '/app',
      errno: 8,
      cause: 'it is a binary for aarch64, and this host runs x86_64',
    });
    expect(diagnoseExec(['/app'], image({ '/app': elf(62) }), 'aarch64')?.cause).toBe(
      'it is a binary for x86_64, and this host runs aarch64',
    );
  });

  it('a script whose #! line ends in a carriage return, or names a missing interpreter', () => {
    expect(diagnoseExec(['/run.sh'], image({ '/run.sh': '#!/bin/sh\r\necho hi\n', '/bin/sh': 'x' }), 'x86_64')).toEqual({
      path: '/run.sh',
      errno: 2,
      cause: 'its #! line ends in a carriage return (DOS line endings), so the kernel looks for "/bin/sh\\r"',
    });
    expect(diagnoseExec(['/run.sh'], image({ '/run.sh': '#! /usr/bin/python3 -u\n' }), 'x86_64')?.cause).toBe(
      '/usr/bin/python3 not found: the interpreter its #! line names is not in the image',
    );
    expect(diagnoseExec(['/run.sh'], image({ '/run.sh': '#!/bin/sh -e\r\n', '/bin/sh': 'x' }), 'x86_64')).toBeUndefined();
  });

  it('neither ELF nor #!', () => {
    expect(diagnoseExec(['/run'], image({ '/run': 'echo hi\n' }), 'x86_64')).toEqual({
      path: '/run',
      errno: 8,
      cause: 'it is neither an ELF binary nor a script starting with #!',
    });
  });

  it('takes the candidate the lookup takes: the first regular file with an execute bit', () => {
    const files = { '/usr/bin/app': { mode: 0o100644, data: 'echo\n' }, '/bin/app': '#!/nope\n' };
    expect(diagnoseExec(['/usr/local/bin/app', '/usr/bin/app', '/bin/app'], image(files), 'x86_64')?.path).toBe('/bin/app');
  });
});
