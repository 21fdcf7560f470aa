// JSON.parse turns integers above 2^53 into the nearest double, and seccomp
// argument values are uint64 (flag masks like 0xffffffff00000000 are common).
// Quote long integer literals of "value"/"valueTwo" before parsing so they
// reach the compiler exactly (it accepts decimal strings and bigints).
import type { LinuxSeccomp } from './types.js';

const BIG_ARG = /("value(?:Two)?"\s*:\s*)(\d{16,})(?=\s*[,}\]])/g;

export function quoteBigArgValues(text: string): string {
  return text.replace(BIG_ARG, (_m, key: string, digits: string) => `${key}"${digits}"`);
}

export function parseSeccompJson(text: string): LinuxSeccomp {
  return JSON.parse(quoteBigArgValues(text)) as LinuxSeccomp;
}
