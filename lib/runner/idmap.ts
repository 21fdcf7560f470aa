import { writeFileSync } from 'node:fs';
import type { Spec, LinuxIDMapping } from '../config/types.js';
import type { HostFacts } from '../host.js';
import { HutchError } from '../errors.js';

export interface IdMapPlan {
  uid: LinuxIDMapping[];
  gid: LinuxIDMapping[];
  /**
   * direct: write /proc/PID/{uid,gid}_map ourselves (root, or one id of our own);
   * helper: newuidmap/newgidmap, which check /etc/subuid and /etc/subgid.
   */
  method: 'direct' | 'helper';
  /** Whether setgroups(2) stays allowed in the new namespace. */
  setgroups: boolean;
}

export function planIdMaps(spec: Spec, host: HostFacts): IdMapPlan {
  const uid = spec.linux?.uidMappings ?? [];
  const gid = spec.linux?.gidMappings ?? [];
  if (uid.length === 0)
    throw new HutchError('config.json: linux.uidMappings: user namespaces enabled, but no uid mappings found', { code: 'config' });
  if (gid.length === 0)
    throw new HutchError('config.json: linux.gidMappings: user namespaces enabled, but no gid mappings found', { code: 'config' });
  if (host.euid === 0) return { uid, gid, method: 'direct', setgroups: true };
  const own = (m: LinuxIDMapping[], id: number) => m.length === 1 && m[0]!.hostID === id && m[0]!.size === 1;
  // An unprivileged process may map its own uid and gid, once, and only with setgroups denied.
  if (own(uid, host.euid) && own(gid, host.egid)) return { uid, gid, method: 'direct', setgroups: false };
  return { uid, gid, method: 'helper', setgroups: true };
}

const render = (m: LinuxIDMapping[]) => m.map((e) => `${e.containerID} ${e.hostID} ${e.size}`).join('\n') + '\n';

export async function applyIdMaps(pid: number, plan: IdMapPlan): Promise<void> {
  if (plan.method === 'direct') {
    if (!plan.setgroups) writeProc(pid, 'setgroups', 'deny');
    writeProc(pid, 'uid_map', render(plan.uid));
    writeProc(pid, 'gid_map', render(plan.gid));
    return;
  }
  // node:child_process costs several ms to load: only this path needs it.
  const { spawnSync } = await import('node:child_process');
  runHelper(spawnSync, 'newuidmap', pid, plan.uid);
  runHelper(spawnSync, 'newgidmap', pid, plan.gid);
}

function writeProc(pid: number, file: string, text: string): void {
  try {
    writeFileSync(`/proc/${pid}/${file}`, text);
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    throw new HutchError(
      `write /proc/${pid}/${file} (${text.trim().replace(/\n/g, ', ')}): ${e.code === 'EPERM' ? 'operation not permitted' : e.message}`,
      { code: 'start-failed' },
    );
  }
}

function runHelper(
  spawnSync: typeof import('node:child_process').spawnSync,
  tool: 'newuidmap' | 'newgidmap',
  pid: number,
  maps: LinuxIDMapping[],
): void {
  const args = [String(pid), ...maps.flatMap((m) => [String(m.containerID), String(m.hostID), String(m.size)])];
  const r = spawnSync(tool, args, { encoding: 'utf8' });
  if (r.error) {
    const missing = (r.error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new HutchError(
      missing
        ? `${tool} not found: install the uidmap package to map id ranges from /etc/sub${tool === 'newuidmap' ? 'uid' : 'gid'}`
        : `${tool}: ${r.error.message}`,
      { code: 'start-failed' },
    );
  }
  if (r.status !== 0)
    throw new HutchError(`${tool} ${args.join(' ')} failed: ${(r.stderr || r.stdout).trim() || `exit status ${r.status}`}`, {
      code: 'start-failed',
    });
}
