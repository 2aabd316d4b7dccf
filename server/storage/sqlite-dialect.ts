import { DatabaseSync, type SQLInputValue, type StatementSync } from 'node:sqlite';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDatabase,
  type SqliteStatement,
} from 'kysely';

/**
 * Opens a `node:sqlite` database ready for the store: WAL journal, fully synchronous commits,
 * foreign keys enforced and a 5 s busy timeout. `filename` is a path or `':memory:'`.
 */
export function openNodeSqliteDatabase(filename: string): DatabaseSync {
  const database = new DatabaseSync(filename);
  try {
    database.exec('PRAGMA journal_mode = WAL');
    database.exec('PRAGMA foreign_keys = ON');
    database.exec('PRAGMA busy_timeout = 5000');
    // Explicit, not left to the build's default: with WAL, NORMAL could lose the last commits on a
    // power cut, and a student's stored answer must survive one.
    database.exec('PRAGMA synchronous = FULL');
  } catch (error) {
    database.close();
    throw error;
  }
  return database;
}

/** Converts one Kysely query parameter to a value `node:sqlite` can bind; anything else is a bug upstream. */
function toSqlInput(value: unknown): SQLInputValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Uint8Array) return value;
  throw new TypeError(`Cannot bind a ${typeof value} as an SQLite parameter; serialise it first`);
}

const toSqlInputs = (parameters: ReadonlyArray<unknown>): SQLInputValue[] => parameters.map(toSqlInput);

/** Prepared statements kept per database; Kysely makes the same SQL text for the same query shape. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * Adapts a `node:sqlite` database to the better-sqlite3-shaped object Kysely's SQLite driver expects.
 * Each SQL text is prepared once and reused (the least recently used are dropped past a few hundred).
 */
export function adaptNodeSqlite(database: DatabaseSync): SqliteDatabase {
  const statements = new Map<string, { statement: StatementSync; reader: boolean }>();
  const prepared = (sql: string): { statement: StatementSync; reader: boolean } => {
    const cached = statements.get(sql);
    if (cached) {
      // Re-inserting keeps the map in least-recently-used order.
      statements.delete(sql);
      statements.set(sql, cached);
      return cached;
    }
    const statement = database.prepare(sql);
    // Kysely reads rows only from "reader" statements, so INSERT ... RETURNING must count as one.
    const entry = { statement, reader: statement.columns().length > 0 };
    statements.set(sql, entry);
    if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value as string);
    return entry;
  };
  return {
    prepare(sql: string): SqliteStatement {
      const { statement, reader } = prepared(sql);
      return {
        reader,
        all: (parameters) => statement.all(...toSqlInputs(parameters)),
        run: (parameters) => {
          const { changes, lastInsertRowid } = statement.run(...toSqlInputs(parameters));
          return { changes, lastInsertRowid };
        },
        iterate: (parameters) => statement.iterate(...toSqlInputs(parameters)),
      };
    },
    close: () => {
      statements.clear();
      database.close();
    },
  };
}

/**
 * Kysely's SQLite driver, except that transactions start with BEGIN IMMEDIATE: every transaction
 * in the store writes, and taking the write lock up front means a second process on the same file
 * waits (busy_timeout) instead of failing when a read lock cannot be upgraded.
 */
class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

/** SQLite does roll back DDL; saying so lets the Migrator run all pending migrations in one transaction. */
class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

/**
 * A Kysely dialect over a `node:sqlite` `DatabaseSync`. Kysely serialises all queries over its
 * single connection, so a transaction never interleaves with other queries of the same process.
 * `Kysely.destroy()` closes the database.
 */
export class NodeSqliteDialect extends SqliteDialect {
  readonly #database: SqliteDatabase;

  constructor(database: DatabaseSync) {
    const adapted = adaptNodeSqlite(database);
    super({ database: adapted });
    this.#database = adapted;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver({ database: this.#database });
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}
