import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { Kysely } from 'kysely';
import { openStoreOn } from './open-store.ts';
import type { Database } from './schema.ts';
import { NodeSqliteDialect, openNodeSqliteDatabase } from './sqlite-dialect.ts';
import type { RevisionedState, Store, StoreOptions } from './types.ts';

export const SQLITE_FILE_NAME = 'lesplatform.sqlite';

export interface SqliteStoreOptions<TState extends RevisionedState = RevisionedState> extends StoreOptions<TState> {
  /** Folder for `lesplatform.sqlite` (created if missing), or `':memory:'` for a throwaway database. */
  dataDir: string;
}

/** Where the SQLite file for `dataDir` lives, or `':memory:'`. */
export function sqliteFilename(dataDir: string): string {
  return dataDir === ':memory:' ? ':memory:' : path.join(dataDir, SQLITE_FILE_NAME);
}

/**
 * Opens (creating if needed) the SQLite database in `dataDir`, runs any pending migrations and
 * returns the Store over it. Only one store should have a given file open per process; call
 * `close()` when done. Fails, with the database closed again, if a migration fails.
 */
export async function openSqliteStore<TState extends RevisionedState = RevisionedState>(
  options: SqliteStoreOptions<TState>,
): Promise<Store<TState>> {
  const filename = sqliteFilename(options.dataDir);
  if (filename !== ':memory:') mkdirSync(options.dataDir, { recursive: true });
  const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(openNodeSqliteDatabase(filename)) });
  return openStoreOn(db, options);
}
