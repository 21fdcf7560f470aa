/**
 * The runtime-spec "features" document (features.md, features-linux.md) that
 * `hutch features` prints. This module only shapes it: what the runtime
 * supports is the caller's description, not something decided here.
 *
 * Shaping follows runtime-spec's Go bindings (specs-go/features), which runc
 * prints: fields in struct order, and Go's `omitempty`: an absent value, an
 * empty list and an empty map are left out; a present sub-object is kept
 * even when empty (runc prints "apparmor": {}).
 *
 * What the host lets this caller do with cgroups is probed at run time
 * (hostCgroupAnnotations): linux.cgroup.v1/v2 say what the runtime supports,
 * as the spec defines them, so the host's facts go into annotations.
 */
import type { CgroupSupport } from './cgroups/support.js';
import { rootlessCgroups, type RuntimeContext } from './context.js';

/** Every field optional: undefined means "unknown" and is left out. */
export interface FeaturesDescription {
  ociVersionMin?: string;
  ociVersionMax?: string;
  hooks?: readonly string[];
  mountOptions?: readonly string[];
  linux?: {
    namespaces?: readonly string[];
    capabilities?: readonly string[];
    cgroup?: { v1?: boolean; v2?: boolean; systemd?: boolean; systemdUser?: boolean; rdma?: boolean };
    seccomp?: {
      enabled?: boolean;
      actions?: readonly string[];
      operators?: readonly string[];
      archs?: readonly string[];
      knownFlags?: readonly string[];
      supportedFlags?: readonly string[];
    };
    apparmor?: { enabled?: boolean };
    selinux?: { enabled?: boolean };
    intelRdt?: { enabled?: boolean; schemata?: boolean };
    mountExtensions?: { idmap?: { enabled?: boolean } };
    netDevices?: { enabled?: boolean };
  };
  annotations?: Readonly<Record<string, string>>;
  potentiallyUnsafeConfigAnnotations?: readonly string[];
}

type Json = string | boolean | string[] | Record<string, string> | JsonObject;
export interface JsonObject {
  [key: string]: Json;
}

/** Builds the features document: a plain, JSON-ready object in spec order. */
export function buildFeatures(d: FeaturesDescription): JsonObject {
  const l = d.linux;
  return pick({
    ociVersionMin: d.ociVersionMin || undefined,
    ociVersionMax: d.ociVersionMax || undefined,
    hooks: list(d.hooks),
    mountOptions: list(d.mountOptions),
    linux:
      l &&
      pick({
        namespaces: list(l.namespaces),
        capabilities: list(l.capabilities),
        cgroup: l.cgroup && pickBools(l.cgroup, ['v1', 'v2', 'systemd', 'systemdUser', 'rdma']),
        seccomp: l.seccomp && buildSeccomp(l.seccomp),
        apparmor: l.apparmor && pickBools(l.apparmor, ['enabled']),
        selinux: l.selinux && pickBools(l.selinux, ['enabled']),
        intelRdt: l.intelRdt && pickBools(l.intelRdt, ['enabled', 'schemata']),
        mountExtensions: l.mountExtensions && pick({ idmap: l.mountExtensions.idmap && pickBools(l.mountExtensions.idmap, ['enabled']) }),
        netDevices: l.netDevices && pickBools(l.netDevices, ['enabled']),
      }),
    annotations: d.annotations && Object.keys(d.annotations).length > 0 ? sortedMap(d.annotations) : undefined,
    potentiallyUnsafeConfigAnnotations: list(d.potentiallyUnsafeConfigAnnotations),
  });
}

/**
 * The text runc prints: Go's json.Encoder with a 4-space indent, a final
 * newline, and <, >, & escaped inside strings.
 */
export function renderFeatures(doc: JsonObject): string {
  const text = JSON.stringify(doc, null, 4).replace(/[<>&\u2028\u2029]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0'));
  return `${text}\n`;
}

function buildSeccomp(s: NonNullable<NonNullable<FeaturesDescription['linux']>['seccomp']>): JsonObject {
  return pick({
    ...pickBools(s, ['enabled']),
    actions: list(s.actions),
    operators: list(s.operators),
    archs: list(s.archs),
    knownFlags: list(s.knownFlags),
    supportedFlags: list(s.supportedFlags),
  });
}

/** omitempty for a slice: nil and empty are both left out. */
function list(xs: readonly string[] | undefined): string[] | undefined {
  return xs && xs.length > 0 ? [...xs] : undefined;
}

/** Go marshals a map with its keys sorted. */
function sortedMap(m: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(
    Object.keys(m)
      .sort()
      .map((k) => [k, m[k]!]),
  );
}

/** *bool fields: false is printed (the pointer is set), undefined is not. */
function pickBools<T extends object>(o: T, keys: readonly (keyof T & string)[]): JsonObject {
  const out: JsonObject = {};
  for (const k of keys) if (typeof o[k] === 'boolean') out[k] = o[k] as boolean;
  return out;
}

/** Drops undefined members, keeping the order of the rest. */
function pick(o: Record<string, Json | undefined>): JsonObject {
  const out: JsonObject = {};
  for (const [k, v] of Object.entries(o)) if (v !== undefined) out[k] = v;
  return out;
}

/** Annotation keys for the host's cgroup facts. */
const CGROUP_ANNOTATIONS = {
  mode: 'io.github.hutch.cgroup.mode',
  controllers: 'io.github.hutch.cgroup.controllers',
  devices: 'io.github.hutch.cgroup.devices',
} as const;

/**
 * The host's cgroups as this caller finds them: the layout (v1, hybrid,
 * v2), the controllers a container's limits can use (rootless on v2: the
 * delegated ones), and how device rules are enforced (eBPF, v1, none).
 */
export async function probeHostCgroups(ctx: Pick<RuntimeContext, 'rootless'>): Promise<CgroupSupport> {
  const [{ detectLayout }, { probeCgroupSupport }] = await Promise.all([import('./cgroups/layout.js'), import('./cgroups/support.js')]);
  const rootless = rootlessCgroups(ctx);
  const layout = detectLayout();
  // Loading a BPF program needs FFI: only where it can be the answer.
  const canLoad = layout.mode === 'v2' && !rootless ? await deviceFilterLoader() : () => false;
  return probeCgroupSupport({ layout, rootless, canLoadDeviceFilter: canLoad });
}

async function deviceFilterLoader(): Promise<() => boolean> {
  const [{ canLoadDeviceFilter }, { buildDeviceFilter }] = await Promise.all([
    import('./cgroups/ebpf.js'),
    import('./cgroups/devices/filter.js'),
  ]);
  return () => canLoadDeviceFilter(buildDeviceFilter([]));
}

export function hostCgroupAnnotations(s: CgroupSupport): Record<string, string> {
  return {
    [CGROUP_ANNOTATIONS.mode]: s.mode,
    [CGROUP_ANNOTATIONS.controllers]: s.controllers.join(' '),
    [CGROUP_ANNOTATIONS.devices]: s.devices,
  };
}
