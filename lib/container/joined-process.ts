/**
 * The plan of a process that joins a running container with the
 * container's own restrictions: `exec`, and the startContainer hooks (runc
 * runs those inside its init, after the switch to the process's user and
 * under its seccomp filter, with its environment).
 */
import { readFileSync } from 'node:fs';
import type { Process, Spec } from '../config/types.js';
import type { ContainerRecord } from '../state/record.js';
import type { ProcessPlan } from '../plan/process.js';
import { hostArch } from '../sys/arch.js';
import { hostLastCap } from '../config/capabilities.js';
import { processPlan } from './decide.js';
import { compileProfile } from './seccomp.js';
import { imageView } from './exec-diagnosis.js';

export async function joinedProcessPlan(
  record: ContainerRecord,
  spec: Spec,
  proc: Process,
  preserveFds: number,
  warnings: string[],
): Promise<ProcessPlan> {
  // runc applies the container's seccomp profile to exec'd processes too.
  const seccomp = await compileProfile(spec.linux?.seccomp, hostArch(), warnings);
  const image = await imageView(record.rootfs);
  try {
    return processPlan(
      {
        process: proc,
        rootfs: record.rootfs,
        lastCap: hostLastCap(),
        extraEnv: [],
        preserveFds,
        sessionKeyring: undefined,
        setgroupsAllowed: setgroupsAllowed(record.pid),
        rootlessEuid: process.geteuid!() !== 0,
        seccomp,
        arch: hostArch(),
        image: image?.view,
      },
      warnings,
    );
  } finally {
    image?.close();
  }
}

function setgroupsAllowed(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/setgroups`, 'utf8').trim() !== 'deny';
  } catch {
    return true;
  }
}
