/**
 * The error discipline (docs/errors.md): user-caused failures are HutchError
 * with a code and runc's words; config.json cannot reach a plain Error.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HutchError, osError } from '../../lib/errors.js';
import { parseSpec } from '../../lib/config/load.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import { listCopyUp } from '../../lib/mounts/copyup.js';
import { secureJoin } from '../../lib/paths/securejoin.js';
import { compileSeccomp } from '../../lib/seccomp/compile.js';
import { SysError } from '../../lib/sys/libc.js';

const tmp = mkdtempSync(join(tmpdir(), 'hutch-errors-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error('did not throw');
}

describe('errors reachable from config.json are HutchErrors with a code', () => {
  it("execCPUAffinity beyond the plan's cpu_set_t is refused naming the field", () => {
    const spec = JSON.parse(JSON.stringify(defaultSpec({ rootless: false })));
    spec.process.execCPUAffinity = { initial: '2000' };
    const err = thrown(() => parseSpec(spec));
    expect(err).toBeInstanceOf(HutchError);
    expect(err).toMatchObject({
      code: 'config',
      message: 'config.json: process.execCPUAffinity.initial: CPU 2000 in "2000" is out of range (0 to 1023)',
    });
    spec.process.execCPUAffinity = { final: '0-4000000000' };
    expect(thrown(() => parseSpec(spec))).toMatchObject({ code: 'config' });
  });

  it('a tmpcopyup over too many entries', () => {
    const dir = join(tmp, 'copyup/rootfs/data');
    mkdirSync(dir, { recursive: true });
    for (let i = 0; i < 5; i++) writeFileSync(join(dir, `f${i}`), '');
    const err = thrown(() => listCopyUp(join(tmp, 'copyup/rootfs'), '/data', 3));
    expect(err).toBeInstanceOf(HutchError);
    expect(err).toMatchObject({ code: 'config', message: 'mount /data: tmpcopyup: the directory holds more than 3 entries' });
  });

  it('a symlink loop under a path resolved in the rootfs', () => {
    const root = join(tmp, 'loop');
    mkdirSync(root);
    symlinkSync('b', join(root, 'a'));
    symlinkSync('a', join(root, 'b'));
    const err = thrown(() => secureJoin(root, '/a/x'));
    expect(err).toBeInstanceOf(HutchError);
    expect(err).toMatchObject({ code: 'config', message: `resolve /a/x in ${root}: too many levels of symbolic links` });
  });

  it('a seccomp profile too long for the kernel', () => {
    const syscalls = Array.from({ length: 2100 }, (_, i) => ({
      names: ['read'],
      action: 'SCMP_ACT_ERRNO',
      args: [{ index: 0, value: i, op: 'SCMP_CMP_EQ' }],
    }));
    const err = thrown(() =>
      compileSeccomp({ defaultAction: 'SCMP_ACT_ALLOW', syscalls } as Parameters<typeof compileSeccomp>[0], 'x86_64'),
    );
    expect(err).toBeInstanceOf(HutchError);
    expect((err as HutchError).code).toBe('config');
    expect((err as HutchError).message).toMatch(
      /^config\.json: linux\.seccomp: the profile compiles to \d+ BPF instructions, more than the kernel's limit of 4096$/,
    );
  });
});

describe('OS errors', () => {
  it('a libc failure carries its errno by name, worded like Go, even when errno was not set', () => {
    const e = new SysError('open', 2);
    expect(e).toMatchObject({ code: 'system', errno: 2, errnoName: 'ENOENT', message: 'open: no such file or directory' });
    expect(new SysError('mount', 1)).toMatchObject({ code: 'permission', errnoName: 'EPERM' });
    expect(new SysError('clone', 0)).toMatchObject({ errno: 5, errnoName: 'EIO', message: 'clone: input/output error' });
  });

  it("one formatter for Node and libc errors: op, path and Go's text", () => {
    const node = Object.assign(new Error("ENOTDIR: not a directory, open '/x'"), { code: 'ENOTDIR', syscall: 'open', path: '/x' });
    expect(osError(node)).toMatchObject({ message: 'open /x: not a directory', code: 'system' });
    expect(osError(node, 'mkdir', '/y').message).toBe('mkdir /y: not a directory');
    expect(osError(new SysError('open', 13), 'open user namespace', '/proc/1/ns/user')).toMatchObject({
      message: 'open user namespace /proc/1/ns/user: permission denied',
      code: 'permission',
    });
    const clean = new HutchError('container does not exist', { code: 'not-found' });
    expect(osError(clean)).toBe(clean);
  });
});
