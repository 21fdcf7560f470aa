/**
 * hutch's errors as ttrpc statuses: the error's code picks the gRPC code
 * containerd's errdefs understands, the message stays hutch's (runc's)
 * words.
 */
import { HutchError, type ErrorCode } from '../errors.js';
import { Code, TtrpcError } from './ttrpc/status.js';

const CODES: Partial<Record<ErrorCode, Code>> = {
  'not-found': Code.NOT_FOUND,
  exists: Code.ALREADY_EXISTS,
  'invalid-id': Code.INVALID_ARGUMENT,
  usage: Code.INVALID_ARGUMENT,
  config: Code.INVALID_ARGUMENT,
  'not-running': Code.FAILED_PRECONDITION,
  running: Code.FAILED_PRECONDITION,
  paused: Code.FAILED_PRECONDITION,
  'not-paused': Code.FAILED_PRECONDITION,
  busy: Code.UNAVAILABLE,
  unsupported: Code.UNIMPLEMENTED,
  permission: Code.PERMISSION_DENIED,
};

export function toStatus(err: unknown): { code: Code; message: string } {
  if (err instanceof TtrpcError) return { code: err.code, message: err.message };
  if (err instanceof HutchError) return { code: CODES[err.code] ?? Code.UNKNOWN, message: err.message };
  return { code: Code.UNKNOWN, message: err instanceof Error ? err.message : String(err) };
}

/** A failure of the runtime itself, worded as the runc shim words it ("OCI runtime create failed: ..."). */
export function runtimeFailure(verb: string, err: unknown): TtrpcError {
  if (err instanceof TtrpcError) return err;
  const status = toStatus(err);
  return new TtrpcError(
    status.code === Code.UNKNOWN || err instanceof HutchError ? Code.UNKNOWN : status.code,
    `OCI runtime ${verb} failed: ${status.message}`,
  );
}
