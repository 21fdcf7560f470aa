/**
 * A JSON reader and writer that keep 64-bit integers exact.
 *
 * JSON.parse turns 18446744073709551615 (RLIM_INFINITY, common in
 * config.json) into 2^64, silently. parseJson returns a bigint for any
 * integer literal a number cannot hold exactly, and reports syntax errors
 * with a line and column, which JSON.parse on Node 20 does not.
 */
import { readFileSync } from 'node:fs';
import { ConfigError, HutchError, osError } from '../errors.js';

export class JsonSyntaxError extends HutchError {
  readonly line: number;
  readonly column: number;

  constructor(problem: string, line: number, column: number) {
    super(`invalid JSON at line ${line}, column ${column}: ${problem}`, { code: 'config' });
    this.name = 'JsonSyntaxError';
    this.line = line;
    this.column = column;
  }
}

/** A run of string characters that need no escape handling. */
const PLAIN = /[^"\\\u0000-\u001f]+/y;
const NUMBER = /-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/y;
const ESCAPES: Record<string, string> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

class Reader {
  pos = 0;
  constructor(readonly text: string) {}

  fail(problem: string, at = this.pos): never {
    const before = this.text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new JsonSyntaxError(problem, line, column);
  }

  unexpected(): never {
    if (this.pos >= this.text.length) this.fail('unexpected end of input');
    this.fail(`unexpected character ${JSON.stringify(this.text[this.pos])}`);
  }

  skipSpace(): void {
    while (' \t\n\r'.includes(this.text[this.pos] ?? 'x')) this.pos++;
  }

  expect(ch: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== ch) this.unexpected();
    this.pos++;
  }

  value(): unknown {
    this.skipSpace();
    const ch = this.text[this.pos];
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return this.string();
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return this.number();
    for (const [word, val] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return val;
      }
    }
    return this.unexpected();
  }

  object(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === '}') {
      this.pos++;
      return out;
    }
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] !== '"') this.unexpected();
      const key = this.string();
      this.expect(':');
      // defineProperty, not assignment: a "__proto__" key must stay data.
      Object.defineProperty(out, key, {
        value: this.value(),
        writable: true,
        enumerable: true,
        configurable: true,
      });
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === '}') return out;
      if (next !== ',') {
        this.pos--;
        this.unexpected();
      }
    }
  }

  array(): unknown[] {
    const out: unknown[] = [];
    this.pos++;
    this.skipSpace();
    if (this.text[this.pos] === ']') {
      this.pos++;
      return out;
    }
    for (;;) {
      out.push(this.value());
      this.skipSpace();
      const next = this.text[this.pos++];
      if (next === ']') return out;
      if (next !== ',') {
        this.pos--;
        this.unexpected();
      }
    }
  }

  string(): string {
    let out = '';
    this.pos++;
    for (;;) {
      PLAIN.lastIndex = this.pos;
      if (PLAIN.test(this.text)) {
        out += this.text.slice(this.pos, PLAIN.lastIndex);
        this.pos = PLAIN.lastIndex;
      }
      const ch = this.text[this.pos];
      if (ch === undefined) this.fail('unterminated string');
      if (ch === '"') break;
      if (ch < ' ') this.fail('control character in string');
      out += this.escape();
    }
    this.pos++;
    return out;
  }

  escape(): string {
    const code = this.text[this.pos + 1] ?? '';
    if (code in ESCAPES) {
      this.pos += 2;
      return ESCAPES[code] as string;
    }
    const hex = this.text.slice(this.pos + 2, this.pos + 6);
    if (code !== 'u' || !/^[0-9a-fA-F]{4}$/.test(hex)) this.fail('invalid escape in string');
    this.pos += 6;
    return String.fromCharCode(parseInt(hex, 16));
  }

  number(): number | bigint {
    NUMBER.lastIndex = this.pos;
    const m = NUMBER.exec(this.text);
    if (!m) return this.unexpected();
    this.pos += m[0].length;
    const n = Number(m[0]);
    const isIntegerLiteral = m[1] === undefined && m[2] === undefined;
    return isIntegerLiteral && !Number.isSafeInteger(n) ? BigInt(m[0]) : n;
  }
}

/**
 * Parses JSON text; unsafe integer literals come back as bigint. V8's
 * JSON.parse does the work when every number fits a double exactly (almost
 * every config): it is many times faster and holds one copy of the tree.
 * Only a text with an integer beyond 2^53, or a syntax error (whose line
 * and column JSON.parse does not give), goes through the reader above.
 */
export function parseJson(text: string): unknown {
  let exact = true;
  try {
    const value = JSON.parse(text, (_key, v: unknown) => {
      if (typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v)) exact = false;
      return v;
    });
    if (exact) return value;
  } catch {
    // fall through: the reader reports the error with its position
  }
  return parseExactly(text);
}

function parseExactly(text: string): unknown {
  const reader = new Reader(text);
  const value = reader.value();
  reader.skipSpace();
  if (reader.pos < text.length) reader.unexpected();
  return value;
}

/**
 * Serializes like Go's json.MarshalIndent(v, "", "\t"), which is what
 * `runc spec` writes: bigints as plain digits, <, > and & escaped.
 */
export function stringifyJson(value: unknown, indent = '\t'): string {
  return write(value, indent, '');
}

function write(value: unknown, indent: string, pad: string): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') {
    return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, goEscape);
  }
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    const inner = pad + indent;
    const items = value.map((v) => inner + write(v ?? null, indent, inner));
    return `[\n${items.join(',\n')}\n${pad}]`;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    if (entries.length === 0) return '{}';
    const inner = pad + indent;
    const items = entries.map(([k, v]) => `${inner}${write(k, indent, inner)}: ${write(v, indent, inner)}`);
    return `{\n${items.join(',\n')}\n${pad}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

function goEscape(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * A JSON file the caller names on the command line (exec --process, update
 * --resources; fd 0 for "-"), checked by one of the config's parsers. Errors
 * name that file, not config.json: "p.json: args: expected array, got number".
 */
export function parseJsonFile<T>(source: string | 0, name: string, parse: (v: unknown, path: string) => T): T {
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (err) {
    throw osError(err, 'open', name);
  }
  try {
    return parse(parseJson(text), '');
  } catch (err) {
    if (err instanceof ConfigError)
      throw new HutchError(`${name}: ${err.path ? `${err.path}: ` : ''}${err.problem}`, { code: 'config', cause: err });
    if (err instanceof HutchError) throw new HutchError(`${name}: ${err.message}`, { code: 'config', cause: err });
    throw err;
  }
}
