/**
 * v1 freezer: write FROZEN and read back until the kernel says FROZEN.
 * A v1 freeze can stay in FREEZING while tasks keep forking, so, like runc,
 * retry up to 1000 times with an occasional thaw + short sleep, and thaw
 * again if it never settles (a half-frozen cgroup is the worst outcome).
 */
import { HutchError } from '../../errors.js';
import { readCgroupFile, readOptional, sleep, writeCgroupFile } from '../fs.js';

export async function freezeV1(dir: string): Promise<void> {
  try {
    for (let i = 0; i < 1000; i++) {
      if (i % 50 === 49) {
        writeCgroupFile(dir, 'freezer.state', 'THAWED');
        await sleep(10);
      }
      writeCgroupFile(dir, 'freezer.state', 'FROZEN');
      if (i % 25 === 24) await sleep(0);
      const state = readCgroupFile(dir, 'freezer.state').trim();
      if (state === 'FROZEN') return;
      if (state !== 'FREEZING') throw new HutchError(`unexpected state ${state} while freezing`, { code: 'cgroup' });
    }
    throw new HutchError('unable to freeze', { code: 'cgroup' });
  } catch (e) {
    try {
      writeCgroupFile(dir, 'freezer.state', 'THAWED');
    } catch {
      // the original error is the one to report
    }
    throw e;
  }
}

export function thawV1(dir: string): void {
  writeCgroupFile(dir, 'freezer.state', 'THAWED');
}

export function freezerStateV1(dir: string): string {
  return (readOptional(dir, 'freezer.state') ?? '').trim();
}
