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
  /** A fresh schema `s_<random>` of its own, so parallel test files never see each other's rows. */
  schema: string;
  /** Deletes every row of the schema's tables, keeping the tables and the migration log. */
  empty: () => Promise<void>;
  /** Drops the schema with everything in it. */
  drop: () => Promise<void>;
}

/** Creates a fresh schema on the test server; drop it when done. */
export async function createTestSchema(): Promise<TestSchema> {
  const schema = `s_${randomBytes(8).toString('hex')}`;
  await adminQuery(`create schema ${schema}`);
  // One TRUNCATE of all tables together, so foreign keys between them never stand in the way.
  const empty = `do $$ declare tables text; begin
    select string_agg(format('%I.%I', schemaname, tablename), ', ') into tables
      from pg_tables where schemaname = '${schema}' and tablename not like 'kysely\_%';
    if tables is not null then execute 'truncate ' || tables; end if;
  end $$`;
  return { schema, empty: () => adminQuery(empty), drop: () => adminQuery(`drop schema if exists ${schema} cascade`) };
}

/** A fresh database of its own on the test server (for whole-database tools such as pg_dump); drop it when done. */
export async function createTestDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `lp_test_${randomBytes(8).toString('hex')}`;
  await adminQuery(`create database ${name}`);
  const url = new URL(testDatabaseUrl());
  url.pathname = `/${name}`;
  return { url: url.href, drop: () => adminQuery(`drop database if exists ${name} with (force)`) };
}
