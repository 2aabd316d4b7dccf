import { spawn } from 'node:child_process';
import { DatabaseSync } from 'node:sqlite';

/** The file name of a SQLite copy in a backup folder (the same as in DATA_DIR, so restoring is a copy). */
export { SQLITE_FILE_NAME } from './sqlite-store.ts';
/** The file name of a PostgreSQL dump (pg_dump's custom format, for pg_restore) in a backup folder. */
export const POSTGRES_DUMP_NAME = 'database.dump';

/** Thrown when pg_dump is not on PATH: the operator has to install the PostgreSQL client tools. */
export class MissingToolError extends Error {
  readonly tool: string;
  constructor(tool: string) {
    super(`${tool} not found`);
    this.tool = tool;
  }
}

/**
 * Copies the live SQLite database at `source` into the new file `target` with `VACUUM INTO`: one
 * read transaction, so the copy is the database as it was at one moment, whatever the app writes
 * meanwhile (WAL lets the app go on writing while it reads), and it is compact and self-contained.
 */
export function backupSqlite(source: string, target: string): void {
  const database = new DatabaseSync(source, { readOnly: true });
  try {
    database.exec('PRAGMA busy_timeout = 10000');
    database.prepare('VACUUM INTO ?').run(target);
  } finally {
    database.close();
  }
}

/**
 * Dumps the PostgreSQL database of `connectionString` into `target` with `pg_dump --format=custom`,
 * which reads in one snapshot while the app keeps writing. Rejects with `MissingToolError` when
 * pg_dump is not installed, and with pg_dump's own words when it fails.
 */
export function backupPostgres(connectionString: string, target: string): Promise<void> {
  return new Promise((resolve, reject) => {
    // The URL goes in through the environment-free --dbname, never echoed: it may hold a password.
    const child = spawn('pg_dump', ['--format=custom', '--no-owner', '--file', target, '--dbname', connectionString], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'ENOENT' ? new MissingToolError('pg_dump') : error));
    child.once('close', (code) => (code === 0 ? resolve() : reject(new Error(stderr.trim() || `pg_dump stopped with code ${code}`))));
  });
}
