/** linux.resources.unified: raw "file": "value" writes into the v2 group, applied last so they override. */
import { HutchError } from '../../errors.js';
import { CgroupFileError, writeCgroupFile } from '../fs.js';

export function setUnified(dir: string, unified: Record<string, string>, available: string[]): void {
  for (const [file, value] of Object.entries(unified)) {
    if (file.includes('/'))
      throw new HutchError(`unified resource ${JSON.stringify(file)} must be a file name (no slashes)`, { code: 'cgroup' });
    try {
      writeCgroupFile(dir, file, value);
    } catch (e) {
      if (e instanceof CgroupFileError && (e.errno === 'ENOENT' || e.errno === 'EPERM' || e.errno === 'EACCES')) {
        const dot = file.indexOf('.');
        if (dot < 0)
          throw new HutchError(`unified resource ${JSON.stringify(file)} must be in the form CONTROLLER.PARAMETER`, { code: 'cgroup' });
        const ctl = file.slice(0, dot);
        if (ctl !== 'cgroup' && !available.includes(ctl)) {
          throw new HutchError(`unified resource ${JSON.stringify(file)} can't be set: controller ${JSON.stringify(ctl)} not available`, {
            code: 'cgroup',
          });
        }
      }
      throw e;
    }
  }
}
