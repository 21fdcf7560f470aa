/**
 * Container id validation, as runc's libcontainer validateID: bytes from
 * [A-Za-z0-9_+.-] only, and the id must be a clean single path element, so
 * `.` and `..` are refused while `...` or `.a` are fine. runc has no length
 * limit of its own; a name longer than NAME_MAX fails at the filesystem
 * (ENAMETOOLONG), and so does ours.
 */
import { HutchError } from '../errors.js';
import { ERR_EMPTY_ID, ERR_INVALID_ID } from './errors.js';

const ID_CHARS = /^[A-Za-z0-9_+.-]+$/;

export function isValidId(id: string): boolean {
  return ID_CHARS.test(id) && id !== '.' && id !== '..';
}

/** Throws runc's texts: `container id cannot be empty` / `invalid container ID format`. */
export function validateId(id: string): void {
  if (id === '') throw new HutchError(ERR_EMPTY_ID, { code: 'invalid-id' });
  if (!isValidId(id)) throw new HutchError(ERR_INVALID_ID, { code: 'invalid-id' });
}
