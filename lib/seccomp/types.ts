// The OCI runtime-spec `linux.seccomp` object: one model, config.json's
// (lib/config/types.ts). The compiler takes a profile that has a default
// action: one without it means no seccomp at all (container/seccomp.ts).
import type { LinuxSeccomp as ConfigSeccomp, LinuxSeccompAction, LinuxSeccompArg, LinuxSyscall } from '../config/types.js';

export type { LinuxSeccompAction, LinuxSeccompArg, LinuxSyscall };

export type LinuxSeccomp = ConfigSeccomp & { defaultAction: LinuxSeccompAction };
