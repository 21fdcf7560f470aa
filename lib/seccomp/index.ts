// Public surface of the seccomp compiler.
export { compileSeccomp, type CompiledSeccomp, type CompileOptions } from './compile.js';
export { runBpf, encodeSeccompData, type SeccompData } from './bpf-eval.js';
export type { NativeArch, ArchName } from './arch.js';
export * from './flags.js';
export * from './actions.js';
export type * from './types.js';
export { parseSeccompJson } from './json.js';
