import { describe, expect, it } from 'vitest';
import { isStoreConflict, StoreConflictError } from './errors.ts';

describe('isStoreConflict', () => {
  it('recognises a conflict, optionally of one code', () => {
    const error = new StoreConflictError('name_taken');
    expect(isStoreConflict(error)).toBe(true);
    expect(isStoreConflict(error, 'name_taken')).toBe(true);
    expect(isStoreConflict(error, 'email_taken')).toBe(false);
  });

  it('recognises a conflict thrown by another bundled copy of the class', () => {
    class CopiedConflict extends Error {
      readonly code = 'name_taken';
      override name = 'StoreConflictError';
    }
    expect(isStoreConflict(new CopiedConflict('name_taken'), 'name_taken')).toBe(true);
  });

  it('is false for anything else', () => {
    expect(isStoreConflict(new Error('name_taken'))).toBe(false);
    expect(isStoreConflict(Object.assign(new Error('x'), { name: 'StoreConflictError', code: 'other' }))).toBe(false);
    expect(isStoreConflict({ name: 'StoreConflictError', code: 'name_taken' })).toBe(false);
    expect(isStoreConflict(null)).toBe(false);
  });
});
