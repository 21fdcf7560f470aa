/**
 * Binary layout of a plan, shared with lib/native/interp.c. If you change
 * anything here, change the C structs too and run scripts/build-native.sh.
 *
 *   header (64 bytes): nsteps, report_fd, fail_exit_code, &steps, &results
 *   steps  (80 bytes each)
 *   results (8 bytes per step)
 *   data blocks (8-byte aligned)
 */
export const HEADER_SIZE = 64;
export const STEP_SIZE = 80;
export const REPORT_SIZE = 16;

export enum Op {
  Syscall = 0,
  Jump = 1,
  Jeq = 2,
  Store64 = 3,
  Store32 = 4,
  Itoa = 5,
  Exit = 6,
  Fail = 7,
  Alu = 8,
  Jne = 9,
}

export enum ArgKind {
  Const = 0,
  Result = 1,
  Load32 = 2,
  Load64 = 3,
}

export enum OnError {
  Fail = 0,
  Ignore = 1,
  Jump = 2,
}

export enum AluOp {
  And = 0,
  Or = 1,
  AndNot = 2,
  Add = 3,
}

/** Kinds of 16-byte messages the child writes to the report pipe. */
export enum Report {
  Error = 1,
  UsernsReady = 2,
  Pid = 3,
  Ready = 4,
  /** The mounts are ready: run createRuntime/createContainer hooks, then say go. */
  Hooks = 5,
  /** A seccomp filter with a listener is loaded (value: the listener's fd): hand it to the agent, then say go. */
  Seccomp = 6,
}
