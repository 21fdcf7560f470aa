/**
 * SCMP_ACT_NOTIFY in the plan (issue #18): the filter is loaded with
 * SECCOMP_FILTER_FLAG_NEW_LISTENER, its listener goes to the runtime over
 * the socket InitFds.seccomp names, and the process waits for the runtime
 * (which hands it to the agent) before anything else; with and without
 * noNewPrivileges. The agent side runs in spec/integration/seccomp-notify.
 */
import { describe, expect, it } from 'vitest';
import { decideInput } from '../helpers/decide.js';
import { decide } from '../../lib/container/decide.js';
import { compileProfile } from '../../lib/container/seccomp.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import { buildInitPlan, fakeFds, inheritedFds } from '../../lib/plan/container.js';
import { describePlan } from '../../lib/plan/describe.js';
import { SECCOMP_FILTER_FLAG_NEW_LISTENER } from '../../lib/seccomp/flags.js';
import type { LinuxSeccomp } from '../../lib/config/types.js';

const profile = (listenerPath?: string): LinuxSeccomp => ({
  defaultAction: 'SCMP_ACT_ALLOW',
  ...(listenerPath ? { listenerPath } : {}),
  syscalls: [{ names: ['mkdir', 'mkdirat'], action: 'SCMP_ACT_NOTIFY' }],
});

async function plan(nnp: boolean) {
  const seccomp = await compileProfile(profile('/run/agent.sock'), 'x86_64', []);
  const spec = defaultSpec({ rootless: false });
  spec.process!.noNewPrivileges = nnp;
  spec.process!.terminal = false;
  const d = decide(decideInput(spec, { seccomp }));
  const fds = fakeFds(d.init, true);
  return { text: describePlan(buildInitPlan(d.init, fds).builder, 't'), fds, inherit: inheritedFds(fds, d.init.process) };
}

describe('SCMP_ACT_NOTIFY', () => {
  it('compiles with a listener, and needs a listenerPath (runc: "listenerPath is not set")', async () => {
    const p = await compileProfile(profile('/run/agent.sock'), 'x86_64', []);
    expect(p?.listener).toBe(true);
    expect(p!.flags & SECCOMP_FILTER_FLAG_NEW_LISTENER).toBe(SECCOMP_FILTER_FLAG_NEW_LISTENER);
    await expect(compileProfile(profile(), 'x86_64', [])).rejects.toThrow('config.json: linux.seccomp: listenerPath is not set');
    const plain = await compileProfile(
      { defaultAction: 'SCMP_ACT_ALLOW', syscalls: [{ names: ['mkdir'], action: 'SCMP_ACT_ERRNO' }] },
      'x86_64',
      [],
    );
    expect(plain?.listener).toBe(false);
  });

  for (const nnp of [true, false]) {
    it(`noNewPrivileges ${nnp}: the listener is sent and the runtime waited for right after the filter is loaded`, async () => {
      const { text, fds, inherit } = await plan(nnp);
      expect(fds.seccomp).toBeDefined();
      expect(inherit).toContain(fds.seccomp);
      const order = [
        '# install the seccomp filter',
        '# send the seccomp listener to the runtime',
        '# close the seccomp listener',
        '# tell the runtime the seccomp listener is sent',
        '# wait for the runtime to hand the seccomp listener to the agent',
      ].map((w) => text.indexOf(w));
      expect(order.every((i) => i > 0)).toBe(true);
      expect([...order].sort((a, b) => a - b)).toEqual(order);
      // Without no_new_privs, loaded while the capabilities are there; with it, after them, before "ready".
      if (nnp) expect(order[0]).toBeGreaterThan(text.indexOf('# set capabilities'));
      else expect(order[4]).toBeLessThan(text.indexOf('# set capabilities'));
      expect(order[4]).toBeLessThan(text.indexOf('# tell the runtime the container is ready'));
    });
  }
});
