/**
 * JSON text byte-compatible with Go's encoding/json, so `state` and `list`
 * print what runc prints. Differences from JSON.stringify that matter here:
 *   - Go escapes <, > and & as \u003c, \u003e, \u0026 (HTML-safe default),
 *     and U+2028 / U+2029 as \u2028 / \u2029;
 *   - control characters other than \n \r \t are \u00XX (Go 1.19, which
 *     built the runc we compare with, has no \b or \f short forms);
 *   - map keys are sorted by their UTF-8 bytes;
 *   - MarshalIndent puts `"key": value` and empty objects/arrays as {} / [].
 * Plain objects are emitted in insertion order (Go struct field order);
 * values wrapped with goMap() are emitted with sorted keys (Go maps).
 */

const MAP = Symbol('goMap');

export type GoValue = string | number | boolean | null | GoValue[] | { [key: string]: GoValue | undefined } | GoMap;

export interface GoMap {
  [MAP]: Record<string, GoValue>;
}

/** Marks a record as a Go map: its keys are sorted on output. */
export function goMap(entries: Record<string, GoValue>): GoMap {
  return { [MAP]: entries };
}

export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || ch === '<' || ch === '>' || ch === '&' || c === 0x2028 || c === 0x2029) {
      out += '\\u' + c.toString(16).padStart(4, '0');
    } else if (c >= 0xd800 && c <= 0xdfff) {
      out += '\\ufffd'; // a lone surrogate is invalid UTF-8: Go writes U+FFFD
    } else out += ch;
  }
  return out + '"';
}

function byUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

function entriesOf(v: object): [string, GoValue][] {
  if (MAP in v) {
    const m = (v as GoMap)[MAP];
    return Object.keys(m)
      .sort(byUtf8)
      .map((k) => [k, m[k]!]);
  }
  return Object.entries(v).filter((e): e is [string, GoValue] => e[1] !== undefined);
}

/**
 * Go's json.Marshal (indent "") or json.MarshalIndent(v, "", indent).
 * No trailing newline: json.Encoder.Encode adds one, Marshal does not.
 */
export function goJson(v: GoValue, indent = '', level = 0): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  const isArray = Array.isArray(v);
  const items: string[] = isArray
    ? v.map((x) => goJson(x, indent, level + 1))
    : entriesOf(v).map(([k, x]) => `${goQuote(k)}:${indent ? ' ' : ''}${goJson(x, indent, level + 1)}`);
  const [open, close] = isArray ? ['[', ']'] : ['{', '}'];
  if (items.length === 0) return open + close;
  if (!indent) return open + items.join(',') + close;
  const pad = '\n' + indent.repeat(level + 1);
  return open + pad + items.join(',' + pad) + '\n' + indent.repeat(level) + close;
}
