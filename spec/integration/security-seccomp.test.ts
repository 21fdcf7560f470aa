/**
 * Issue #15, class 5: with noNewPrivileges and a seccomp profile, the init
 * of a created container used to wait for `start` without its filter
 * (Seccomp: 0), while a process exec'd into it had one (Seccomp: 2) and,
 * as the same user, could ptrace the init and run code outside the
 * profile. The filter is now loaded before the init reports ready, as
 * runc does. Both orders (exec before start, exec after start), root and
 * rootless, against runc.
 */
import { expect, it } from 'vitest';
import { describeResult } from '../helpers/runtimes.js';
import { runcSkipReason } from '../helpers/host.js';
import { describeKinds } from '../helpers/kinds.js';

const runtimes = runcSkipReason() ? (['hutch'] as const) : (['hutch', 'runc'] as const);

describeKinds('the seccomp filter of a waiting init', (env) => {
  for (const runtime of runtimes) {
    it(`${runtime}: the init has its filter while it waits for start, and after`, async () => {
      const b = env().bundle({
        template: 'fixture',
        args: ['sleep', '1000'],
        edit: (cfg) => {
          cfg.process.noNewPrivileges = true;
          cfg.linux.seccomp = {
            defaultAction: 'SCMP_ACT_ALLOW',
            syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_ERRNO', errnoRet: 1 }],
          };
        },
      });
      const id = env().id('seccomp');
      const status = async () => {
        const r = await env().call(runtime, ['exec', id, 'sh', '-c', 'grep ^Seccomp: /proc/1/status /proc/self/status; mkdir /tmp/x 2>&1']);
        expect(r.exitCode, describeResult(r)).not.toBe(0); // mkdir is denied
        return r.stdout
          .replace(/[ \t]+/g, ' ')
          .trim()
          .split('\n');
      };
      const created = await env().call(runtime, ['create', '--bundle', b.dir, id]);
      expect(created.exitCode, describeResult(created)).toBe(0);
      const before = await status();
      expect(before.slice(0, 2)).toEqual(['/proc/1/status:Seccomp: 2', '/proc/self/status:Seccomp: 2']);
      expect(before[2]).toMatch(/Operation not permitted/);
      const started = await env().call(runtime, ['start', id]);
      expect(started.exitCode, describeResult(started)).toBe(0);
      expect((await status()).slice(0, 2)).toEqual(['/proc/1/status:Seccomp: 2', '/proc/self/status:Seccomp: 2']);
    });
  }
});
