/**
 * ttrpc reports a failed call as a google.rpc.Status: a gRPC code and a
 * message. containerd turns the code back into its own error kinds
 * (errdefs.FromGRPC: NotFound, AlreadyExists, FailedPrecondition,
 * Unimplemented ...), so the code matters as much as the words.
 */
export const Code = {
  OK: 0,
  CANCELLED: 1,
  UNKNOWN: 2,
  INVALID_ARGUMENT: 3,
  DEADLINE_EXCEEDED: 4,
  NOT_FOUND: 5,
  ALREADY_EXISTS: 6,
  PERMISSION_DENIED: 7,
  RESOURCE_EXHAUSTED: 8,
  FAILED_PRECONDITION: 9,
  ABORTED: 10,
  OUT_OF_RANGE: 11,
  UNIMPLEMENTED: 12,
  INTERNAL: 13,
  UNAVAILABLE: 14,
  DATA_LOSS: 15,
  UNAUTHENTICATED: 16,
} as const;
export type Code = (typeof Code)[keyof typeof Code];

/** A call's failure, as the peer sees it. */
export class TtrpcError extends Error {
  constructor(
    readonly code: Code,
    message: string,
  ) {
    super(message);
    this.name = 'TtrpcError';
  }
}

/**
 * containerd's errdefs wording: ToGRPC sends "<what>: not found" for
 * ErrNotFound and so on; FromGRPC keys on the code. Messages here follow
 * that shape so that ctr prints what it prints for the runc shim.
 */
export const notFound = (what: string): TtrpcError => new TtrpcError(Code.NOT_FOUND, `${what}: not found`);
export const alreadyExists = (what: string): TtrpcError => new TtrpcError(Code.ALREADY_EXISTS, `${what}: already exists`);
export const notImplemented = (what: string): TtrpcError => new TtrpcError(Code.UNIMPLEMENTED, `${what}: not implemented`);
