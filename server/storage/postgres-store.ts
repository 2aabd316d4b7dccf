import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { openStoreOn } from './open-store.ts';
import type { Database } from './schema.ts';
import type { RevisionedState, Store, StoreOptions } from './types.ts';

export interface PostgresStoreOptions<TState extends RevisionedState = RevisionedState> extends StoreOptions<TState> {
  /** `postgres://user:password@host:port/database`; libpq-style query parameters such as `options` work too. */
  connectionString: string;
  /**
   * Schema to keep the tables (and the migration log) in; it must exist. Default: the connection's
   * own `search_path`, normally `public`. Ignored when the connection string sets `options` itself.
   */
  schema?: string;
  /** Most connections the pool keeps open; default 10. */
  maxConnections?: number;
}

const INT8_OID = 20;
/** How long a query waits for a connection (new or from a full pool) before it fails instead of hanging. */
const CONNECT_TIMEOUT_MS = 30_000;

/**
 * BIGINT holds the store's millisecond timestamps and byte counts, all far below 2^53; pg hands
 * BIGINT over as a string, so read it as a number, refusing one that would lose digits.
 */
function parseInt8(text: string): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value)) throw new RangeError(`BIGINT ${text} does not fit a JavaScript number`);
  return value;
}

/** Type parsers of this store's pool only; `pg.types` (shared by every pg user in the process) stays untouched. */
function storeTypeParsers(): pg.CustomTypesConfig {
  const types = new pg.TypeOverrides();
  types.setTypeParser(INT8_OID, 'text', parseInt8);
  return types;
}

/** Host, port and database of a connection string, without the password, for error messages. */
export function describeConnection(connectionString: string): string {
  try {
    const url = new URL(connectionString);
    return `${url.hostname || 'localhost'}:${url.port || '5432'}${url.pathname}`;
  } catch {
    return 'the given connection string';
  }
}

export type PostgresConnectionOptions = Pick<PostgresStoreOptions, 'connectionString' | 'schema' | 'maxConnections' | 'onConnectionLost'>;

/** A pool's Kysely, and the schema its connections create tables in (the first of `search_path` that exists). */
export interface PostgresConnection {
  db: Kysely<Database>;
  schema: string;
}

/**
 * Kysely over a new pool to PostgreSQL, once a first query has got through. Fails with a message
 * naming the server (never the password) when it cannot connect or no schema of `search_path`
 * exists; `db.destroy()` ends the pool.
 */
export async function connectPostgres({
  connectionString,
  schema,
  maxConnections = 10,
  onConnectionLost,
}: PostgresConnectionOptions): Promise<PostgresConnection> {
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) {
    throw new RangeError(`Schema name ${JSON.stringify(schema)} must be lowercase letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString,
    max: maxConnections,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'lesplatform',
    types: storeTypeParsers(),
    ...(schema === undefined ? {} : { options: `-c search_path=${schema}` }),
  });
  // An idle connection that drops (server restart, network) is removed from the pool; without a
  // listener its 'error' event would end the process.
  pool.on('error', (error) => onConnectionLost?.(error));
  const where = describeConnection(connectionString);
  let current: string | null;
  try {
    const { rows } = await pool.query<{ schema: string | null }>('select current_schema() as schema');
    current = rows[0]?.schema ?? null;
  } catch (error) {
    await pool.end();
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to PostgreSQL at ${where}: ${reason}`, { cause: error });
  }
  if (current === null) {
    await pool.end();
    throw new Error(`PostgreSQL at ${where}: no schema of the search_path exists; create it first`);
  }
  return { db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }), schema: current };
}

/**
 * Connects to PostgreSQL, runs any pending migrations (one process at a time, under Kysely's
 * advisory lock) and returns the Store over it. Several processes may open the same database:
 * PostgreSQL is the shared store of a multi-node setup. `close()` ends the pool.
 */
export async function openPostgresStore<TState extends RevisionedState = RevisionedState>(
  options: PostgresStoreOptions<TState>,
): Promise<Store<TState>> {
  const { db, schema } = await connectPostgres(options);
  return openStoreOn(db, options, schema);
}
