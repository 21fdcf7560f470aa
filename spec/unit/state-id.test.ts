import { describe, expect, it } from 'vitest';
import { isValidId, validateId } from '../../lib/state/id.js';
import { HutchError } from '../../lib/errors.js';

describe('container id validation (runc validateID)', () => {
  it('accepts runc-valid ids', () => {
    for (const id of ['a', 'A_b+c-d.e', '.a', 'a.', '...', '-x', '0', 'x'.repeat(300), 'a'.repeat(64)]) {
      expect(isValidId(id), id).toBe(true);
      expect(() => validateId(id)).not.toThrow();
    }
  });

  it("rejects the rest with runc's text", () => {
    for (const id of ['.', '..', 'a/b', '/a', 'a b', 'é', 'a\n', 'a:b', 'a\0b', 'a~']) {
      expect(isValidId(id), JSON.stringify(id)).toBe(false);
      expect(() => validateId(id)).toThrow('invalid container ID format');
    }
  });

  it('reports an empty id as runc does', () => {
    expect(() => validateId('')).toThrow('container id cannot be empty');
    try {
      validateId('');
    } catch (err) {
      expect(err).toBeInstanceOf(HutchError);
      expect((err as HutchError).code).toBe('invalid-id');
      expect((err as HutchError).exitCode).toBe(1);
    }
  });
});
