import { lstat, readFile } from 'node:fs/promises';
import { HutchError } from '../errors.js';
import { resolveInRoot } from './rootfs-path.js';

export interface ExecUser {
  uid: number;
  gid: number;
  /** Supplementary groups: only for a user given without a group, as in moby/sys/user. */
  sgids: number[];
  /** From /etc/passwd when the user was found there. */
  home?: string;
}

interface PasswdEntry {
  name: string;
  uid: number;
  gid: number;
  home: string;
}
interface GroupEntry {
  name: string;
  gid: number;
  members: string[];
}

/**
 * Read a file of the image through resolveInRoot, so a hostile
 * /etc/passwd -> /host/secret symlink stays inside the rootfs, and only if
 * it is a plain file (a FIFO there would block us forever).
 */
async function readImageFile(rootfs: string, file: string): Promise<string | undefined> {
  const p = await resolveInRoot(rootfs, file);
  try {
    const st = await lstat(p);
    if (!st.isFile() || st.size > 8 << 20) return undefined;
    return await readFile(p, 'utf8');
  } catch {
    return undefined;
  }
}

const MAX_ID = 2 ** 31 - 1;

function parseId(s: string): number | undefined {
  return /^\d+$/.test(s) && Number(s) <= MAX_ID ? Number(s) : undefined;
}

function parsePasswd(text: string): PasswdEntry[] {
  return text.split('\n').flatMap((line) => {
    const f = line.trim().split(':');
    if (f.length < 4 || line.startsWith('#')) return [];
    const uid = parseId(f[2]!);
    const gid = parseId(f[3]!);
    return uid === undefined || gid === undefined ? [] : [{ name: f[0]!, uid, gid, home: f[5] ?? '' }];
  });
}

function parseGroup(text: string): GroupEntry[] {
  return text.split('\n').flatMap((line) => {
    const f = line.trim().split(':');
    if (f.length < 3 || line.startsWith('#')) return [];
    const gid = parseId(f[2]!);
    return gid === undefined ? [] : [{ name: f[0]!, gid, members: (f[3] ?? '').split(',').filter(Boolean) }];
  });
}

/**
 * The image's Config.User ("name", "uid", "name:group", "uid:gid", "") as
 * ids, with moby/sys/user GetExecUser's rules (what umoci and runc use): a
 * numeric user need not exist in /etc/passwd, a name must; "" means uid 0.
 */
export async function resolveUser(rootfs: string, spec: string): Promise<ExecUser> {
  const [userArg = '', groupArg = ''] = spec.split(':', 2);
  const passwdText = await readImageFile(rootfs, '/etc/passwd');
  const groupText = await readImageFile(rootfs, '/etc/group');
  const passwd = passwdText === undefined ? [] : parsePasswd(passwdText);
  const groups = groupText === undefined ? [] : parseGroup(groupText);

  const out: ExecUser = { uid: 0, gid: 0, sgids: [] };
  const uidNum = parseId(userArg);
  const match = passwd.find((u) => (userArg === '' ? u.uid === 0 : uidNum !== undefined ? u.uid === uidNum : u.name === userArg));
  if (match) {
    out.uid = match.uid;
    out.gid = match.gid;
    out.home = match.home;
  } else if (userArg !== '') {
    if (uidNum === undefined) {
      throw new HutchError(
        `image user ${JSON.stringify(userArg)} is not in the image's /etc/passwd${passwdText === undefined ? ' (the image has none)' : ''}`,
        { code: 'image' },
      );
    }
    out.uid = uidNum;
  }

  if (groupArg !== '') {
    const gidNum = parseId(groupArg);
    const g = groups.find((x) => (gidNum !== undefined ? x.gid === gidNum : x.name === groupArg));
    if (g) out.gid = g.gid;
    else if (gidNum !== undefined) out.gid = gidNum;
    else throw new HutchError(`image group ${JSON.stringify(groupArg)} is not in the image's /etc/group`, { code: 'image' });
  } else if (match) {
    out.sgids = groups.filter((g) => g.members.includes(match.name)).map((g) => g.gid);
  }
  return out;
}
