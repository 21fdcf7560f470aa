import { describe, expect, it } from 'vitest';
import { formatState, listJson, listQuiet, listTable, ociState, tabwrite, type OciState } from '../../lib/state/format.js';
import { goJson, goMap, goQuote } from '../../lib/state/gojson.js';
import { newRecord } from '../../lib/state/record.js';
import { nowNs, rfc3339Nano } from '../../lib/state/time.js';

// Captured from runc 1.1.5 on this machine (see the runc comparison test for a live check).
const RUNC_STATE = `{
  "ociVersion": "1.0.2-dev",
  "id": "hx3",
  "pid": 7547,
  "status": "created",
  "bundle": "/tmp/sb",
  "rootfs": "/tmp/sb/rootfs",
  "created": "2026-11-29T21:23:42.494310284Z",
  "annotations": {
    "a.k": "v1",
    "b.k": "v2",
    "org.x": "y z"
  },
  "owner": ""
}`;

const RUNC_TABLE =
  'ID                                              PID         STATUS      BUNDLE      CREATED                          OWNER\n' +
  'abcdefghijklmnopqrstuvwxyz-long-id-0123456789   7562        created     /tmp/sb     2026-11-29T21:23:42.550382581Z   root\n' +
  'hx3                                             0           stopped     /tmp/sb     2026-11-29T21:23:42.494310284Z   root\n';

function record(id: string, pid: number, created: string, annotations: Record<string, string> = {}) {
  return newRecord({
    id,
    pid,
    pidStartTime: 1,
    bundle: '/tmp/sb',
    rootfs: '/tmp/sb/rootfs',
    created,
    ociVersion: '1.0.2-dev',
    annotations,
  });
}

describe('state output', () => {
  it("matches runc's bytes, annotations sorted and placed before owner", () => {
    const r = record('hx3', 7547, '2026-11-29T21:23:42.494310284Z', { 'b.k': 'v2', 'org.x': 'y z', 'a.k': 'v1' });
    expect(formatState(ociState(r, 'created'))).toBe(RUNC_STATE);
  });

  it('omits empty annotations and prints pid 0 when stopped', () => {
    const s = formatState(ociState(record('x', 42, '2026-11-29T21:23:08.833400042Z'), 'stopped'));
    expect(s).toBe(`{
  "ociVersion": "1.0.2-dev",
  "id": "x",
  "pid": 0,
  "status": "stopped",
  "bundle": "/tmp/sb",
  "rootfs": "/tmp/sb/rootfs",
  "created": "2026-11-29T21:23:08.833400042Z",
  "owner": ""
}`);
    const parsed = JSON.parse(s) as OciState;
    expect(Object.keys(parsed)).toEqual(['ociVersion', 'id', 'pid', 'status', 'bundle', 'rootfs', 'created', 'owner']);
  });
});

describe('list output', () => {
  const rows = [
    ociState(record('abcdefghijklmnopqrstuvwxyz-long-id-0123456789', 7562, '2026-11-29T21:23:42.550382581Z'), 'created', 'root'),
    ociState(record('hx3', 7547, '2026-11-29T21:23:42.494310284Z'), 'stopped', 'root'),
  ];

  it("prints runc's tabwriter table", () => {
    expect(listTable(rows)).toBe(RUNC_TABLE);
  });

  it('prints only the header when empty', () => {
    expect(listTable([])).toBe('ID          PID         STATUS      BUNDLE      CREATED     OWNER\n');
  });

  it('prints JSON like json.Encoder: one line, newline, null when empty', () => {
    expect(listJson([])).toBe('null\n');
    expect(listJson(rows)).toBe(
      '[{"ociVersion":"1.0.2-dev","id":"abcdefghijklmnopqrstuvwxyz-long-id-0123456789","pid":7562,"status":"created","bundle":"/tmp/sb","rootfs":"/tmp/sb/rootfs","created":"2026-11-29T21:23:42.550382581Z","owner":"root"},' +
        '{"ociVersion":"1.0.2-dev","id":"hx3","pid":0,"status":"stopped","bundle":"/tmp/sb","rootfs":"/tmp/sb/rootfs","created":"2026-11-29T21:23:42.494310284Z","owner":"root"}]\n',
    );
  });

  it('prints ids only with -q', () => {
    expect(listQuiet(rows)).toBe('abcdefghijklmnopqrstuvwxyz-long-id-0123456789\nhx3\n');
    expect(listQuiet([])).toBe('');
  });

  it('counts code points, not UTF-16 units, for column widths', () => {
    expect(
      tabwrite(
        [
          ['ä😀', 'x'],
          ['abcdefghijkl', 'y'],
        ],
        { minWidth: 2, padding: 1 },
      ),
    ).toBe('ä😀           x\nabcdefghijkl y\n');
  });
});

describe('Go-compatible JSON', () => {
  it("escapes like Go's encoding/json", () => {
    expect(goQuote('<a&b>')).toBe('"\\u003ca\\u0026b\\u003e"');
    expect(goQuote('\b\f\u0001\n\t\r"\\')).toBe('"\\u0008\\u000c\\u0001\\n\\t\\r\\"\\\\"');
    expect(goQuote('\u2028\u2029é😀')).toBe('"\\u2028\\u2029é😀"');
    expect(goQuote('\ud800')).toBe('"\\ufffd"');
  });

  it('sorts Go map keys by bytes and keeps struct order', () => {
    expect(goJson({ z: 1, a: goMap({ b: 'x', B: 'y', é: 'z', a: '1' }) })).toBe('{"z":1,"a":{"B":"y","a":"1","b":"x","é":"z"}}');
    expect(goJson({ a: [], b: {}, c: null }, '  ')).toBe('{\n  "a": [],\n  "b": {},\n  "c": null\n}');
  });
});

describe('RFC3339Nano', () => {
  it('trims trailing zeros like Go', () => {
    expect(rfc3339Nano(1_764_451_388_833_400_042n)).toBe('2025-11-29T21:23:08.833400042Z');
    expect(rfc3339Nano(1_764_451_388_830_000_000n)).toBe('2025-11-29T21:23:08.83Z');
    expect(rfc3339Nano(1_764_451_388_000_000_000n)).toBe('2025-11-29T21:23:08Z');
    expect(rfc3339Nano(new Date('2026-01-02T03:04:05.100Z'))).toBe('2026-01-02T03:04:05.1Z');
  });

  it('stamps the current time with sub-millisecond digits, monotonically', () => {
    const a = nowNs();
    const b = nowNs();
    expect(b >= a).toBe(true);
    const text = rfc3339Nano();
    expect(Math.abs(Date.parse(text) - Date.now())).toBeLessThan(1000);
    expect(text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{1,9})?Z$/);
  });
});
