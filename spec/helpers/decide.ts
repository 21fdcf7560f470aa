/**
 * decide()'s input for unit tests that read a decision or a plan without
 * running anything: a fresh bundle with an empty rootfs that the test fills
 * (`prepare`), on a host described by HostFacts (root unless given).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DecideInput, Decision } from '../../lib/container/decide.js';
import type { Spec } from '../../lib/config/types.js';
import type { HostFacts } from '../../lib/host.js';
import { buildInitPlan, fakeFds } from '../../lib/plan/container.js';
import { describePlan } from '../../lib/plan/describe.js';

export const ROOT_HOST: HostFacts = { euid: 0, egid: 0, inUserns: false, lastCap: 40, hasKcore: true };
export const USER_HOST: HostFacts = { euid: 1000, egid: 1000, inUserns: false, lastCap: 40, hasKcore: true };

export interface InputOptions {
  host?: HostFacts;
  /** Fills the rootfs (and the bundle) before deciding. */
  prepare?: (rootfs: string, bundle: string) => void;
  seccomp?: DecideInput['seccomp'];
}

export function decideInput(spec: Spec, o: InputOptions = {}): DecideInput {
  const bundle = mkdtempSync(join(tmpdir(), 'hutch-decide-'));
  const rootfs = join(bundle, 'rootfs');
  mkdirSync(rootfs);
  o.prepare?.(rootfs, bundle);
  return {
    id: 'c1',
    spec,
    bundle,
    rootfs,
    arch: 'x86_64',
    host: o.host ?? ROOT_HOST,
    cgroupHierarchies: [],
    preserveFds: 0,
    noPivot: false,
    noNewKeyring: false,
    seccomp: o.seccomp,
  };
}

/** An /etc/passwd with root alone, as most images have. */
export function rootPasswd(rootfs: string): void {
  mkdirSync(join(rootfs, 'etc'), { recursive: true });
  writeFileSync(join(rootfs, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\n');
}

/** The plan of a decision for run (create: false) as its text, with placeholder fds. */
export function decisionPlan(d: Decision, create = false): string {
  return describePlan(buildInitPlan(d.init, fakeFds(d.init, create)).builder, 't');
}
