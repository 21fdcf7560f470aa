/**
 * Who runs the runtimes: root, or the unprivileged test user (the tests'
 * one, spec/helpers/user.ts). Each context has its own bundles (`runc spec`,
 * as that user for rootless: spec/helpers/bundle.ts) and a work directory.
 */
import { chmodSync, chownSync, existsSync, mkdirSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join } from 'node:path';
import { makeBundle, type Workspace } from '../../spec/helpers/bundle.js';
import { ensureTestUser, userEnv, type TestUser } from '../../spec/helpers/user.js';

export interface Context {
  name: 'root' | 'rootless';
  uid: number;
  gid: number;
  /** Spawn as uid/gid (root measuring the test user): no setpriv, no extra exec in the timing. */
  setuid: boolean;
  env: Record<string, string | undefined>;
  /** The context's own directory (0755, owned by it). */
  work: string;
  user?: TestUser;
  bundles: { true: string; sleep: string };
}

/** A directory owned by the context (created). */
export function ownedDir(ctx: Pick<Context, 'uid' | 'gid' | 'setuid'>, dir: string, mode = 0o755): string {
  mkdirSync(dir, { recursive: true, mode });
  chmodSync(dir, mode);
  if (ctx.setuid) chownSync(dir, ctx.uid, ctx.gid);
  return dir;
}

/**
 * Root and (unless `rootless` is off) the test user when running as root;
 * only the calling user, rootless, otherwise.
 */
export function makeContexts(ws: Workspace, rootless: boolean): Context[] {
  const amRoot = process.getuid!() === 0;
  const out: Context[] = [];
  if (amRoot) out.push(context(ws, 'root', { uid: 0, gid: 0, setuid: false, env: { ...process.env } }));
  if (amRoot && rootless) {
    const user = ensureTestUser();
    // The user's environment as a login would give it, NODE_EXTRA_CA_CERTS
    // included when this machine sets it (hutch must not pay for it).
    const env: Record<string, string | undefined> = { ...userEnv(user), LANG: process.env.LANG ?? 'C.UTF-8' };
    if (process.env.NODE_EXTRA_CA_CERTS) env.NODE_EXTRA_CA_CERTS = process.env.NODE_EXTRA_CA_CERTS;
    const xdg = `/run/user/${user.uid}`;
    if (existsSync(xdg)) env.XDG_RUNTIME_DIR = xdg;
    out.push(context(ws, 'rootless', { uid: user.uid, gid: user.gid, setuid: true, env, user }));
  }
  if (!amRoot) {
    const me = userInfo();
    out.push(context(ws, 'rootless', { uid: me.uid, gid: me.gid, setuid: false, env: { ...process.env } }));
  }
  return out;
}

function context(ws: Workspace, name: Context['name'], who: Omit<Context, 'name' | 'work' | 'bundles'>): Context {
  const work = ownedDir(who, join(ws.dir, name));
  const kind = name === 'root' ? 'root' : 'rootless';
  const bundle = (args: string[]) => makeBundle(ws, { kind, ...(who.user ? { user: who.user } : {}), args }).dir;
  const bundles = { true: bundle(['true']), sleep: bundle(['sleep', '1000']) };
  return { name, ...who, work, bundles };
}
