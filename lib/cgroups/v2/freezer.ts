/**
 * v2 freezer: write cgroup.freeze, then poll cgroup.events until "frozen 1"
 * (freezing completes asynchronously; runc polls every 10 ms for up to 10 s).
 */
import { HutchError } from '../../errors.js';
import { parseKeyValues, readOptional, sleep, writeCgroupFile } from '../fs.js';

export async function setFrozenV2(dir: string, frozen: boolean): Promise<void> {
  if (readOptional(dir, 'cgroup.freeze') === undefined) {
    // Without a freezer, thawing is trivially done; freezing is not possible.
    if (!frozen) return;
    throw new HutchError(`freezer not supported: ${dir}/cgroup.freeze does not exist`, { code: 'cgroup' });
  }
  writeCgroupFile(dir, 'cgroup.freeze', frozen ? '1' : '0');
  const state = (readOptional(dir, 'cgroup.freeze') ?? '').trim();
  if (state !== (frozen ? '1' : '0')) {
    throw new HutchError(
      `expected "cgroup.freeze" to be in state ${frozen ? 'FROZEN' : 'THAWED'} but was in ${state === '1' ? 'FROZEN' : 'THAWED'}`,
      { code: 'cgroup' },
    );
  }
  if (!frozen) return;
  for (let i = 0; i < 1000; i++) {
    if (parseKeyValues(readOptional(dir, 'cgroup.events') ?? '').frozen === 1) return;
    await sleep(10);
  }
  throw new HutchError('timeout of 10s reached waiting for the cgroup to freeze', { code: 'cgroup' });
}

/** FROZEN/THAWED as runc names them, from cgroup.events ("FREEZING" while on the way). */
export function freezerStateV2(dir: string): string {
  const want = (readOptional(dir, 'cgroup.freeze') ?? '').trim();
  if (want === '') return '';
  const frozen = parseKeyValues(readOptional(dir, 'cgroup.events') ?? '').frozen === 1;
  if (want === '1') return frozen ? 'FROZEN' : 'FREEZING';
  return 'THAWED';
}
