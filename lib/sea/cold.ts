/**
 * The npm packages only rare paths need, kept out of the start-up snapshot:
 * yargs (help, and command lines the fast parser leaves to it) and execa
 * (hooks). Every byte of the snapshot is paid at every start, and these are
 * half of the bundle. scripts/build-sea.mjs bundles them apart, as the
 * asset `cold.cjs`, and turns their imports into functions that call
 * through coldModule(): the first call compiles that script (a few
 * milliseconds, on those paths only), importing alone loads nothing.
 */
import { getAsset } from 'node:sea';
import { compileFunction } from 'node:vm';
import { InternalError } from '../errors.js';

const COLD = 'cold.cjs';

type Packages = Record<string, Record<string, (...args: unknown[]) => unknown>>;

let packages: Packages | undefined;

/** The package `name` (its namespace: default and named exports), cold.cjs compiled on first use. */
export function coldModule(name: string): Record<string, (...args: unknown[]) => unknown> {
  if (!packages) {
    const module = { exports: {} as Packages };
    const body = compileFunction(getAsset(COLD, 'utf8'), ['module', 'exports', 'require'], { filename: `hutch:${COLD}` });
    body(module, module.exports, require);
    packages = module.exports;
  }
  const pkg = packages[name];
  if (!pkg) throw new InternalError(`${COLD} has no ${name}`);
  return pkg;
}
