/**
 * Debian's Docker (20.10) as a caller: `docker run --runtime hutch` goes
 * dockerd → containerd → containerd-shim-runc-v2 → bin/hutch (the CLI, as
 * runc). A private dockerd on a private containerd, no network bridge
 * (--network none), image from `docker load` (spec/helpers/callers/docker.ts).
 * dockerd runs as root: the scenarios are root only.
 *
 *   sh scripts/install-callers.sh   # docker.io among them
 *   npx vitest run spec/integration/callers-docker.test.ts
 */
import { pureV2 } from '../helpers/cgroups.js';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeWorkspace, type Workspace } from '../helpers/bundle.js';
import { which } from '../helpers/host.js';
import { ensureHutchBuilt } from '../helpers/runtimes.js';
import { uniqueName, waitFor, type ToolResult } from '../helpers/callers/common.js';
import { Containerd, containerdSkipReason } from '../helpers/callers/containerd.js';
import { DOCKER_IMAGE as IMG, Docker, dockerSkipReason } from '../helpers/callers/docker.js';

const ROOT = new URL('../..', import.meta.url).pathname;
const skip = containerdSkipReason() ?? dockerSkipReason();

describe.skipIf(!!skip)(
  `docker run --runtime hutch (dockerd 20.10 → containerd → runc shim → hutch)${skip ? ` (skipped: ${skip})` : ''}`,
  () => {
    let ws: Workspace;
    let cd: Containerd;
    let dk: Docker;

    const why = (r: ToolResult) =>
      `${r.command}\n  exit=${r.exitCode} timedOut=${r.timedOut}\n  stdout: ${r.stdout.trim() || '(empty)'}\n  stderr: ${r.stderr.trim() || '(empty)'}`;
    const run = (args: string[], opts?: { timeoutMs?: number }) =>
      dk.docker(['run', '--runtime', 'hutch', '--network', 'none', ...args], opts);

    beforeAll(async () => {
      ensureHutchBuilt();
      ws = makeWorkspace('hutch-docker-');
      // A private containerd: dockerd's tasks stay out of any other one.
      cd = await Containerd.start(join(ws.dir, 'containerd'), { pathPrefix: join(ROOT, 'bin') });
      dk = await Docker.start(join(ws.dir, 'docker'), cd, { hutch: join(ROOT, 'bin/hutch') });
      await dk.loadImage(ws.dir);
    });

    afterAll(async () => {
      await dk?.stop();
      await cd?.stop();
      ws?.cleanup();
    });

    it('run --rm: output on stdout and stderr, exit code 3', async () => {
      const r = await run(['--rm', IMG, 'sh', '-c', 'echo out; echo err >&2; exit 3']);
      expect(r.stdout, why(r)).toBe('out\n');
      expect(r.stderr, why(r)).toBe('err\n');
      expect(r.exitCode, why(r)).toBe(3);
    });

    it('run -d, exec, logs, stop, rm', async () => {
      const name = uniqueName('dk');
      let r = await run([
        '-d',
        '--name',
        name,
        IMG,
        'sh',
        '-c',
        'trap "echo got-term; exit 0" TERM; echo started; while :; do sleep 0.2; done',
      ]);
      expect(r.exitCode, why(r)).toBe(0);
      await waitFor('"started" in docker logs', async () => (await dk.docker(['logs', name])).stdout.includes('started'));
      r = await dk.docker(['exec', name, 'sh', '-c', 'echo from-exec; exit 4']);
      expect(r.stdout, why(r)).toBe('from-exec\n');
      expect(r.exitCode, why(r)).toBe(4);
      r = await dk.docker(['stop', '-t', '10', name]);
      expect(r.exitCode, why(r)).toBe(0);
      expect((await dk.docker(['logs', name])).stdout).toBe('started\ngot-term\n');
      expect((await dk.docker(['inspect', '-f', '{{.State.ExitCode}}', name])).stdout.trim()).toBe('0');
      r = await dk.docker(['rm', name]);
      expect(r.exitCode, why(r)).toBe(0);
    });

    it.skipIf(!which('script'))('run -it: a terminal', async () => {
      const r = await dk.dockerInPty(['run', '--rm', '-it', '--runtime', 'hutch', '--network', 'none', IMG, 'sh', '-c', 'tty; exit 6']);
      expect(r.stdout, why(r)).toMatch(/\/dev\/pts\/\d+/);
      expect(r.exitCode, why(r)).toBe(6);
    });

    it('--memory and --pids-limit reach the cgroups', async () => {
      const files = pureV2
        ? '/sys/fs/cgroup/memory.max /sys/fs/cgroup/pids.max'
        : '/sys/fs/cgroup/memory/memory.limit_in_bytes /sys/fs/cgroup/pids/pids.max';
      const r = await run(['--rm', '--memory', '64m', '--pids-limit', '50', IMG, 'sh', '-c', `cat ${files}`]);
      expect(r.exitCode, why(r)).toBe(0);
      expect(r.stdout.split('\n'), why(r)).toEqual(['67108864', '50', '']);
    });

    it('--read-only, --tmpfs and --user', async () => {
      const r = await run([
        '--rm',
        '--read-only',
        '--tmpfs',
        '/data:rw,size=1m',
        '--user',
        '65534:65534',
        IMG,
        'sh',
        '-c',
        'id -u; id -g; touch /x 2>/dev/null && echo root-rw || echo root-ro; echo y > /data/f && cat /data/f; grep -c " /data tmpfs .*size=1024k" /proc/mounts',
      ]);
      expect(r.exitCode, why(r)).toBe(0);
      expect(r.stdout.split('\n'), why(r)).toEqual(['65534', '65534', 'root-ro', 'y', '1', '']);
    });

    it("a missing binary: exit 127 with the runtime's message", async () => {
      const r = await run(['--rm', IMG, '/no/such/binary']);
      expect(r.exitCode, why(r)).toBe(127);
      expect(r.stderr, why(r)).toMatch(/OCI runtime create failed: .*\/no\/such\/binary.*no such file or directory/);
    });
  },
);
