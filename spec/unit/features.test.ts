import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { buildFeatures, renderFeatures, type FeaturesDescription } from '../../lib/features.js';

/** Key paths of a JSON value in document order, e.g. "linux.cgroup.v1". */
function keyPaths(v: unknown, prefix = ''): string[] {
  if (v === null || typeof v !== 'object' || Array.isArray(v)) return [];
  return Object.entries(v).flatMap(([k, x]) => [prefix + k, ...keyPaths(x, `${prefix}${k}.`)]);
}

describe('buildFeatures', () => {
  it('orders fields like specs-go/features and keeps empty sub-objects', () => {
    const d: FeaturesDescription = {
      annotations: { 'z.b': '2', 'a.b': '1' },
      linux: {
        selinux: {},
        apparmor: {},
        cgroup: { rdma: false, v1: true, v2: true },
        seccomp: { supportedFlags: ['SECCOMP_FILTER_FLAG_LOG'], enabled: true, actions: ['SCMP_ACT_ALLOW'] },
        mountExtensions: { idmap: { enabled: false } },
        intelRdt: { enabled: false },
        namespaces: ['mount'],
      },
      mountOptions: ['ro'],
      hooks: ['prestart'],
      ociVersionMax: '1.3.0',
      ociVersionMin: '1.0.0',
    };
    expect(keyPaths(buildFeatures(d))).toEqual([
      'ociVersionMin',
      'ociVersionMax',
      'hooks',
      'mountOptions',
      'linux',
      'linux.namespaces',
      'linux.cgroup',
      'linux.cgroup.v1',
      'linux.cgroup.v2',
      'linux.cgroup.rdma',
      'linux.seccomp',
      'linux.seccomp.enabled',
      'linux.seccomp.actions',
      'linux.seccomp.supportedFlags',
      'linux.apparmor',
      'linux.selinux',
      'linux.intelRdt',
      'linux.intelRdt.enabled',
      'linux.mountExtensions',
      'linux.mountExtensions.idmap',
      'linux.mountExtensions.idmap.enabled',
      'annotations',
      'annotations.a.b',
      'annotations.z.b',
    ]);
  });

  it("leaves out unknown values as Go's omitempty does, but prints false", () => {
    const doc = buildFeatures({
      ociVersionMin: '',
      hooks: [],
      annotations: {},
      linux: { capabilities: [], cgroup: { v1: false, systemd: undefined }, seccomp: { archs: [] } },
    });
    expect(doc).toEqual({ linux: { cgroup: { v1: false }, seccomp: {} } });
    expect(buildFeatures({})).toEqual({});
  });

  it('copies the lists it is given', () => {
    const hooks = ['prestart'];
    const doc = buildFeatures({ hooks });
    hooks.push('poststop');
    expect(doc.hooks).toEqual(['prestart']);
  });
});

describe('renderFeatures', () => {
  it("prints like runc: 4-space indent, final newline, Go's escapes", () => {
    const text = renderFeatures(buildFeatures({ ociVersionMin: '1.0.0', annotations: { k: '<&>' } }));
    expect(text).toBe('{\n    "ociVersionMin": "1.0.0",\n    "annotations": {\n        "k": "\\u003c\\u0026\\u003e"\n    }\n}\n');
  });
});

const runc = spawnSync('runc', ['features'], { encoding: 'utf8' });
describe.skipIf(runc.status !== 0)('shape against `runc features` (skipped when runc is absent)', () => {
  it("reproduces runc's document from the same description", () => {
    const theirs = JSON.parse(runc.stdout);
    // runc's document is itself a valid description: the shape must round-trip.
    expect(buildFeatures(theirs as FeaturesDescription)).toEqual(theirs);
    expect(keyPaths(buildFeatures(theirs))).toEqual(keyPaths(theirs));
    expect(renderFeatures(buildFeatures(theirs))).toBe(runc.stdout);
  });
});

describe('hutch features', () => {
  it('claims only mount options and seccomp actions hutch handles', async () => {
    const { hutchFeatures } = await import('../../lib/cli/commands/features.js');
    const { parseMountOptions } = await import('../../lib/mounts/options.js');
    const doc = hutchFeatures() as Record<string, any>;
    expect(doc.ociVersionMax).toBe('1.3.0');
    for (const opt of doc.mountOptions as string[])
      expect(parseMountOptions([opt]).data, `${opt} would be passed to the kernel as data`).toBe('');
    // NOTIFY works (integration/seccomp-notify): the listener goes to listenerPath's agent.
    expect(doc.linux.seccomp.actions).toContain('SCMP_ACT_NOTIFY');
    expect(doc.linux.namespaces).toEqual(expect.arrayContaining(['pid', 'network', 'mount', 'ipc', 'uts', 'user', 'cgroup', 'time']));
    expect(doc.linux.mountExtensions.idmap.enabled).toBe(true);
  });

  it("adds the host's cgroup facts, probed by the caller, as annotations (the spec's v1/v2 say what the runtime supports)", async () => {
    const { hutchFeatures } = await import('../../lib/cli/commands/features.js');
    const doc = hutchFeatures({ mode: 'v2', controllers: ['cpu', 'memory', 'pids'], devices: 'none' }) as Record<string, any>;
    expect(doc.linux.cgroup).toMatchObject({ v1: true, v2: true });
    expect(doc.annotations).toMatchObject({
      'io.github.hutch.cgroup.mode': 'v2',
      'io.github.hutch.cgroup.controllers': 'cpu memory pids',
      'io.github.hutch.cgroup.devices': 'none',
    });
  });

  it('probes the layout and, rootless on v1, finds no usable controller where the caller cannot write', async () => {
    const { probeCgroupSupport } = await import('../../lib/cgroups/support.js');
    const v1 = {
      mode: 'hybrid' as const,
      v1: { memory: '/nonexistent/memory', pids: '/nonexistent/pids', 'name=systemd': '/nonexistent/systemd' },
      v2: null,
      own: {},
    };
    expect(probeCgroupSupport({ layout: v1, rootless: false, canLoadDeviceFilter: () => true })).toEqual({
      mode: 'hybrid',
      controllers: ['memory', 'pids'],
      devices: 'none',
    });
    expect(probeCgroupSupport({ layout: v1, rootless: true, canLoadDeviceFilter: () => true })).toEqual({
      mode: 'hybrid',
      controllers: [],
      devices: 'none',
    });
    const v2 = { mode: 'v2' as const, v1: {}, v2: { mountpoint: '/nonexistent', controllers: ['memory', 'cpu'] }, own: { '': '/a/b' } };
    expect(probeCgroupSupport({ layout: v2, rootless: false, canLoadDeviceFilter: () => true })).toEqual({
      mode: 'v2',
      controllers: ['cpu', 'memory'],
      devices: 'ebpf',
    });
    expect(probeCgroupSupport({ layout: v2, rootless: true, canLoadDeviceFilter: () => true })).toEqual({
      mode: 'v2',
      controllers: [],
      devices: 'none',
    });
  });
});
