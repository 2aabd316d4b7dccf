import path from 'node:path';
import { openSqliteStore } from './sqlite-store.ts';
import type { RevisionedState, Store, StoreOptions } from './types.ts';

export { isStoreConflict, StoreConflictError, type StoreConflictCode } from './errors.ts';
export { openSqliteStore } from './sqlite-store.ts';
export type * from './types.ts';

/**
 * Opens the store the environment asks for: SQLite in `DATA_DIR` (default `./data`, relative to the
 * working directory). Throws while `DATABASE_URL` is set, because PostgreSQL is not implemented yet
 * and silently falling back to a local file would split the data of a multi-node setup.
 */
export async function openStoreFromEnv<TState extends RevisionedState = RevisionedState>(
  env: NodeJS.ProcessEnv = process.env,
  options: StoreOptions<TState> = {},
): Promise<Store<TState>> {
  if (env.DATABASE_URL) {
    throw new Error('DATABASE_URL is set, but PostgreSQL storage is not available yet; unset it to use SQLite in DATA_DIR');
  }
  return openSqliteStore({ ...options, dataDir: path.resolve(env.DATA_DIR || 'data') });
}
