/**
 * Issue #18, "Hooks": the hooks that run in the container's namespaces,
 * against runc 1.1.5, as root and as the unprivileged user.
 *
 * - createContainer hooks run with the container's root as their working
 *   directory: a hook writing a relative path writes into the rootfs, never
 *   into the host's "/".
 * - startContainer hooks run as the container's process does (runc runs
 *   them in its init just before execve): its environment (when the hook
 *   has none), user, capabilities, no_new_privs, seccomp filter and cwd,
 *   never the runtime's environment or privileges.
 */
import { existsSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeBundle, type BundleKind, type OciConfig, type Workspace } from '../helpers/bundle.js';
import { rootSkipReason, runcSkipReason } from '../helpers/host.js';
import { containerId, describeResult, runRuntime, type Runtime, type StateRoots } from '../helpers/runtimes.js';
import { rootlessSkipReason, type TestUser } from '../helpers/user.js';
import { suiteEnv } from '../helpers/suite.js';

const RUNTIMES = ['runc', 'hutch'] as const;

function defineCases(kind: BundleKind, reason: string | undefined): void {
  describe.skipIf(Boolean(reason))(`hooks in the container, hutch vs runc, ${kind}${reason ? ` (skipped: ${reason})` : ''}`, () => {
    let ws: Workspace;
    let user: TestUser | undefined;
    let roots: StateRoots;

    suiteEnv(kind, 'hutch-it-hooks', (e) => ({ ws, user, roots } = e));

    const runOn = (runtime: Runtime, edit: (c: OciConfig) => void) => {
      const b = makeBundle(ws, { kind, user, args: ['true'], edit });
      return { b, r: runRuntime({ runtime, user, roots, args: ['run', '--bundle', b.dir, containerId('hook')] }) };
    };

    it("createContainer: a relative path is the container's root, not the host's", async () => {
      const marker = `hutch-hook-wrote-${process.pid}-${kind}`;
      try {
        for (const runtime of RUNTIMES) {
          const { b, r } = runOn(runtime, (c) => {
            c.hooks = { createContainer: [{ path: '/bin/sh', args: ['sh', '-c', `pwd -P > ./${marker}`] }] };
          });
          const res = await r;
          expect(res.exitCode, describeResult(res)).toBe(0);
          expect(existsSync(join('/', marker)), `${runtime} wrote into the host's /`).toBe(false);
          expect(readFileSync(join(b.rootfs, marker), 'utf8').trim(), runtime).toBe(realpathSync(b.rootfs));
        }
      } finally {
        rmSync(join('/', marker), { force: true });
      }
    });

    it("startContainer: the process's environment, identity, seccomp filter and cwd", async () => {
      const seen = {} as Record<Runtime, string>;
      for (const runtime of RUNTIMES) {
        const { r } = runOn(runtime, (c) => {
          c.root.readonly = false;
          c.process.cwd = '/tmp';
          c.process.env = ['PATH=/bin:/usr/bin', 'FROM_CONFIG=yes'];
          c.process.args = ['cat', '/tmp/hook-saw'];
          c.linux.seccomp = { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mknodat'], action: 'SCMP_ACT_ERRNO' }] };
          const probe = '{ env | sort; id; grep -E "^(Seccomp|NoNewPrivs|CapEff):" /proc/self/status; pwd; } > /tmp/hook-saw';
          c.hooks = { startContainer: [{ path: '/bin/sh', args: ['sh', '-c', probe] }] };
        });
        const res = await r;
        expect(res.exitCode, describeResult(res)).toBe(0);
        seen[runtime] = res.stdout;
      }
      expect(seen.hutch).toBe(seen.runc);
      expect(seen.hutch).toContain('FROM_CONFIG=yes');
      expect(seen.hutch).toMatch(/Seccomp:\s+2/);
      expect(seen.hutch).toContain('/tmp\n');
    });
  });
}

const runcReason = runcSkipReason();
defineCases('root', runcReason ?? rootSkipReason());
defineCases('rootless', runcReason ?? rootlessSkipReason());
