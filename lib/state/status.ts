/**
 * A container's status, computed from the live process each time, as runc's
 * refreshState()/runType() do: the record says what was started, /proc says
 * whether it is still there.
 *
 *   stopped   init is gone, a zombie, or its pid now names another process
 *             (start time differs); also a create whose creator died;
 *   creating  create is still in progress and its process is alive;
 *   paused    the record says paused (the freezer is the lead's to consult);
 *   created   exec.fifo still exists: init is blocked in it until `start`;
 *   running   otherwise.
 *
 * runc checks the freezer before liveness; we check liveness first so that a
 * stale 'paused' marker on a dead container reads as stopped, not paused.
 */
import { existsSync } from 'node:fs';
import type { ContainerRecord } from './record.js';
import { isAlive } from './process.js';

export type ContainerStatus = 'creating' | 'created' | 'running' | 'paused' | 'stopped';

/** The host facts status depends on; the default reads /proc and the filesystem. */
export interface StatusProbe {
  isAlive: (pid: number, startTime?: number) => boolean;
  exists: (path: string) => boolean;
}

const realProbe: StatusProbe = { isAlive, exists: existsSync };

export function containerStatus(record: ContainerRecord, fifoPath: string, probe: StatusProbe = realProbe): ContainerStatus {
  if (record.marker === 'creating') return creatingStatus(record, fifoPath, probe);
  if (!initAlive(record, probe)) return 'stopped';
  if (record.marker === 'paused') return 'paused';
  if (probe.exists(fifoPath)) return 'created';
  return 'running';
}

/**
 * While the marker says creating: the creator may have crashed (stopped, so
 * `delete` cleans up), or may have cloned init already but not yet saved the
 * final marker; its pid then counts only once init is alive.
 */
function creatingStatus(record: ContainerRecord, fifoPath: string, probe: StatusProbe): ContainerStatus {
  const creator = record.creatorPid;
  if (creator !== undefined && creator > 0 && probe.isAlive(creator, record.creatorStartTime)) return 'creating';
  if (record.pid > 0 && initAlive(record, probe)) return probe.exists(fifoPath) ? 'created' : 'running';
  return 'stopped';
}

function initAlive(record: ContainerRecord, probe: StatusProbe): boolean {
  return record.pid > 0 && probe.isAlive(record.pid, record.pidStartTime);
}

/** The pid `state`/`list` print: runc reports 0 for a stopped container. */
export function displayPid(record: ContainerRecord, status: ContainerStatus): number {
  return status === 'stopped' ? 0 : record.pid;
}
