/**
 * User names for `list`'s OWNER column. runc looks the container directory's
 * uid up in /etc/passwd (its own parser, not NSS) and prints `#<uid>` when
 * there is no entry. /etc/passwd is read once per process, not per container.
 */
import { readFileSync } from 'node:fs';
import { perProcess } from '../sys/per-process.js';

/** Parses passwd(5) text into uid → first name with that uid. */
function parsePasswd(text: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const [name, , uid] = line.split(':');
    const n = Number(uid);
    if (name && uid !== '' && Number.isInteger(n) && !map.has(n)) map.set(n, name);
  }
  return map;
}

const systemUsers = perProcess((): Map<number, string> => {
  try {
    return parsePasswd(readFileSync('/etc/passwd', 'utf8'));
  } catch {
    return new Map();
  }
});

export function ownerName(uid: number, users: Map<number, string> = systemUsers()): string {
  return users.get(uid) ?? `#${uid}`;
}
