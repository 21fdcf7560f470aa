/**
 * Issue #15, class 4 (CVE-2025-31133): masking bound whatever the image's
 * /dev/null was (a symlink to a procfs file, say), skipped every mask when
 * the image had no /dev/null, and device nodes followed an image symlink
 * (/data -> /dev, then a bind on /data) into a host directory. Masks now
 * use a null device the runtime made or opened and checked (1:3); devices
 * are made in the /dev tmpfs the runtime mounted, by its fd. Root and
 * rootless.
 */
import { readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { describeResult } from '../helpers/runtimes.js';
import { describeKinds } from '../helpers/kinds.js';
import type { OciConfig } from '../helpers/bundle.js';

/** For each masked file: its size as read, and its device numbers (1:3 when masked). */
const PROBE = ['sh', '-c', 'for p in /proc/timer_list /proc/keys; do echo "$p $(wc -c < $p) $(stat -c %t:%T $p)"; done'];
const MASKED = ['/proc/timer_list 0 1:3', '/proc/keys 0 1:3'];

/** No /dev of the runtime's making: the image's /dev is what the container gets (as with runc). */
const withoutDev = (cfg: OciConfig) => {
  cfg.mounts = cfg.mounts.filter((m: { destination: string }) => !m.destination.startsWith('/dev'));
};

describeKinds('masked paths and device nodes (CVE-2025-31133 class)', (env) => {
  it('an image whose /dev/null is a symlink into /proc gets its paths masked with the real null device', async () => {
    const b = env().bundle({ template: 'fixture', args: PROBE, edit: withoutDev });
    rmSync(join(b.rootfs, 'dev', 'null'), { force: true });
    symlinkSync('/proc/sys/kernel/domainname', join(b.rootfs, 'dev', 'null'));
    const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('mask')]);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(MASKED);
  });

  it('an image without /dev/null gets its paths masked all the same', async () => {
    const b = env().bundle({ template: 'fixture', args: PROBE, edit: withoutDev });
    rmSync(join(b.rootfs, 'dev', 'null'), { force: true });
    const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('mask')]);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(r.stdout.trim().split('\n')).toEqual(MASKED);
  });

  it("device nodes are made in the container's own /dev, not in a host directory an image symlink leads a bind to", async () => {
    const host = env().ws.subdir('data', env().user);
    const b = env().bundle({
      template: 'fixture',
      args: ['sh', '-c', 'ls /dev | wc -l'],
      edit: (cfg) => cfg.mounts.push({ destination: '/data', type: 'bind', source: host, options: ['rbind'] }),
    });
    symlinkSync('/dev', join(b.rootfs, 'data'));
    const r = await env().call('hutch', ['run', '--bundle', b.dir, env().id('mask')]);
    expect(r.exitCode, describeResult(r)).toBe(0);
    expect(readdirSync(host), 'nothing may be made in the host directory').toEqual([]);
  });
});
