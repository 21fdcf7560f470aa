/**
 * hutch as a library: the same functions the CLI uses.
 */
export { runContainer, type RunOptions } from './container/lifecycle.js';
export { HutchError, ConfigError } from './errors.js';
