/** The OCI config model: types, parsing and validation, tables, defaults. */
export type * from './types.js';
export { OCI_VERSION } from './version.js';
export { parseSpec, loadBundle, type Bundle } from './load.js';
export { parseProcess } from './parse-process.js';
export { parseJson, stringifyJson, JsonSyntaxError } from './json.js';
export {
  CAPABILITIES, LAST_KNOWN_CAP, capNumber, capName, capMask, hostLastCap, resolveCapNames,
  resolveCapabilities, unknownCapsWarning, type CapabilityName, type CapSets, type ResolvedCaps,
} from './capabilities.js';
export { RLIMITS, RLIM_INFINITY, rlimitNumber, rlimitName, isRlimitName, type RlimitName } from './rlimits.js';
export { defaultSpec, formatSpec, type DefaultSpecOptions } from './default-spec.js';
export { NAMESPACE_TYPES, PROPAGATIONS, MEMORY_POLICY_MODES, MEMORY_POLICY_FLAGS } from './parse-linux.js';
export { SECCOMP_ACTIONS, SECCOMP_OPERATORS, SECCOMP_FLAGS, SECCOMP_ARCHES } from './parse-seccomp.js';
