/**
 * Issue #18 ("a command whose interpreter is missing exits with no
 * message") and #16 item 4 (exec failures name the cause), against runc
 * 1.1.5 on the same bundle, as root and as the unprivileged user.
 *
 * runc's init prints "exec /run.sh: no such file or directory" on the
 * container's stderr when execve fails after `start` and exits 1. hutch
 * prints the same words followed by the cause it found in the image, and
 * exits 127 (not found) or 126 (not executable), as a shell does (README:
 * differences from runc). Failures of the lookup, before `start`, are
 * create errors with runc's text and exit 1 under both.
 */
import { chownSync, existsSync, mkdirSync, writeFileSync, copyFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle, type Bundle, type BundleKind, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import {
  containerId,
  describeResult,
  killLeftovers,
  runRuntime,
  settle,
  startRuntime,
  type Runtime,
  type StateRoots,
} from '../helpers/runtimes.js';
import { rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { suiteEnv } from '../helpers/suite.js';

/** The first 64 bytes of a static ELF executable for the other architecture: enough for the kernel to refuse it. */
function foreignElf(): Buffer {
  const h = Buffer.alloc(64);
  h.write('\x7fELF', 0, 'latin1');
  h[4] = 2; // 64-bit
  h[5] = 1; // little-endian
  h[6] = 1;
  h.writeUInt16LE(2, 16); // ET_EXEC
  h.writeUInt16LE(process.arch === 'x64' ? 183 : 62, 18);
  h.writeUInt32LE(1, 20);
  h.writeUInt16LE(64, 52);
  h.writeUInt16LE(56, 54);
  return h;
}
const foreignName = process.arch === 'x64' ? 'aarch64' : 'x86_64';
/** With qemu registered in binfmt_misc the kernel runs a foreign binary: nothing fails then. */
const binfmtRunsForeign = ['qemu-aarch64', 'qemu-x86_64'].some((n) => existsSync(`/proc/sys/fs/binfmt_misc/${n}`));

/** Files in the image, each broken in its own way. */
function addBrokenPrograms(b: Bundle, user: TestUser | undefined): void {
  const put = (name: string, data: string | Buffer, mode: number) => {
    const p = join(b.rootfs, name);
    writeFileSync(p, data);
    chmodSync(p, mode);
    if (user) chownSync(p, user.uid, user.gid);
  };
  put('missing-interp.sh', '#!/bin/nonexistent\necho hi\n', 0o755);
  put('crlf.sh', '#!/bin/sh\r\necho hi\r\n', 0o755);
  put('no-shebang', 'echo hi\n', 0o755);
  put('no-x.sh', '#!/bin/sh\necho hi\n', 0o644);
  put('foreign', foreignElf(), 0o755);
  // A dynamically linked host binary: the busybox image has no glibc loader.
  copyFileSync('/usr/bin/true', join(b.rootfs, 'glibc-true'));
  chmodSync(join(b.rootfs, 'glibc-true'), 0o755);
  if (user) chownSync(join(b.rootfs, 'glibc-true'), user.uid, user.gid);
  mkdirSync(join(b.rootfs, 'a-dir'));
  if (user) chownSync(join(b.rootfs, 'a-dir'), user.uid, user.gid);
}

/** Cases where execve fails after start: runc's words, hutch's cause and exit code. */
const AFTER_START = [
  {
    prog: '/missing-interp.sh',
    words: 'exec /missing-interp.sh: no such file or directory',
    cause: '/bin/nonexistent not found: the interpreter its #! line names is not in the image',
    code: 127,
  },
  {
    prog: '/crlf.sh',
    words: 'exec /crlf.sh: no such file or directory',
    cause: 'its #! line ends in a carriage return (DOS line endings), so the kernel looks for "/bin/sh\\r"',
    code: 127,
  },
  {
    prog: '/glibc-true',
    words: 'exec /glibc-true: no such file or directory',
    cause: 'not found: the binary needs a dynamic loader the image lacks',
    code: 127,
  },
  {
    prog: '/no-shebang',
    words: 'exec /no-shebang: exec format error',
    cause: 'it is neither an ELF binary nor a script starting with #!',
    code: 126,
  },
  {
    prog: '/foreign',
    words: 'exec /foreign: exec format error',
    cause: `it is a binary for ${foreignName}, and this host runs`,
    code: 126,
    skip: binfmtRunsForeign,
  },
];

/** Cases the lookup refuses before start: runc's create error, hutch's cause. */
const AT_LOOKUP = [
  { prog: '/a-dir', words: 'exec: "/a-dir": permission denied', cause: '/a-dir is a directory' },
  { prog: '/no-x.sh', words: 'exec: "/no-x.sh": permission denied', cause: '/no-x.sh has no execute permission bit' },
];

function defineCases(kind: BundleKind, reason: string | undefined): void {
  describe.skipIf(Boolean(reason))(`exec failures, hutch vs runc, ${kind}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let ws: Workspace;
    let user: TestUser | undefined;
    let roots: StateRoots;
    let bundle: Bundle;

    suiteEnv(kind, 'hutch-it-execfail', (e) => {
      ({ ws, user, roots } = e);
      bundle = makeBundle(ws, { kind, user, args: ['true'] });
      addBrokenPrograms(bundle, user);
    });

    const withArgs = (args: string[]) => {
      bundle.config.process.args = args;
      bundle.writeConfig();
    };
    const run = (runtime: Runtime, args: string[]) => {
      withArgs(args);
      return runRuntime({ runtime, user, roots, args: ['run', '--bundle', bundle.dir, containerId('xf')] });
    };

    for (const c of AFTER_START) {
      it.skipIf(Boolean(c.skip))(`run ${c.prog}: "${c.words}", hutch adds the cause and exits ${c.code}`, async () => {
        const runc = await run('runc', [c.prog]);
        expect(runc.stderr, describeResult(runc)).toContain(c.words);
        expect(runc.exitCode, describeResult(runc)).toBe(1);
        const hutch = await run('hutch', [c.prog]);
        const line = hutch.stderr.trim();
        expect(line.startsWith(`${c.words}: `), describeResult(hutch)).toBe(true);
        expect(line, describeResult(hutch)).toContain(c.cause);
        expect(hutch.exitCode, describeResult(hutch)).toBe(c.code);
        expect(hutch.leftovers).toEqual([]);
      });
    }

    for (const c of AT_LOOKUP) {
      it(`run ${c.prog}: a create error "${c.words}" under both, hutch adds the cause`, async () => {
        const runc = await run('runc', [c.prog]);
        expect(runc.exitCode, describeResult(runc)).toBe(1);
        // runc's logrus text quotes its message: msg="... exec: \"/a-dir\": ...".
        expect(runc.stderr.replace(/\\"/g, '"')).toContain(`unable to start container process: ${c.words}`);
        const hutch = await run('hutch', [c.prog]);
        expect(hutch.exitCode, describeResult(hutch)).toBe(1);
        expect(hutch.stderr).toContain(`unable to start container process: ${c.words}: ${c.cause}`);
      });
    }

    it('create + start: the message reaches the stderr the container was created with', async () => {
      withArgs(['/missing-interp.sh']);
      for (const runtime of ['runc', 'hutch'] as const) {
        const id = containerId('xfcs');
        // The container keeps create's stderr: read it until the container is gone.
        const create = startRuntime({ runtime, user, roots, args: ['create', '--bundle', bundle.dir, id] });
        let stderr = '';
        create.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
        await new Promise<void>((resolve) => create.once('exit', () => resolve()));
        expect(create.exitCode, stderr).toBe(0);
        const start = await runRuntime({ runtime, user, roots, args: ['start', id] });
        expect(start.exitCode, describeResult(start)).toBe(0);
        await settle(create, id, 10_000);
        expect(stderr, runtime).toContain('exec /missing-interp.sh: no such file or directory');
        if (runtime === 'hutch') expect(stderr).toContain('/bin/nonexistent not found');
        await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
      }
    });

    it('exec: the process says it (exit 1 under runc, 127 under hutch); exec --detach returns 0 under both', async () => {
      withArgs(['sleep', '100']);
      for (const runtime of ['runc', 'hutch'] as const) {
        const id = containerId('xfexec');
        const r = await runRuntime({ runtime, user, roots, args: ['run', '--detach', '--bundle', bundle.dir, id] });
        expect(r.exitCode, describeResult(r)).toBe(0);
        try {
          const e = await runRuntime({ runtime, user, roots, args: ['exec', id, '/crlf.sh'] });
          expect(e.stderr, describeResult(e)).toContain('exec /crlf.sh: no such file or directory');
          expect(e.exitCode, describeResult(e)).toBe(runtime === 'runc' ? 1 : 127);
          const d = await runRuntime({ runtime, user, roots, args: ['exec', '--detach', id, '/crlf.sh'] });
          expect(d.exitCode, describeResult(d)).toBe(0);
          expect(d.stderr).toContain('exec /crlf.sh: no such file or directory');
          if (runtime === 'hutch') expect(e.stderr + d.stderr).toContain('carriage return');
        } finally {
          await runRuntime({ runtime, user, roots, args: ['delete', '--force', id] });
          killLeftovers(id);
        }
      }
    });
  });
}

const runcReason = runcSkipReason();
defineCases('root', runcReason ?? rootSkipReason());
defineCases('rootless', runcReason ?? rootlessSkipReason());
