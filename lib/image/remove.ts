import { chmod, lstat, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * rm -rf that also works unprivileged on an image tree, where directories
 * may be read-only (0555) or even 0000 once their final modes are set: on
 * EACCES, give directories u+rwx top-down and try again.
 */
export async function removeTree(p: string): Promise<void> {
  try {
    await rm(p, { recursive: true, force: true });
    return;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'EACCES' && code !== 'EPERM') throw err;
  }
  await openUp(p);
  await rm(p, { recursive: true, force: true });
}

async function openUp(p: string): Promise<void> {
  const st = await lstat(p).catch(() => undefined);
  if (!st?.isDirectory()) return;
  await chmod(p, (st.mode & 0o7777) | 0o700).catch(() => undefined);
  for (const child of await readdir(p).catch(() => [] as string[])) await openUp(path.join(p, child));
}
