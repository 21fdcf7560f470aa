/** The OCI config model: types, parsing and validation, tables, defaults. */
export type * from './types.js';
export { OCI_VERSION } from './version.js';
export { parseSpec, loadBundle } from './load.js';
export { parseProcess } from './parse-process.js';
export { parseJson, stringifyJson, JsonSyntaxError } from './json.js';
export {
  CAPABILITIES,
  LAST_KNOWN_CAP,
  capNumber,
  capName,
  capMask,
  hostLastCap,
  resolveCapNames,
  resolveCapabilities,
  unknownCapsWarning,
} from './capabilities.js';
export { RLIMITS, RLIM_INFINITY, rlimitNumber, rlimitName, isRlimitName } from './rlimits.js';
export { defaultSpec, formatSpec } from './default-spec.js';
