#!/usr/bin/env node
// Containers per second through the library API, from one Node process:
// `run` of /bin/true (busybox) in new user, mount, pid, uts and ipc
// namespaces, sequentially and with concurrency. Run as root after a build.
//
//   node scripts/bench-lib/library.mjs [N]
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const repo = new URL('../..', import.meta.url).pathname;
const { run } = await import(join(repo, 'dist', 'index.mjs'));
const n = Number(process.argv[2] ?? 30);
const work = mkdtempSync(join(tmpdir(), 'hutch-libbench-'));
try {
  execFileSync(join(repo, 'scripts', 'make-rootfs.sh'), [join(work, 'rootfs')], { stdio: 'ignore' });
  const config = JSON.parse(readFileSync(join(repo, 'fixtures', 'demo', 'config.json'), 'utf8'));
  config.process.args = ['true'];
  config.linux.uidMappings[0].hostID = process.getuid();
  config.linux.gidMappings[0].hostID = process.getgid();
  writeFileSync(join(work, 'config.json'), JSON.stringify(config));
  const root = join(work, 'state');
  await run('warm-up', work, { root });
  let t0 = performance.now();
  for (let i = 0; i < n; i++) await run(`seq${i}`, work, { root });
  const seq = n / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => run(`par${i}`, work, { root })));
  const par = n / ((performance.now() - t0) / 1000);
  console.log(`library API, run /bin/true: ${seq.toFixed(1)} containers/s sequential, ${par.toFixed(1)}/s with ${n} at once (target >= 100/s sequential)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
