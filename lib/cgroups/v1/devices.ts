/**
 * v1 devices controller: read devices.list, compute the minimal transition
 * to the wanted rules with the emulator, write devices.deny/devices.allow
 * lines, then check the result (runc's DevicesGroup.Set).
 */
import { HutchError } from '../../errors.js';
import { DeviceEmulator, cgroupString } from '../devices/rules.js';
import { readCgroupFile, writeCgroupFile } from '../fs.js';
import type { DeviceRule } from '../types.js';
import type { V1Controller } from './controller.js';

/** The file writes that take a cgroup whose devices.list is `currentList` to `rules`. */
export function deviceFileWrites(currentList: string, rules: DeviceRule[]): Array<{ file: string; line: string }> {
  const current = DeviceEmulator.fromList(currentList);
  const target = DeviceEmulator.fromRules(rules);
  return current.transition(target).map((r) => ({
    file: r.allow ? 'devices.allow' : 'devices.deny',
    line: cgroupString(r),
  }));
}

function setDevices(dir: string, rules: DeviceRule[]): void {
  for (const w of deviceFileWrites(readCgroupFile(dir, 'devices.list'), rules)) writeCgroupFile(dir, w.file, w.line);
  // The kernel may merge or ignore rules: make sure we got what we asked for.
  const after = DeviceEmulator.fromList(readCgroupFile(dir, 'devices.list'));
  const target = DeviceEmulator.fromRules(rules);
  if (!target.defaultAllow && !after.equals(target)) {
    throw new HutchError("resulting devices cgroup doesn't precisely match target", { code: 'cgroup' });
  }
  if (target.defaultAllow !== after.defaultAllow)
    throw new HutchError("resulting devices cgroup doesn't match target mode", { code: 'cgroup' });
}

/**
 * The devices controller takes its rules from the manager (already expanded
 * with runc's defaults), not from LinuxResources, hence `rules` here.
 */
export function devicesController(rules: () => DeviceRule[] | undefined): V1Controller {
  return {
    name: 'devices',
    wanted: () => rules() !== undefined,
    set(dir) {
      const r = rules();
      if (r !== undefined) setDevices(dir, r);
    },
  };
}
