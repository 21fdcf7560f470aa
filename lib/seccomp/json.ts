// A seccomp profile read from a JSON file (podman's, Docker's), with uint64
// argument values kept exact: flag masks like 0xffffffff00000000 do not fit
// a double. Read with the config's own JSON reader, which gives a bigint for
// any integer a number cannot hold.
import { parseJson } from '../config/json.js';
import type { LinuxSeccomp } from './types.js';

export function parseSeccompJson(text: string): LinuxSeccomp {
  return parseJson(text) as LinuxSeccomp;
}
