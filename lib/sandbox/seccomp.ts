/**
 * The sandbox's seccomp profile: podman's default (containers-common's
 * seccomp.json, stored beside this file), filtered as podman filters it for
 * a container (containers/common pkg/seccomp setupSeccomp): the host's
 * architecture and its sub-architectures, and the entries whose
 * `includes`/`excludes` match the container's capabilities. A sandbox has
 * none, so the entries granted by a capability (chroot, bpf, ...) are left
 * out and their "denied without the capability" twins are in.
 */
import type { LinuxSeccomp, LinuxSyscall } from '../config/types.js';
import type { Arch } from '../sys/arch.js';
import containersProfile from './podman-seccomp.json' with { type: 'json' };
import { SANDBOX_BPF } from './seccomp-bpf.js';
import { rememberCompiled } from '../container/seccomp.js';

interface EngineEntry {
  names?: string[];
  name?: string;
  action: string;
  errnoRet?: number;
  args?: LinuxSyscall['args'] | null;
  includes?: { arches?: string[]; caps?: string[] } | null;
  excludes?: { arches?: string[]; caps?: string[] } | null;
}

interface EngineProfile {
  defaultAction: string;
  defaultErrnoRet?: number;
  archMap?: { architecture: string; subArchitectures?: string[] | null }[];
  syscalls: EngineEntry[];
}

const GOARCH: Readonly<Record<Arch, string>> = { x86_64: 'amd64', aarch64: 'arm64' };
const SCMP_ARCH: Readonly<Record<Arch, string>> = { x86_64: 'SCMP_ARCH_X86_64', aarch64: 'SCMP_ARCH_AARCH64' };

function wanted(e: EngineEntry, goarch: string, caps: readonly string[]): boolean {
  const inc = e.includes ?? {};
  const exc = e.excludes ?? {};
  if (exc.arches?.includes(goarch)) return false;
  if (exc.caps?.some((c) => caps.includes(c))) return false;
  if (inc.arches?.length && !inc.arches.includes(goarch)) return false;
  if (inc.caps?.some((c) => !caps.includes(c))) return false;
  return true;
}

/** containers-common's profile as the OCI linux.seccomp podman hands a runtime for `arch` and `caps`. */
export function podmanProfile(
  arch: Arch,
  caps: readonly string[] = [],
  source: EngineProfile = containersProfile as EngineProfile,
): LinuxSeccomp {
  const goarch = GOARCH[arch];
  const native = SCMP_ARCH[arch];
  const map = source.archMap?.find((m) => m.architecture === native);
  const syscalls: LinuxSyscall[] = source.syscalls
    .filter((e) => wanted(e, goarch, caps))
    .map((e) => ({
      names: [...(e.names ?? []), ...(e.name ? [e.name] : [])],
      action: e.action as LinuxSyscall['action'],
      ...(e.errnoRet !== undefined && e.errnoRet !== null ? { errnoRet: e.errnoRet } : {}),
      ...(e.args?.length ? { args: e.args } : {}),
    }));
  return {
    defaultAction: source.defaultAction as LinuxSeccomp['defaultAction'],
    ...(source.defaultErrnoRet !== undefined ? { defaultErrnoRet: source.defaultErrnoRet } : {}),
    architectures: map ? [native, ...(map.subArchitectures ?? [])] : [],
    syscalls,
  } as LinuxSeccomp;
}

const profiles = new Map<Arch, LinuxSeccomp>();

/**
 * The profile of a sandbox (no capabilities), made once per architecture
 * and frozen, with its BPF compiled ahead of time (seccomp-bpf.ts, checked
 * against a fresh compile by spec/unit/sandbox-seccomp.test.ts): compiling
 * it costs ~25 ms, more than the rest of a sandbox's start.
 */
export function sandboxProfile(arch: Arch): LinuxSeccomp {
  let p = profiles.get(arch);
  if (!p) {
    p = deepFreeze(podmanProfile(arch, []));
    const bpf = SANDBOX_BPF[arch];
    rememberCompiled(p, arch, {
      program: Buffer.from(bpf.program, 'base64'),
      instructions: bpf.instructions,
      flags: bpf.flags,
      listener: false,
    });
    profiles.set(arch, p);
  }
  return p;
}

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) deepFreeze(x);
  }
  return v;
}
