import { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUniqueViolation } from './errors.ts';
import { runMigrations } from './migrations.ts';
import { connectPostgres } from './postgres-store.ts';
import type { Database } from './schema.ts';
import { NodeSqliteDialect, openNodeSqliteDatabase } from './sqlite-dialect.ts';
import { createTestSchema, testDatabaseUrl } from './test-postgres.ts';

/** A freshly migrated database of `kind`, read and written directly, bypassing the store's own checks. */
async function openMigrated(kind: 'sqlite' | 'postgres'): Promise<{ db: Kysely<Database>; close: () => Promise<void> }> {
  if (kind === 'sqlite') {
    const db = new Kysely<Database>({ dialect: new NodeSqliteDialect(openNodeSqliteDatabase(':memory:')) });
    await runMigrations(db);
    return { db, close: () => db.destroy() };
  }
  const { schema, drop } = await createTestSchema();
  const { db } = await connectPostgres({ connectionString: testDatabaseUrl(), schema });
  await runMigrations(db, undefined, { schema });
  return { db, close: () => db.destroy().finally(drop) };
}

const teacher = { id: 't1', email: 't@s.nl', name: 'T', password_hash: 'h', created_at: 1 };
const session = (id: string, code: string, ended_at: number | null = null) => ({
  id,
  code,
  teacher_id: 't1',
  lesson_slug: 'l',
  state_json: '{"revision":0}',
  revision: 0,
  created_at: 1,
  ended_at,
});
const participant = (id: string, name_key: string, removed_at: number | null = null) => ({
  id,
  session_id: 's1',
  name: name_key,
  name_key,
  resume_token_hash: `r-${id}`,
  joined_at: 1,
  removed_at,
});

/** Resolves to the error `write` fails with, or null when it succeeds. */
const failureOf = (write: Promise<unknown>): Promise<unknown> =>
  write.then(
    () => null,
    (caught: unknown) => caught,
  );

// These constraints are what keeps the store's rules when two transactions pass its checks at once,
// which PostgreSQL allows: they must hold, and be recognised, on every database.
describe.each(['sqlite', 'postgres'] as const)('schema constraints behind the store checks (%s)', (kind) => {
  let db: Kysely<Database>;
  let close = async (): Promise<void> => {};
  beforeEach(async () => {
    ({ db, close } = await openMigrated(kind));
    await db.insertInto('teachers').values(teacher).execute();
    await db.insertInto('live_sessions').values(session('s1', 'ABC123')).execute();
  });
  afterEach(() => close());

  const expectUnique = async (write: Promise<unknown>) => expect(isUniqueViolation(await failureOf(write))).toBe(true);

  it('allow one open session per code', async () => {
    await expectUnique(db.insertInto('live_sessions').values(session('s2', 'ABC123')).execute());
    await db
      .insertInto('live_sessions')
      .values(session('s3', 'ABC123', 5))
      .execute();
  });

  it('allow one participant per name key among those not removed', async () => {
    await db.insertInto('participants').values(participant('p1', 'sam')).execute();
    await expectUnique(db.insertInto('participants').values(participant('p2', 'sam')).execute());
    await db
      .insertInto('participants')
      .values(participant('p3', 'sam', 9))
      .execute();
  });

  it('allow one answer per participant per item, and one per client answer id', async () => {
    await db.insertInto('participants').values(participant('p1', 'sam')).execute();
    const row = { session_id: 's1', participant_id: 'p1', value_json: '1', created_at: 1, updated_at: 1 };
    await db
      .insertInto('answers')
      .values({ ...row, id: 'a1', item_id: 'q', client_answer_id: 'c1' })
      .execute();
    await expectUnique(
      db
        .insertInto('answers')
        .values({ ...row, id: 'a2', item_id: 'q', client_answer_id: 'c2' })
        .execute(),
    );
    await expectUnique(
      db
        .insertInto('answers')
        .values({ ...row, id: 'a3', item_id: 'other', client_answer_id: 'c1' })
        .execute(),
    );
  });

  it('tell a broken foreign key apart from a unique violation', async () => {
    const error = await failureOf(
      db
        .insertInto('participants')
        .values({ ...participant('p1', 'sam'), session_id: 'ghost' })
        .execute(),
    );
    expect(error).toBeInstanceOf(Error);
    expect(isUniqueViolation(error)).toBe(false);
  });
});

describe('isUniqueViolation', () => {
  it('recognises the codes of both databases, and nothing else', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ errcode: 2067 })).toBe(true);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});
