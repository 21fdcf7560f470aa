/** v1 controllers with little or nothing to configure: net_cls, net_prio, rdma, and join-only ones. */
import { writeCgroupFile } from '../fs.js';
import type { LinuxResources } from '../types.js';
import type { V1Controller } from './controller.js';

export const netClsController: V1Controller = {
  name: 'net_cls',
  wanted: (r) => !!r.network?.classID,
  set(dir, r) {
    if (r.network?.classID) writeCgroupFile(dir, 'net_cls.classid', String(r.network.classID));
  },
};

export const netPrioController: V1Controller = {
  name: 'net_prio',
  wanted: (r) => (r.network?.priorities?.length ?? 0) > 0,
  set(dir, r) {
    for (const p of r.network?.priorities ?? []) writeCgroupFile(dir, 'net_prio.ifpriomap', `${p.name} ${p.priority}`);
  },
};

/** rdma.max lines, shared by v1 and v2: "mlx4_0 hca_handle=2 hca_object=2000". */
export function rdmaLines(r: LinuxResources): string[] {
  return Object.entries(r.rdma ?? {})
    .map(([dev, l]) => {
      const parts = [dev];
      if (l.hcaHandles !== undefined) parts.push(`hca_handle=${l.hcaHandles}`);
      if (l.hcaObjects !== undefined) parts.push(`hca_object=${l.hcaObjects}`);
      return parts.join(' ');
    })
    .filter((l) => l.includes('='));
}

export const rdmaController: V1Controller = {
  name: 'rdma',
  wanted: (r) => rdmaLines(r).length > 0,
  set(dir, r) {
    for (const line of rdmaLines(r)) writeCgroupFile(dir, 'rdma.max', line);
  },
};

/** Hierarchies a container joins without configuring anything. */
export function joinOnly(name: string): V1Controller {
  return { name, wanted: () => false, set() {} };
}
