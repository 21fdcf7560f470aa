import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createContext } from '../../lib/context.js';
import specCommand, { rootlessRequested } from '../../lib/cli/commands/spec.js';
import { main } from '../../lib/cli/main.js';
import { HutchError } from '../../lib/errors.js';

const ctx = createContext(); // spec uses neither the state root nor the log

let root: string;
let n = 0;
const freshDir = () => {
  const d = join(root, `b${n++}`);
  mkdirSync(d);
  return d;
};
const readConfig = (dir: string) => readFileSync(join(dir, 'config.json'), 'utf8');

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'hutch-spec-'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

/** Installed runc's version, e.g. [1, 1, 5]; undefined when runc is absent. */
function runcVersion(): number[] | undefined {
  const r = spawnSync('runc', ['--version'], { encoding: 'utf8' });
  const m = r.status === 0 ? /runc version (\d+)\.(\d+)\.(\d+)/.exec(r.stdout) : null;
  return m ? m.slice(1).map(Number) : undefined;
}
const installed = runcVersion();
const runcAbsent = installed === undefined;

/**
 * defaultSpec follows upstream runc (>= 1.2), lib/config/default-spec.ts
 * says so. Bring an older installed runc's document to that form, changing
 * only the documented differences (values only: key order is untouched).
 */
function asUpstream(doc: any, ours: any): any {
  doc.ociVersion = ours.ociVersion;
  const [major, minor] = installed!;
  if (major === 1 && minor! < 2) {
    delete doc.process.capabilities.ambient;
    doc.linux.maskedPaths.push('/sys/devices/virtual/tpm');
  }
  return doc;
}

describe.skipIf(runcAbsent)(`hutch spec equals runc spec (runc ${installed?.join('.')} installed)`, () => {
  for (const rootless of [false, true]) {
    it(`writes the same document${rootless ? ' with --rootless' : ''}, byte for byte`, async () => {
      const ours = freshDir();
      const theirs = freshDir();
      expect(await specCommand.run({ bundle: ours, rootless: rootless ? '' : undefined }, ctx)).toBe(0);
      const r = spawnSync('runc', ['spec', '--bundle', theirs, ...(rootless ? ['--rootless'] : [])]);
      expect(r.status).toBe(0);
      const oursDoc = JSON.parse(readConfig(ours));
      const theirsDoc = asUpstream(JSON.parse(readConfig(theirs)), oursDoc);
      expect(oursDoc).toEqual(theirsDoc);
      // Same text once normalized: Go's MarshalIndent with tabs is JSON.stringify's.
      expect(readConfig(ours)).toBe(JSON.stringify(theirsDoc, null, '\t'));
    });
  }
});
if (runcAbsent) it.skip('comparison with runc spec: runc (with a parsable --version) is not installed', () => {});

describe('hutch spec', () => {
  it('formats like Go MarshalIndent: tabs, no final newline, 0666 minus umask', async () => {
    const dir = freshDir();
    await specCommand.run({ bundle: dir }, ctx);
    const text = readConfig(dir);
    expect(text.startsWith('{\n\t"ociVersion": ')).toBe(true);
    expect(text.endsWith('}')).toBe(true);
    const umask = process.umask();
    expect(statSync(join(dir, 'config.json')).mode & 0o777).toBe(0o666 & ~umask);
  });

  it('writes into the current directory without --bundle', async () => {
    const dir = freshDir();
    const old = process.cwd();
    process.chdir(dir); // vitest's default forks pool allows chdir
    try {
      await specCommand.run({}, ctx);
    } finally {
      process.chdir(old);
    }
    expect(JSON.parse(readConfig(dir)).ociVersion).toBeTypeOf('string');
  });

  it("refuses to overwrite config.json with runc's message and leaves it alone", async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'config.json'), 'mine');
    const err = await specCommand.run({ bundle: dir }, ctx).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HutchError);
    expect((err as Error).message).toBe('File config.json exists. Remove it first');
    expect(readConfig(dir)).toBe('mine');
  });

  it('refuses a dangling config.json symlink instead of writing through it', async () => {
    const dir = freshDir();
    const target = join(root, 'elsewhere.json');
    symlinkSync(target, join(dir, 'config.json'));
    await expect(specCommand.run({ bundle: dir }, ctx)).rejects.toThrow('File config.json exists. Remove it first');
    expect(() => statSync(target)).toThrow();
  });

  it("reports a missing bundle with runc's chdir text", async () => {
    const missing = join(root, 'nope');
    await expect(specCommand.run({ bundle: missing }, ctx)).rejects.toThrow(`chdir ${missing}: no such file or directory`);
    const file = join(root, 'plain-file');
    writeFileSync(file, '');
    await expect(specCommand.run({ bundle: file }, ctx)).rejects.toThrow(`chdir ${file}: not a directory`);
  });

  it('runs through the CLI table: exit 0, then exit 1 with the message on stderr', async () => {
    const dir = freshDir();
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['spec', '--bundle', dir])).toBe(0);
    expect(JSON.parse(readConfig(dir)).root).toEqual({ path: 'rootfs', readonly: true });
    expect(await main(['spec', '-b', dir])).toBe(1);
    expect(stderr.mock.calls.map((c) => String(c[0])).join('')).toContain('File config.json exists. Remove it first');
  });
});

describe('rootlessRequested', () => {
  it('reads a bare --rootless from the global string option', () => {
    expect(rootlessRequested('')).toBe(true);
    expect(rootlessRequested(['true', ''])).toBe(true);
    expect(rootlessRequested(true)).toBe(true);
    expect(rootlessRequested(undefined)).toBe(false);
    expect(rootlessRequested('auto')).toBe(false);
    expect(rootlessRequested('false')).toBe(false);
  });
});
