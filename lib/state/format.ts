/**
 * What `state` and `list` print, byte for byte as runc 1.1 prints it:
 *
 *   state        json.MarshalIndent(v, "", "  "), no trailing newline;
 *   list -f json json.NewEncoder().Encode(list): one line plus "\n", and
 *                "null\n" when there are no containers (a nil Go slice);
 *   list         a text/tabwriter table (minwidth 12, padding 3, spaces);
 *   list -q      one id per line.
 *
 * Field order is runc's containerState struct: ociVersion, id, pid, status,
 * bundle, rootfs, created, annotations (omitted when empty), owner. `state`
 * leaves owner "" (runc never fills it there); `list` fills it from the
 * container directory's uid.
 */
import { goJson, goMap, type GoValue } from './gojson.js';
import type { ContainerRecord } from './record.js';
import { displayPid, type ContainerStatus } from './status.js';

export interface OciState {
  ociVersion: string;
  id: string;
  pid: number;
  status: ContainerStatus;
  bundle: string;
  rootfs: string;
  created: string;
  annotations?: Record<string, string>;
  owner: string;
}

export function ociState(record: ContainerRecord, status: ContainerStatus, owner = ''): OciState {
  const state: OciState = {
    ociVersion: record.ociVersion,
    id: record.id,
    pid: displayPid(record, status),
    status,
    bundle: record.bundle,
    rootfs: record.rootfs,
    created: record.created,
    owner,
  };
  if (Object.keys(record.annotations).length > 0) state.annotations = { ...record.annotations };
  return state;
}

/** runc's struct field order, with annotations as a Go map (sorted keys). */
function toGo(s: OciState): GoValue {
  return {
    ociVersion: s.ociVersion,
    id: s.id,
    pid: s.pid,
    status: s.status,
    bundle: s.bundle,
    rootfs: s.rootfs,
    created: s.created,
    annotations: s.annotations && Object.keys(s.annotations).length > 0 ? goMap(s.annotations) : undefined,
    owner: s.owner,
  };
}

/** `runc state` output (no trailing newline, as runc writes it). */
export function formatState(state: OciState): string {
  return goJson(toGo(state), '  ');
}

/** `runc list --format json` output, newline included. */
export function listJson(rows: OciState[]): string {
  return rows.length === 0 ? 'null\n' : goJson(rows.map(toGo)) + '\n';
}

/** `runc list -q` output. */
export function listQuiet(rows: Pick<OciState, 'id'>[]): string {
  return rows.map((r) => `${r.id}\n`).join('');
}

/** `runc list` output: the table, header always present. */
export function listTable(rows: OciState[]): string {
  const lines = [['ID', 'PID', 'STATUS', 'BUNDLE', 'CREATED', 'OWNER']];
  for (const r of rows) lines.push([r.id, String(r.pid), r.status, r.bundle, r.created, r.owner]);
  return tabwrite(lines, { minWidth: 12, padding: 3 });
}

/**
 * Go's text/tabwriter for lines that all have the same number of cells and
 * flags 0: every cell but the last on a line is padded with spaces to the
 * column's width, max(minWidth, widest cell + padding). The last cell is
 * text after the final tab, which tabwriter never pads. Width counts code
 * points, as tabwriter counts UTF-8 runes.
 */
export function tabwrite(lines: string[][], opts: { minWidth: number; padding: number }): string {
  const cols = Math.max(0, ...lines.map((l) => l.length - 1));
  const widths: number[] = [];
  for (let c = 0; c < cols; c++) {
    const widest = Math.max(0, ...lines.map((l) => (c < l.length - 1 ? runeCount(l[c]!) : 0)));
    widths.push(Math.max(opts.minWidth, widest + opts.padding));
  }
  return lines
    .map((l) => l.map((cell, c) => (c < l.length - 1 ? cell + ' '.repeat(widths[c]! - runeCount(cell)) : cell)).join('') + '\n')
    .join('');
}

function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}
