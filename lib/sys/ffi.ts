/**
 * ffi-rs, the native addon through which hutch calls libc, loaded once per
 * process on first use: only the code paths that call the kernel directly
 * (launching a container, v2 device filters, image unpacking) pay for it,
 * and loading a module never loads it.
 *
 * The library and the tests load it from node_modules. The single binary
 * (dist/hutch) carries the addon inside and installs its own loader with
 * useFfiLoader() (lib/sea/ffi-addon.ts).
 */
import { createRequire } from 'node:module';
import { perProcess } from './per-process.js';
import { runtimeDir } from './runtime-dir.js';

export type Ffi = typeof import('ffi-rs');

let loader: () => Ffi = () => createRequire(runtimeDir() + '/')('ffi-rs') as Ffi;

/** Where ffi-rs comes from (the single binary's embedded copy). */
export function useFfiLoader(load: () => Ffi): void {
  loader = load;
  ffiRs.forget();
  loadFailure.forget();
}

/**
 * The ffi-rs module. Its loader asks process.report.getReport() whether libc
 * is glibc or musl, which costs about 9 ms; hutch opens libc.so.6, so it runs
 * on glibc or not at all: answer that question for the loader instead.
 */
export const ffiRs = perProcess((): Ffi => {
  // A failed load is failed for good: a second require() of a bundled
  // module whose first evaluation threw returns its half-made exports (no
  // functions), so the first error is kept and thrown again, whoever asks
  // (a best-effort caller may have caught it the first time).
  const failed = loadFailure();
  if (failed.error !== undefined) throw failed.error;
  const report = process.report as { getReport: (...a: unknown[]) => unknown } | undefined;
  const real = report?.getReport;
  if (report) report.getReport = () => ({ header: { glibcVersionRuntime: 'hutch: glibc assumed (libc.so.6)' } });
  try {
    return loader();
  } catch (err) {
    failed.error = err;
    throw err;
  } finally {
    if (report && real) report.getReport = real;
  }
});

const loadFailure = perProcess((): { error: unknown } => ({ error: undefined }));
