/**
 * A name for a file that is written and then renamed into place (state.json)
 * or linked (the lock). Uniqueness only has to hold against other writers
 * of the same directory: the pid separates live processes, the counter
 * separates calls in one process, and the random part covers a reused pid
 * finding a dead process's leftover. Creators open with O_EXCL, so a
 * collision fails loudly rather than sharing a file. (Not node:crypto: it
 * costs several milliseconds of start-up for every CLI call.)
 */
let counter = 0;

export function tempName(path: string, suffix = ''): string {
  counter += 1;
  return `${path}.${process.pid}.${counter}${Math.random().toString(36).slice(2, 8)}${suffix}`;
}
