/**
 * The plan stays small without doing less: repeated syscalls become loops
 * the interpreter runs (signals, bounding-set drops), and mkdir -p starts
 * below directories the plan itself made or mounted on, never across a
 * mount it cannot see through.
 */
import { describe, expect, it } from 'vitest';
import { decideInput, decisionPlan, rootPasswd } from '../helpers/decide.js';
import { decide } from '../../lib/container/decide.js';
import { defaultSpec } from '../../lib/config/default-spec.js';
import type { Mount, Spec } from '../../lib/config/types.js';
import { dropRanges } from '../../lib/plan/process.js';

function planText(spec: Spec): string {
  return decisionPlan(decide(decideInput(spec, { prepare: rootPasswd })));
}

const count = (text: string, re: RegExp) => text.split('\n').filter((l) => re.test(l)).length;
const tmpfs = (destination: string): Mount => ({ destination, type: 'tmpfs', source: 'tmpfs', options: ['nosuid'] });
const withMounts = (mounts: Mount[]): Spec => ({ ...defaultSpec({ rootless: false }), mounts });

describe('plan size', () => {
  it('resets the 64 signals with one rt_sigaction in a loop', () => {
    const text = planText(defaultSpec({ rootless: false }));
    expect(count(text, /rt_sigaction\(/)).toBe(1);
    expect(text).toMatch(/rt_sigaction\(\$sig, SIG_DFL, NULL, 8\) \[errors ignored\]  # reset signals 1-64 to SIG_DFL/);
    expect(text).toMatch(/if \$\d+ != 65 goto -> \d+  # until signal 64/);
  });

  it('drops runs of bounding-set capabilities in loops, short runs one by one', () => {
    expect(dropRanges([5, 10, 29], 40)).toEqual([
      [0, 4],
      [6, 9],
      [11, 28],
      [30, 40],
    ]);
    expect(dropRanges([], 3)).toEqual([[0, 3]]);
    expect(dropRanges([0, 1, 2, 3], 3)).toEqual([]);
    const text = planText(defaultSpec({ rootless: false })); // keeps 5, 10, 29
    expect(text).toContain('# drop capabilities 11-28 from the bounding set');
    expect(text).toContain('# drop capabilities 30-40 from the bounding set');
    expect(text).toContain('# drop capability 4 from the bounding set');
    expect(text).not.toMatch(/drop capability (5|10|29) /);
  });

  it('makes directories below a mount it made without walking from the root again', () => {
    const text = planText(withMounts([tmpfs('/a'), tmpfs('/a/b/c'), tmpfs('/a/b/d')]));
    expect(count(text, /# mkdir \/a$/)).toBe(1);
    expect(count(text, /# mkdir \/a\/b$/)).toBe(1);
    expect(count(text, /# mkdir \/a\/b\/(c|d)$/)).toBe(2);
  });

  it('forgets what it made when a mount elsewhere could cover it through a symlink', () => {
    // /x could be a symlink to /a in the rootfs: after mounting on it, /a/b is walked again.
    const text = planText(withMounts([tmpfs('/a'), tmpfs('/a/b'), tmpfs('/x'), tmpfs('/a/b/c')]));
    expect(count(text, /# mkdir \/a$/)).toBe(2);
    expect(count(text, /# mkdir \/a\/b$/)).toBe(2);
  });

  it('walks from the root again after the mount phase (create hooks may mount anything)', () => {
    const spec = withMounts([tmpfs('/a')]);
    spec.process!.cwd = '/a/w';
    const text = planText(spec);
    // /a is known while mounting; the cwd, made after pivot_root, is walked from the root.
    expect(count(text, /# mkdir \/a$/)).toBe(2);
  });

  it('walks again below a mount that covered what it made', () => {
    const text = planText(withMounts([tmpfs('/a'), tmpfs('/a/b/c'), tmpfs('/a/b'), tmpfs('/a/b/c/d')]));
    // The tmpfs on /a/b hides /a/b/c: it is made again, inside the new tmpfs.
    expect(count(text, /# mkdir \/a\/b\/c$/)).toBe(2);
  });
});
