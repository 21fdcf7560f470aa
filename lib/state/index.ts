/**
 * The state layer's public surface. Nothing here loads ffi-rs: `state`,
 * `list` and `kill` must start without the FFI layer.
 */
export * from './errors.js';
export * from './id.js';
export * from './root.js';
export * from './record.js';
export * from './store.js';
export * from './lock.js';
export * from './process.js';
export * from './status.js';
export * from './format.js';
export * from './owner.js';
export * from './query.js';
export * from './time.js';
export { goJson, goMap, goQuote } from './gojson.js';
