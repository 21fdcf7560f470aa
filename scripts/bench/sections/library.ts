/**
 * Containers per second through the library API (dist/index.mjs), in one
 * Node process: `run` of /bin/true in new user, mount, pid, uts and ipc
 * namespaces (fixtures/demo), sequentially and all at once. Informational.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedRootfs } from '../../../spec/helpers/bundle.js';
import { FIXTURES, REPO } from '../../../spec/helpers/host.js';
import type { Bench } from '../bench.js';

type Api = typeof import('../../../lib/index.js');

export async function library(b: Bench, n = 30): Promise<void> {
  const { run } = (await import(pathToFileURL(join(REPO, 'dist/index.mjs')).href)) as Api;
  const dir = b.ws.subdir('library');
  execFileSync('cp', ['-a', cachedRootfs(), join(dir, 'rootfs')]);
  const config = JSON.parse(readFileSync(join(FIXTURES, 'demo', 'config.json'), 'utf8')) as {
    process: { args: string[] };
    linux: { uidMappings: { hostID: number }[]; gidMappings: { hostID: number }[] };
  };
  config.process.args = ['true'];
  config.linux.uidMappings[0]!.hostID = process.getuid!();
  config.linux.gidMappings[0]!.hostID = process.getgid!();
  writeFileSync(join(dir, 'config.json'), JSON.stringify(config));
  const root = join(dir, 'state');
  const id = (what: string) => `${b.registry.prefix}lib${what}`;
  await run(id('warm'), dir, { root });
  let t0 = performance.now();
  for (let i = 0; i < n; i++) await run(id(`s${i}`), dir, { root });
  const sequential = n / ((performance.now() - t0) / 1000);
  t0 = performance.now();
  await Promise.all(Array.from({ length: n }, (_, i) => run(id(`p${i}`), dir, { root })));
  const parallel = n / ((performance.now() - t0) / 1000);
  const row = (label: string, v: number) =>
    b.results.add({ ...b.results.row('library', label, { hutch: [v] }, { unit: '/s' }), single: true });
  row('library API run /bin/true, sequential (containers/s)', sequential);
  row(`library API run /bin/true, ${n} at once (containers/s)`, parallel);
  b.log(`  library API: ${sequential.toFixed(1)}/s sequential, ${parallel.toFixed(1)}/s with ${n} at once`);
}
