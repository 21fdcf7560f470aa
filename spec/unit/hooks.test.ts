import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HutchError } from '../../lib/errors.js';
import { dedupEnv, goJson, renderHook } from '../../lib/hooks/render.js';
import { runHooks, runHooksBestEffort } from '../../lib/hooks/run.js';

const state = {
  ociVersion: '1.0.2-dev',
  id: 'c1',
  status: 'creating',
  pid: 4242,
  bundle: '/b',
  annotations: { 'a<b': 'x&y' },
};
const stateJson =
  '{"ociVersion":"1.0.2-dev","id":"c1","status":"creating","pid":4242,"bundle":"/b","annotations":{"a\\u003cb":"x\\u0026y"}}';

describe('renderHook', () => {
  it('uses [path] as argv when args is absent or empty, like os/exec', () => {
    expect(renderHook({ path: '/bin/x' }, state).argv).toEqual(['/bin/x']);
    expect(renderHook({ path: '/bin/x', args: [] }, state).argv).toEqual(['/bin/x']);
    expect(renderHook({ path: '/bin/x', args: ['zero', 'a'] }, state).argv).toEqual(['zero', 'a']);
  });

  it('renders the state as Go-style compact JSON without a newline', () => {
    const inv = renderHook({ path: '/x' }, state);
    expect(inv.stdin.toString('utf8')).toBe(stateJson);
    expect(goJson({ s: '\u2028' })).toBe('{"s":"\\u2028"}');
  });

  it('takes env exactly when present (even empty) and inherits otherwise', () => {
    expect(renderHook({ path: '/x', env: [] }, state, { inheritEnv: ['A=1'] }).envp).toEqual([]);
    expect(renderHook({ path: '/x', env: ['B=2'] }, state, { inheritEnv: ['A=1'] }).envp).toEqual(['B=2']);
    expect(renderHook({ path: '/x' }, state, { inheritEnv: ['A=1'] }).envp).toEqual(['A=1']);
    expect(renderHook({ path: '/x' }, state, { inheritEnv: { A: '1', B: undefined } }).envp).toEqual(['A=1']);
  });

  it('converts the timeout to milliseconds', () => {
    const inv = renderHook({ path: '/x', timeout: 3 }, state);
    expect([inv.timeoutMs, inv.timeoutSeconds]).toEqual([3000, 3]);
    expect(renderHook({ path: '/x' }, state).timeoutMs).toBeUndefined();
  });
});

describe('dedupEnv (Go os/exec rules, as runc 1.1.5 showed)', () => {
  it('keeps the last value at the position of the last occurrence', () => {
    expect(dedupEnv(['X=1', 'NOEQ', 'X=2'])).toEqual(['NOEQ', 'X=2']);
    expect(dedupEnv(['A=1', 'B=2', 'A=3'])).toEqual(['B=2', 'A=3']);
  });
  it('drops empty entries and treats a leading = as part of the key', () => {
    expect(dedupEnv(['', '=a=1', '=a=2', '=x'])).toEqual(['=a=2', '=x']);
    expect(dedupEnv(['A=b=c'])).toEqual(['A=b=c']);
  });
});

describe('runHooks (real processes)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hutch-hooks-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** A /bin/sh hook that records its cmdline, initial environ, stdin and cwd. */
  function recorder(name: string, extra: Partial<{ env: string[]; timeout: number }> = {}) {
    const out = join(dir, name);
    const script = 'cat /proc/$$/cmdline > "$1.argv"; cat /proc/$$/environ > "$1.env"; ' + 'cat > "$1.stdin"; pwd > "$1.cwd"';
    return { hook: { path: '/bin/sh', args: ['my-argv0', '-c', script, 'x', out], ...extra }, out };
  }
  const nul = (s: string) => s.split('\0').slice(0, -1);

  it('passes argv (with argv0), env and stdin exactly', async () => {
    const { hook, out } = recorder('exact', { env: ['A=1', 'B=two words', 'A=3'] });
    await runHooks('prestart', [hook], state, { cwd: dir });
    expect(nul(readFileSync(`${out}.argv`, 'utf8'))).toEqual(['my-argv0', '-c', hook.args[2], 'x', out]);
    expect(nul(readFileSync(`${out}.env`, 'utf8'))).toEqual(['B=two words', 'A=3']);
    expect(readFileSync(`${out}.stdin`, 'utf8')).toBe(stateJson);
    expect(readFileSync(`${out}.cwd`, 'utf8')).toBe(`${dir}\n`);
  });

  it('gives an empty env [] an empty environment (no inheritance)', async () => {
    process.env.HUTCH_HOOK_LEAK = 'leaked';
    try {
      const { hook, out } = recorder('empty', { env: [] });
      await runHooks('createRuntime', [hook], state);
      expect(readFileSync(`${out}.env`, 'utf8')).toBe('');
    } finally {
      delete process.env.HUTCH_HOOK_LEAK;
    }
  });

  it('lets a hook without env inherit the runtime environment, as runc does', async () => {
    process.env.HUTCH_HOOK_LEAK = 'inherited';
    try {
      const { hook, out } = recorder('inherit');
      await runHooks('poststop', [hook], state);
      expect(nul(readFileSync(`${out}.env`, 'utf8'))).toContain('HUTCH_HOOK_LEAK=inherited');
    } finally {
      delete process.env.HUTCH_HOOK_LEAK;
    }
  });

  it('stops at the first failure with runc 1.1.5 text, stdout and stderr verbatim', async () => {
    const marker = join(dir, 'not-run');
    const hooks = [
      { path: '/bin/true' },
      { path: '/bin/sh', args: ['sh', '-c', 'echo out; echo err >&2; exit 3'] },
      { path: '/bin/sh', args: ['sh', '-c', `touch ${marker}`] },
    ];
    const err = await runHooks('prestart', hooks, state).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HutchError);
    expect((err as Error).message).toBe('error running hook #1: error running hook: exit status 3, stdout: out\n, stderr: err\n');
    expect(() => readFileSync(marker)).toThrow();
  });

  it('reports death by signal in Go wording', async () => {
    const hooks = [{ path: '/bin/sh', args: ['sh', '-c', 'kill -TERM $$'] }];
    await expect(runHooks('prestart', hooks, state)).rejects.toThrow(
      'error running hook #0: error running hook: signal: terminated, stdout: , stderr: ',
    );
  });

  it('reports a missing executable like fork/exec', async () => {
    await expect(runHooks('createRuntime', [{ path: '/no/such/hook' }], state)).rejects.toThrow(
      /^error running hook #0: fork\/exec \/no\/such\/hook: no such file or directory$/,
    );
  });

  it('does not search PATH for a relative hook path', async () => {
    await expect(runHooks('prestart', [{ path: 'true', env: ['PATH=/bin:/usr/bin'] }], state, { cwd: dir })).rejects.toThrow(
      'error running hook #0: fork/exec true: no such file or directory',
    );
  });

  it('ignores a hook that exits 0 without reading its stdin', async () => {
    const big = { ...state, annotations: { pad: 'x'.repeat(1 << 20) } };
    await expect(runHooks('poststart', [{ path: '/bin/true' }], big)).resolves.toBeUndefined();
  });

  it('kills a hook with SIGKILL when its timeout passes', async () => {
    const pidFile = join(dir, 'sleeper.pid');
    const hooks = [{ path: '/bin/sh', args: ['sh', '-c', `echo $$ > ${pidFile}; exec sleep 10`], timeout: 1 }];
    const t0 = Date.now();
    await expect(runHooks('prestart', hooks, state)).rejects.toThrow(/^error running hook #0: hook ran past specified timeout of 1\.0s$/);
    const elapsed = Date.now() - t0;
    expect(elapsed).toBeGreaterThanOrEqual(950);
    expect(elapsed).toBeLessThan(2500);
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
  });

  it('does not wait for a grandchild that keeps the output pipes open', async () => {
    const hooks = [{ path: '/bin/sh', args: ['sh', '-c', 'sleep 5 & exec sleep 5'], timeout: 1 }];
    const t0 = Date.now();
    await expect(runHooks('prestart', hooks, state)).rejects.toThrow(/timeout of 1\.0s/);
    expect(Date.now() - t0).toBeLessThan(2500);
  });

  it('best effort runs every hook and returns one warning per failure', async () => {
    const marker = join(dir, 'ran-last');
    const hooks = [{ path: '/bin/false' }, { path: '/no/such' }, { path: '/bin/sh', args: ['sh', '-c', `touch ${marker}`] }];
    const warnings = await runHooksBestEffort('poststop', hooks, state);
    expect(warnings).toEqual([
      'error running hook #0: error running hook: exit status 1, stdout: , stderr: ',
      'error running hook #1: fork/exec /no/such: no such file or directory',
    ]);
    expect(readFileSync(marker, 'utf8')).toBe('');
  });

  it('treats undefined and empty hook lists as nothing to do', async () => {
    await expect(runHooks('prestart', undefined, state)).resolves.toBeUndefined();
    await expect(runHooksBestEffort('poststart', [], state)).resolves.toEqual([]);
  });
});
