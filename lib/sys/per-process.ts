/**
 * Values that belong to the running process (its environment, the host it
 * reads, its clocks), computed on first use and then kept.
 *
 * Never compute such a value when a module loads: dist/hutch is a V8
 * start-up snapshot of the CLI taken after a warm-up run at build time
 * (lib/sea), so a module-level value would be the build machine's, frozen
 * into every later call. The snapshot build calls forgetPerProcessValues()
 * before it is taken; a value made here is then computed again, on first
 * use, in the process that needs it.
 */
const all = new Set<{ forget(): void }>();

export interface PerProcess<T> {
  (): T;
  /** Drop the value: the next call computes it again (tests, a refresh). */
  forget(): void;
}

export function perProcess<T>(compute: () => T): PerProcess<T> {
  let state: { value: T } | undefined;
  const get = (() => {
    state ??= { value: compute() };
    return state.value;
  }) as PerProcess<T>;
  get.forget = () => {
    state = undefined;
  };
  all.add(get);
  return get;
}

/** Forget every per-process value (the snapshot build, before it is taken). */
export function forgetPerProcessValues(): void {
  for (const v of all) v.forget();
}
