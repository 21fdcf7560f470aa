/**
 * What `--debug` says about a container before anything runs: the config
 * read and what was decided from it (namespaces, id maps, mounts, devices,
 * the process, seccomp, cgroups). runc's --debug lines tell how far its
 * init got; hutch decides everything up front, so it says what it decided,
 * then (launch.ts, the verbs) what it does. Each line is one log record at
 * level debug (lib/log.ts decides where it goes: --log, else stderr).
 */
import type { Spec } from '../config/types.js';
import type { InitPlan } from '../plan/container.js';
import type { ProcessPlan } from '../plan/process.js';
import type { IdMapPlan } from '../runner/idmap.js';
import { MS, flagNames } from '../sys/consts.js';
import { NSTYPE_FLAG } from '../sys/consts.js';

export function configLines(spec: Spec, bundle: string, rootfs: string): string[] {
  return [`config: ${bundle}/config.json, ociVersion ${spec.ociVersion}, rootfs ${rootfs}${spec.root?.readonly ? ' (read-only)' : ''}`];
}

export function decisionLines(init: Readonly<InitPlan>, idMaps: IdMapPlan | undefined, cgroupPaths: Record<string, string>): string[] {
  const ns = init.namespaces;
  const created = Object.entries(NSTYPE_FLAG)
    .filter(([name, flag]) => name !== 'user' && (ns.newFlags & flag) !== 0)
    .map(([name]) => name);
  if (ns.newUser) created.unshift('user');
  const lines = [`namespaces: new ${created.join(', ') || 'none'}${ns.join.map((j) => `; join ${j.type} ${j.path}`).join('')}`];
  if (idMaps)
    lines.push(
      `user namespace: uid map ${maps(idMaps.uid)}, gid map ${maps(idMaps.gid)}, written ${idMaps.method === 'helper' ? 'by newuidmap/newgidmap' : 'directly'}, setgroups ${idMaps.setgroups ? 'allowed' : 'denied'}`,
    );
  for (const m of init.mounts ?? []) {
    if (m.kind === 'bind') lines.push(`mount: ${m.what} (${m.recursive ? 'rbind' : 'bind'} of ${m.source}${m.idmap ? ', idmapped' : ''})`);
    else lines.push(`mount: ${m.what}`);
  }
  lines.push(
    `rootfs: ${init.noPivot ? 'move to / (--no-pivot)' : 'pivot_root'}${`, / made ${flagNames(init.rootPropagation.before, MS, 'MS_')}`}${init.rootPropagation.after !== undefined ? ` and ${flagNames(init.rootPropagation.after, MS, 'MS_')} after pivot_root` : ''}${init.readonlyRoot ? ', read-only' : ''}`,
  );
  if (init.devices) lines.push(`devices: ${init.devices.map((d) => d.path).join(' ')}`);
  if (init.maskedPaths.length || init.readonlyPaths.length)
    lines.push(`masked paths: ${init.maskedPaths.join(' ') || 'none'}; read-only paths: ${init.readonlyPaths.join(' ') || 'none'}`);
  lines.push(...processLines(init.process));
  const dirs = [...new Set(Object.values(cgroupPaths))];
  lines.push(`cgroups: ${dirs.length ? dirs.join(' ') : "none (the container stays in the caller's cgroups)"}`);
  return lines;
}

export function processLines(p: ProcessPlan): string[] {
  const lines = [
    `process: args ${JSON.stringify(p.args)}, cwd ${p.cwd}, uid ${p.uid}, gid ${p.gid}, additional gids ${p.setgroupsAllowed ? JSON.stringify(p.additionalGids) : 'inherited'}, umask 0${p.umask.toString(8)}`,
    `process: capabilities effective 0x${p.caps.effective.toString(16)} permitted 0x${p.caps.permitted.toString(16)} bounding ${p.caps.bounding.length} ambient ${p.caps.ambient.length}, no_new_privs ${p.noNewPrivileges}, seccomp ${p.seccomp ? `${p.seccomp.instructions} instructions` : 'none'}${p.terminal ? ', terminal' : ''}`,
    `process: executable looked up among ${JSON.stringify(p.candidates)}`,
  ];
  if (p.execHint) lines.push(`process: if execve fails with errno ${p.execHint.errno}: ${p.execHint.cause}`);
  return lines;
}

function maps(list: readonly { containerID: number; hostID: number; size: number }[]): string {
  return list.map((m) => `${m.containerID}:${m.hostID}:${m.size}`).join(',');
}
