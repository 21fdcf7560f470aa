/**
 * Issue #9 follow-up — hutch execs its interpreter from a sealed memfd, and
 * with vm.memfd_noexec=2 the kernel refuses executable memfds. Then the
 * image goes to an unlinked read-only copy in a temporary directory
 * (lib/runner/exe-fd.ts). The sysctl is per pid namespace and can only be
 * raised, so each case sets it in a fresh pid namespace (unshare), never on
 * the host.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { makeBundle, makeWorkspace } from '../helpers/bundle.js';
import { HUTCH_BIN, rootSkipReason, which } from '../helpers/host.js';
import { containerId, ensureHutchBuilt, killLeftovers, makeStateRoots } from '../helpers/runtimes.js';
import { asUser, ensureTestUser, rootlessSkipReason, runtimePath } from '../helpers/user.js';

const SYSCTL = '/proc/sys/vm/memfd_noexec';
const skip =
  rootSkipReason() ??
  (existsSync(SYSCTL) ? undefined : `${SYSCTL} is missing: this kernel (before 6.3) always allows executable memfds`) ??
  (which('unshare') ? undefined : 'unshare (util-linux) is not installed');

/**
 * Runs `script` (sh, as root) in a new pid and mount namespace whose
 * vm.memfd_noexec is 2, after `setup`.
 */
async function inNoexecPidns(script: string, setup = '') {
  const env = Object.entries({ PATH: runtimePath(), HOME: '/root' }).map(([k, v]) => `${k}=${v}`);
  const outer = `echo 2 > ${SYSCTL} || exit 90; ${setup}\nexec "$@"`;
  return execa(
    'unshare',
    [
      '--pid',
      '--fork',
      '--mount-proc',
      '--mount',
      '--propagation',
      'private',
      'sh',
      '-c',
      outer,
      'sh',
      'env',
      '-i',
      ...env,
      'sh',
      '-c',
      script,
    ],
    {
      reject: false,
      timeout: 30_000,
    },
  );
}

/**
 * Private to the new mount namespace: /tmp (which holds the bundle, so it is
 * bound onto itself, not covered) and /dev/shm become noexec. The runtime
 * under test may itself live under /tmp (a checkout there, or the copy of a
 * private checkout's build: helpers/host.ts): its tree is bound again with
 * exec (dist/hutch runs from it, and copies its FFI addon next to itself
 * when no temporary directory allows exec and it may write there).
 */
const RUNTIME_DIR = dirname(dirname(HUTCH_BIN));
const EVERY_TMP_NOEXEC =
  [
    'mount --bind /tmp /tmp && mount -o remount,bind,noexec /tmp',
    `mount --bind ${RUNTIME_DIR} ${RUNTIME_DIR} && mount -o remount,bind,exec ${RUNTIME_DIR}`,
    'mount -t tmpfs -o noexec tmpfs /dev/shm',
  ].join(' && ') + ' || exit 91';

/**
 * run, then create/start, with `hutch` (argv words) as the command. The
 * created init's /proc/PID/exe is read by root, which may read any
 * process's, whoever created it.
 */
function lifecycleScript(hutch: string[], pidDir: string, root: string, bundle: string, id: string): string {
  const h = [...hutch, '--root', root].map((w) => `'${w}'`).join(' ');
  return [
    'set -e',
    `${h} run --bundle ${bundle} ${id}-run`,
    `${h} create --pid-file ${pidDir}/pid --bundle ${bundle} ${id}-c`,
    `echo "exe=$(readlink /proc/$(cat ${pidDir}/pid)/exe)"`,
    `${h} start ${id}-c`,
    `${h} delete --force ${id}-c`,
  ].join('\n');
}

describe.skipIf(skip)(`vm.memfd_noexec=2${skip ? ` (skipped: ${skip})` : ''}`, () => {
  it('as root: the container runs from an unlinked copy', async () => {
    ensureHutchBuilt();
    const ws = makeWorkspace('hutch-noexec-');
    const roots = makeStateRoots(ws);
    const id = containerId('nx');
    try {
      const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['echo', 'ran'] });
      b.writeConfig();
      const r = await inNoexecPidns(lifecycleScript([HUTCH_BIN], ws.dir, roots.hutch, b.dir, id));
      expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^ran$/m);
      // Not the memfd: a deleted file, which no path reaches.
      expect(r.stdout, r.stderr).toMatch(/^exe=\/\S+ \(deleted\)$/m);
      expect(r.stdout).not.toMatch(/memfd/);
      expect(readdirSync(roots.hutch)).toEqual([]);
    } finally {
      killLeftovers(id);
      ws.cleanup();
    }
  });

  const rootlessSkip = skip ?? rootlessSkipReason();
  it.skipIf(rootlessSkip)(`as an unprivileged user${rootlessSkip ? ` (skipped: ${rootlessSkip})` : ''}`, async () => {
    ensureHutchBuilt();
    const user = ensureTestUser();
    const ws = makeWorkspace('hutch-noexec-');
    const roots = makeStateRoots(ws, user);
    const id = containerId('nxu');
    try {
      const b = makeBundle(ws, { kind: 'rootless', user, template: 'fixture', args: ['echo', 'ran'] });
      b.writeConfig();
      const r = await inNoexecPidns(lifecycleScript(asUser(user, [HUTCH_BIN]), ws.subdir('pid', user), roots.hutch, b.dir, id));
      expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(0);
      expect(r.stdout).toMatch(/^ran$/m);
      expect(r.stdout, r.stderr).toMatch(/^exe=\/\S+ \(deleted\)$/m);
    } finally {
      killLeftovers(id);
      ws.cleanup();
    }
  });

  it('with every temporary directory noexec: a clear error and nothing left behind', async () => {
    ensureHutchBuilt();
    const ws = makeWorkspace('hutch-noexec-');
    const roots = makeStateRoots(ws);
    const id = containerId('nxe');
    try {
      const b = makeBundle(ws, { kind: 'root', template: 'fixture', args: ['echo', 'ran'] });
      b.writeConfig();
      const r = await inNoexecPidns(`${HUTCH_BIN} --root ${roots.hutch} run --bundle ${b.dir} ${id}`, EVERY_TMP_NOEXEC);
      expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(1);
      expect(r.stderr).toMatch(/vm\.memfd_noexec=2.*\/tmp: EACCES \(noexec mount\?\).*\/dev\/shm: EACCES \(noexec mount\?\)/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(roots.hutch) ? readdirSync(roots.hutch) : []).toEqual([]);
    } finally {
      killLeftovers(id);
      ws.cleanup();
    }
  });

  // The single binary's FFI addon must be mapped from a file; a user who can
  // write to no exec-able directory (not even the binary's own) gets told.
  it.skipIf(rootlessSkip)(
    `as an unprivileged user with every writable directory noexec: the addon cannot load, a clear error and nothing left behind${rootlessSkip ? ` (skipped: ${rootlessSkip})` : ''}`,
    async () => {
      ensureHutchBuilt();
      const user = ensureTestUser();
      const ws = makeWorkspace('hutch-noexec-');
      const roots = makeStateRoots(ws, user);
      const id = containerId('nxa');
      try {
        const b = makeBundle(ws, { kind: 'rootless', user, template: 'fixture', args: ['echo', 'ran'] });
        b.writeConfig();
        const hutch = asUser(user, [HUTCH_BIN, '--root', roots.hutch, 'run', '--bundle', b.dir, id])
          .map((w) => `'${w}'`)
          .join(' ');
        const r = await inNoexecPidns(hutch, EVERY_TMP_NOEXEC);
        expect(r.exitCode, `${r.stdout}\n${r.stderr}`).toBe(1);
        expect(r.stderr).toMatch(
          /cannot load ffi-rs: no writable directory on an exec-able mount can hold a copy of its addon \(.*\/tmp: EACCES \(noexec mount\?\).*\/dev\/shm: EACCES \(noexec mount\?\).*\/dist: EACCES/,
        );
        expect(r.stderr).not.toMatch(/\n\s+at /);
        expect(existsSync(roots.hutch) ? readdirSync(roots.hutch) : []).toEqual([]);
      } finally {
        killLeftovers(id);
        ws.cleanup();
      }
    },
  );
});
