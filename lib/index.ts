/**
 * hutch as a library: the same functions the CLI uses. See lib/api.ts.
 */
export { create, start, run, exec, kill, state, remove, delete } from './api.js';
export type { HutchOptions, CreateOptions, RunOptions, ExecOptions, OciState } from './api.js';
export { HutchError, ConfigError } from './errors.js';
export { unpackImage } from './image/index.js';
