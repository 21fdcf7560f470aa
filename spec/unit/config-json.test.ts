import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJson, stringifyJson } from '../../lib/config/index.js';

describe('parseJson', () => {
  it('parses what JSON.parse parses', () => {
    const text = '{"a":[1,-2.5,3e2,true,false,null,"x\\n\\u00e9\\ud83d\\ude00"],"b":{},"c":[]}';
    expect(parseJson(text)).toEqual(JSON.parse(text));
  });

  it('keeps integers beyond 2^53 exact as bigint and small ones as numbers', () => {
    expect(parseJson('[18446744073709551615, 9007199254740991, 9007199254740992, -9223372036854775808]')).toEqual([
      18446744073709551615n,
      9007199254740991,
      9007199254740992n,
      -9223372036854775808n,
    ]);
  });

  it('leaves non-integer literals as numbers', () => {
    expect(parseJson('[1.0, 1e400, 2E-3]')).toEqual([1, Infinity, 0.002]);
  });

  it('keeps a "__proto__" key as data', () => {
    const o = parseJson('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
    expect(Object.keys(o)).toEqual(['__proto__']);
  });

  it('takes the last of duplicate keys, like Go', () => {
    expect(parseJson('{"a":1,"a":2}')).toEqual({ a: 2 });
  });

  it.each([
    ['{"a": 1,}', 1, 9, 'unexpected character "}"'],
    ['{\n  "a": tru\n}', 2, 8, 'unexpected character "t"'],
    ['[1, 2', 1, 6, 'unexpected end of input'],
    ['{"a": "b\nc"}', 1, 9, 'control character in string'],
    ['"\\x"', 1, 2, 'invalid escape in string'],
    ['{} {}', 1, 4, 'unexpected character "{"'],
    ['', 1, 1, 'unexpected end of input'],
    ['\ufeff{}', 1, 1, 'unexpected character "\ufeff"'],
    ['[01]', 1, 3, 'unexpected character "1"'],
  ])('reports %j at line %i, column %i', (text, line, column, problem) => {
    let err: unknown;
    try {
      parseJson(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(JsonSyntaxError);
    expect(err).toMatchObject({ line, column, message: `invalid JSON at line ${line}, column ${column}: ${problem}` });
  });
});

describe('stringifyJson', () => {
  it('matches JSON.stringify with tabs for plain data', () => {
    const v = { a: [1, 'x', { b: null, c: [] }], d: {}, e: true };
    expect(stringifyJson(v)).toBe(JSON.stringify(v, null, '\t'));
  });

  it('writes bigints as digits and omits undefined fields', () => {
    expect(stringifyJson({ n: 2n ** 64n - 1n, u: undefined })).toBe('{\n\t"n": 18446744073709551615\n}');
  });

  it('escapes <, > and & as Go does', () => {
    expect(stringifyJson('a<b>&c')).toBe('"a\\u003cb\\u003e\\u0026c"');
  });

  it('round-trips through parseJson', () => {
    const v = { rl: [{ hard: 2n ** 64n - 1n, soft: 5 }], s: 'é"\\' };
    expect(parseJson(stringifyJson(v))).toEqual(v);
  });
});
