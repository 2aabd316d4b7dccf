import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { describeConnection } from './postgres-store.ts';

/** The PostgreSQL server the tests use: `TEST_DATABASE_URL`, else the local one CI starts. */
export const testDatabaseUrl = (): string => process.env.TEST_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test';

/** Runs one statement on its own connection, failing loudly (never skipping) when there is no server. */
async function adminQuery(statement: string): Promise<void> {
  const url = testDatabaseUrl();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `The PostgreSQL tests need a server at ${describeConnection(url)} (${reason}). Start PostgreSQL (.ci/run does) or set TEST_DATABASE_URL.`,
      { cause: error },
    );
  }
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

export interface TestSchema {
  /** A fresh, empty schema `s_<random>` of its own, so parallel test files never see each other's rows. */
  schema: string;
  /** Drops the schema with everything in it. */
  drop: () => Promise<void>;
}

/** Creates a fresh schema on the test server; drop it when done. */
export async function createTestSchema(): Promise<TestSchema> {
  const schema = `s_${randomBytes(8).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  return { schema, drop: () => adminQuery(`drop schema if exists ${schema} cascade`) };
}
