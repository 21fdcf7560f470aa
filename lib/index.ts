/**
 * hutch as a library: the same functions the CLI uses. See lib/api.ts.
 */
export { create, start, run, exec, kill, state, list, remove, delete, sandbox } from './api.js';
export type { HutchOptions, CreateOptions, RunOptions, ExecOptions, OciState, Bundle, SandboxOptions, SandboxResult } from './api.js';
export type { SandboxMount } from './sandbox/options.js';
export type { Spec } from './config/types.js';
export { HutchError, ConfigError, type ErrorCode } from './errors.js';
export { unpackImage } from './image/index.js';
