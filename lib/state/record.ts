/**
 * The on-disk record of one container (<root>/<id>/state.json).
 *
 * It holds what later commands need without re-reading the bundle (which the
 * caller may have deleted or changed): the init pid and its start time, the
 * namespace and cgroup paths that exec/kill/pause/delete act on, and the few
 * config values `state`/`list` print. Status is *not* stored as truth: it is
 * derived from the live process (see status.ts); `marker` only records the
 * transitions that /proc cannot show (creating, paused).
 */
import { HutchError } from '../errors.js';

/** Bumped on incompatible changes; load() refuses records it does not know. */
const RECORD_VERSION = 1;

interface IdMapping {
  containerID: number;
  hostID: number;
  size: number;
}

/**
 * What the last state-changing command left behind:
 *   creating  create is in progress (creatorPid is the CLI doing it);
 *   created   init is blocked on exec.fifo, waiting for `start`;
 *   running   start has opened the fifo;
 *   paused    the freezer holds the container.
 */
type Marker = 'creating' | 'created' | 'running' | 'paused';

export interface ContainerRecord {
  version: typeof RECORD_VERSION;
  id: string;
  /** Host pid of the container's init (0 until create has cloned it). */
  pid: number;
  /** Field 22 of /proc/<pid>/stat at create time: detects pid reuse. */
  pidStartTime: number;
  /** The process running `create`, for the 'creating' status. */
  creatorPid?: number;
  creatorStartTime?: number;
  /** Absolute bundle path. */
  bundle: string;
  /** Absolute rootfs path (config root.path resolved against the bundle). */
  rootfs: string;
  /** RFC3339Nano, UTC (see time.ts). */
  created: string;
  /** config.json ociVersion, printed by `state` as runc does. */
  ociVersion: string;
  /** `state` prints "" (runc does); `list` computes the owner from the directory's uid. */
  owner: string;
  annotations: Record<string, string>;
  marker: Marker;
  /** True if the container was set up by a rootless runtime (no cgroup writes expected to work). */
  rootless: boolean;
  /** Namespace type (as in config.json: pid, network, mount, ...) → path to join for exec. */
  namespacePaths: Record<string, string>;
  /** cgroup v1 controller (or "" for the v2 unified path) → absolute cgroup directory. */
  cgroupPaths: Record<string, string>;
  uidMappings: IdMapping[];
  gidMappings: IdMapping[];
  /** Room for fields a later module needs before the schema is bumped. */
  extra?: Record<string, unknown>;
}

/** Fills the defaults a fresh record needs; `fields` must carry id, bundle and rootfs. */
export function newRecord(
  fields: Pick<ContainerRecord, 'id' | 'bundle' | 'rootfs' | 'created'> & Partial<ContainerRecord>,
): ContainerRecord {
  return {
    version: RECORD_VERSION,
    pid: 0,
    pidStartTime: 0,
    ociVersion: '',
    owner: '',
    annotations: {},
    marker: 'creating',
    rootless: false,
    namespacePaths: {},
    cgroupPaths: {},
    uidMappings: [],
    gidMappings: [],
    ...fields,
  };
}

const STRINGS = ['id', 'bundle', 'rootfs', 'created', 'ociVersion', 'owner', 'marker'] as const;
const NUMBERS = ['pid', 'pidStartTime'] as const;
const OBJECTS = ['annotations', 'namespacePaths', 'cgroupPaths'] as const;
const MARKERS: readonly string[] = ['creating', 'created', 'running', 'paused'];

/**
 * Parses state.json text into a record, checking the fields other modules
 * rely on; a truncated or foreign file becomes a HutchError (code corrupt-state), never a crash
 * later on. The message names the file, as runc's JSON errors do not.
 */
export function parseRecord(text: string, file: string): ContainerRecord {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch (err) {
    throw new HutchError(`${file}: ${(err as Error).message}`, { code: 'corrupt-state', cause: err });
  }
  const problem = shapeProblem(v);
  if (problem) throw new HutchError(`${file}: ${problem}`, { code: 'corrupt-state' });
  return v as ContainerRecord;
}

function shapeProblem(v: unknown): string | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return 'not a JSON object';
  const r = v as Record<string, unknown>;
  if (r.version !== RECORD_VERSION) return `unsupported record version ${JSON.stringify(r.version)}`;
  for (const k of STRINGS) if (typeof r[k] !== 'string') return `${k}: expected a string`;
  for (const k of NUMBERS) if (!Number.isInteger(r[k])) return `${k}: expected an integer`;
  for (const k of OBJECTS) if (typeof r[k] !== 'object' || r[k] === null) return `${k}: expected an object`;
  if (!MARKERS.includes(r.marker as string)) return `marker: unknown value ${JSON.stringify(r.marker)}`;
  if (!Array.isArray(r.uidMappings) || !Array.isArray(r.gidMappings)) return 'uid/gid mappings: expected arrays';
  return undefined;
}
