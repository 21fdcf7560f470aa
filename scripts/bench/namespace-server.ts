/**
 * Runs inside crun's private mount namespace (crun-namespace.ts): reads one
 * JSON request per line from the first FIFO, runs and times the command
 * with spawnSync, and answers on the second FIFO. Exits at EOF.
 *
 *   node --import tsx scripts/bench/namespace-server.ts REQUESTS ANSWERS
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { directLauncher, type LaunchRequest } from './shell.js';

type Request = Omit<LaunchRequest, 'stdout' | 'stderr'> & { stdout: string; stderr: string };

const [requests, answers] = process.argv.slice(2);
if (!requests || !answers) throw new Error('usage: namespace-server.ts REQUESTS ANSWERS');
const req = openSync(requests, 'r');
const ans = openSync(answers, 'w');
let pending = '';
const buf = Buffer.alloc(65536);
for (;;) {
  const n = readSync(req, buf, 0, buf.length, null);
  if (n === 0) break;
  pending += buf.toString('utf8', 0, n);
  for (let nl = pending.indexOf('\n'); nl >= 0; nl = pending.indexOf('\n')) {
    const r = JSON.parse(pending.slice(0, nl)) as Request;
    pending = pending.slice(nl + 1);
    const out = openSync(r.stdout, 'w');
    const err = openSync(r.stderr, 'w');
    try {
      writeSync(ans, `${JSON.stringify(directLauncher({ ...r, stdout: out, stderr: err }))}\n`);
    } finally {
      closeSync(out);
      closeSync(err);
    }
  }
}
