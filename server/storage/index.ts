import path from 'node:path';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { RevisionedState, Store, StoreOptions } from './types.ts';

export { isStoreConflict, StoreConflictError, type StoreConflictCode } from './errors.ts';
export { openPostgresStore } from './postgres-store.ts';
export { openSqliteStore } from './sqlite-store.ts';
export type * from './types.ts';

/**
 * Opens the store the environment asks for: PostgreSQL when `DATABASE_URL` is a `postgres://` or
 * `postgresql://` URL, else SQLite in `DATA_DIR` (default `./data`, relative to the working
 * directory). Any other `DATABASE_URL` is an error rather than a quiet fallback to a local file,
 * which would split the data of a multi-node setup.
 */
export async function openStoreFromEnv<TState extends RevisionedState = RevisionedState>(
  env: NodeJS.ProcessEnv = process.env,
  options: StoreOptions<TState> = {},
): Promise<Store<TState>> {
  const databaseUrl = env.DATABASE_URL;
  if (databaseUrl) {
    // The URL may hold a password, so the message names only its scheme.
    if (!/^postgres(ql)?:\/\//i.test(databaseUrl)) {
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(databaseUrl)?.[1];
      throw new Error(
        `DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database), not ${scheme ? `${scheme}:` : 'this'}; unset it to use SQLite in DATA_DIR`,
      );
    }
    return openPostgresStore({ ...options, connectionString: databaseUrl });
  }
  return openSqliteStore({ ...options, dataDir: path.resolve(env.DATA_DIR || 'data') });
}
