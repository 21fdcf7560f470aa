// Public surface of the seccomp compiler.
export { compileSeccomp } from './compile.js';
export { runBpf } from './bpf-eval.js';

export * from './flags.js';
export * from './actions.js';
export type * from './types.js';
export { parseSeccompJson } from './json.js';
