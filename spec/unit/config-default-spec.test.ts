import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OCI_VERSION, defaultSpec, formatSpec, parseJson, parseSpec } from '../../lib/config/index.js';

/** runc's `spec` output as text, or undefined when runc is not on PATH. */
function runcSpec(rootless: boolean): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'hutch-runc-spec-'));
  try {
    execFileSync('runc', ['spec', ...(rootless ? ['--rootless'] : [])], { cwd: dir, stdio: 'ignore' });
    return readFileSync(join(dir, 'config.json'), 'utf8');
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Differences that come from runc's version, not from hutch: the
 * ociVersion, runc < 1.2 granting the example capabilities as ambient too,
 * and runc < 1.3 not masking /sys/devices/virtual/tpm. Applied to runc's
 * output; with a current runc they change nothing but the version.
 */
function normalizeRunc(spec: any): any {
  spec.ociVersion = OCI_VERSION;
  const caps = spec.process.capabilities;
  delete caps.ambient;
  const masked: string[] = spec.linux.maskedPaths;
  if (!masked.includes('/sys/devices/virtual/tpm')) masked.push('/sys/devices/virtual/tpm');
  return spec;
}

/** runc adds a cgroup namespace on cgroup v2 hosts; take its choice as given. */
function hasCgroupNamespace(runc: any): boolean {
  return runc.linux.namespaces.some((ns: { type: string }) => ns.type === 'cgroup');
}

describe('defaultSpec', () => {
  for (const rootless of [false, true]) {
    const runc = runcSpec(rootless);
    const label = rootless ? 'runc spec --rootless' : 'runc spec';

    const title = runc === undefined ? `matches \`${label}\` (skipped: runc not on PATH)` : `matches \`${label}\`, key order included`;
    it.skipIf(runc === undefined)(title, () => {
      const expected = normalizeRunc(parseJson(runc as string));
      // Same bytes after normalizing, so key order and formatting match too.
      const ours = defaultSpec({
        rootless,
        uid: process.geteuid?.() ?? 0,
        gid: process.getegid?.() ?? 0,
        cgroupNamespace: hasCgroupNamespace(expected),
      });
      expect(formatSpec(ours)).toBe(formatSpec(expected));
    });
  }

  it('writes the current spec version and passes its own validation', () => {
    for (const rootless of [false, true]) {
      const spec = defaultSpec({ rootless, uid: 1000, gid: 1000, cgroupNamespace: true });
      expect(spec.ociVersion).toBe(OCI_VERSION);
      expect(parseSpec(parseJson(formatSpec(spec)))).toEqual(spec);
    }
  });

  it('maps the given ids to root and drops the network namespace when rootless', () => {
    const spec = defaultSpec({ rootless: true, uid: 1234, gid: 5678, cgroupNamespace: false });
    expect(spec.linux?.uidMappings).toEqual([{ containerID: 0, hostID: 1234, size: 1 }]);
    expect(spec.linux?.gidMappings).toEqual([{ containerID: 0, hostID: 5678, size: 1 }]);
    expect(spec.linux?.namespaces?.map((n) => n.type)).toEqual(['pid', 'ipc', 'uts', 'mount', 'user']);
    expect(spec.linux?.resources).toBeUndefined();
    expect(spec.mounts?.find((m) => m.destination === '/dev/pts')?.options).not.toContain('gid=5');
  });

  it('adds a cgroup namespace on request, before the user namespace', () => {
    expect(defaultSpec({ rootless: false, cgroupNamespace: true }).linux?.namespaces?.at(-1)).toEqual({ type: 'cgroup' });
    const rootless = defaultSpec({ rootless: true, cgroupNamespace: true });
    expect(rootless.linux?.namespaces?.slice(-2)).toEqual([{ type: 'cgroup' }, { type: 'user' }]);
  });

  it('returns a fresh object every call', () => {
    const a = defaultSpec({ rootless: false, cgroupNamespace: false });
    a.process?.args?.push('x');
    expect(defaultSpec({ rootless: false, cgroupNamespace: false }).process?.args).toEqual(['sh']);
  });

  it('formats like runc: tab indentation, no trailing newline', () => {
    const text = formatSpec(defaultSpec({ rootless: false, cgroupNamespace: false }));
    expect(text.startsWith('{\n\t"ociVersion": ')).toBe(true);
    expect(text.endsWith('}')).toBe(true);
  });
});
