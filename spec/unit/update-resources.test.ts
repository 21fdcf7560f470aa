// `update --resources FILE`: the JSON is checked by the config's resources
// parser, and errors name the file and the field. It used to be cast
// unchecked, so {"memory":{"limit":{}}} reached the kernel as "[object Object]".
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { resourcesFromArgs } from '../../lib/cli/commands/update.js';

const dir = mkdtempSync(join(tmpdir(), 'hutch-update-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withFile(json: string): string {
  const f = join(dir, `r${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(f, json);
  return f;
}

describe('update --resources FILE', () => {
  it('takes valid LinuxResources, and the flags win over the file', () => {
    const f = withFile('{"memory":{"limit":67108864,"swap":-1},"pids":{"limit":64},"cpu":{"cpus":"0"}}');
    expect(resourcesFromArgs({ resources: f, 'pids-limit': '10' })).toEqual({
      memory: { limit: 67108864, swap: -1 },
      pids: { limit: 10 },
      cpu: { cpus: '0' },
    });
  });

  it('names the file and the field of a wrong type or value', () => {
    const cases: Array<[string, string]> = [
      ['[1]', 'expected object, got array'],
      ['{"memory":{"limit":{}}}', 'memory.limit: expected integer, got object'],
      ['{"cpu":{"shares":"x"}}', 'cpu.shares: expected integer, got string'],
      ['{"blockIO":{"weight":5000}}', 'blockIO.weight: must be between 10 and 1000, got 5000'],
      ['{"memory":', 'invalid JSON at line 1, column 11: unexpected end of input'],
    ];
    for (const [json, problem] of cases) {
      const f = withFile(json);
      expect(() => resourcesFromArgs({ resources: f }), json).toThrow(`${f}: ${problem}`);
    }
  });

  it('a missing file is worded like runc (Go path error)', () => {
    expect(() => resourcesFromArgs({ resources: join(dir, 'none.json') })).toThrow(
      `open ${join(dir, 'none.json')}: no such file or directory`,
    );
  });
});

describe('update flags', () => {
  it('take decimal integers only, as runc (strconv.ParseInt)', () => {
    expect(resourcesFromArgs({ 'pids-limit': '100', 'cpu-share': '+512', 'cpu-quota': '-1' })).toEqual({
      pids: { limit: 100 },
      cpu: { shares: 512, quota: -1 },
    });
    for (const bad of ['1e3', '0x10', '', ' ', '1.5', '99999999999999999999']) {
      expect(() => resourcesFromArgs({ 'pids-limit': bad }), bad).toThrow(`invalid value for --pids-limit: ${JSON.stringify(bad)}`);
    }
  });
});
