export const storeConflictCodes = ['email_taken', 'code_taken', 'name_taken', 'already_answered'] as const;
export type StoreConflictCode = (typeof storeConflictCodes)[number];

/** A write refused because it would break a uniqueness rule; `code` says which one. */
export class StoreConflictError extends Error {
  readonly code: StoreConflictCode;

  constructor(code: StoreConflictCode, message: string = code) {
    super(message);
    this.name = 'StoreConflictError';
    this.code = code;
  }
}

/** True when `error` is a StoreConflictError, optionally with the given code. */
export function isStoreConflict(error: unknown, code?: StoreConflictCode): error is StoreConflictError {
  // Pages and the server are bundled apart, each with its own copy of this class, so a page sees
  // the store's error as another class: recognise it by name and code, not by instanceof.
  if (!(error instanceof Error) || error.name !== 'StoreConflictError') return false;
  const found = (error as { code?: unknown }).code;
  return storeConflictCodes.some((known) => known === found) && (code === undefined || found === code);
}

// Extended result codes from sqlite3.h; PostgreSQL reports SQLSTATE 23505.
const SQLITE_CONSTRAINT_UNIQUE = 2067;
const SQLITE_CONSTRAINT_PRIMARYKEY = 1555;
const PG_UNIQUE_VIOLATION = '23505';

/** True when a database error says a UNIQUE or PRIMARY KEY constraint was violated (node:sqlite or pg). */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, errcode } = error as { code?: unknown; errcode?: unknown };
  return code === PG_UNIQUE_VIOLATION || errcode === SQLITE_CONSTRAINT_UNIQUE || errcode === SQLITE_CONSTRAINT_PRIMARYKEY;
}

/**
 * Runs `write`. If it fails on a unique constraint and `conflicts()` (run after the failed
 * transaction is over) confirms the rule is what broke, throws StoreConflictError(`code`);
 * any other failure is rethrown unchanged.
 */
export async function withConflictBackstop<T>(
  code: StoreConflictCode,
  write: () => Promise<T>,
  conflicts: () => Promise<boolean>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isStoreConflict(error) && isUniqueViolation(error) && (await conflicts())) throw new StoreConflictError(code);
    throw error;
  }
}
