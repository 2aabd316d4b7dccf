import { sql } from 'kysely';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { migrations, runMigrations } from './migrations.ts';
import { connectPostgres, openPostgresStore } from './postgres-store.ts';
import { createTestSchema, testDatabaseUrl } from './test-postgres.ts';
import { seedParticipant, seedSession, type TestState } from './test-helpers.ts';
import type { SaveAnswerInput, Store } from './types.ts';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function freshSchema(): Promise<string> {
  const { schema, drop } = await createTestSchema();
  cleanups.push(drop);
  return schema;
}

async function open(schema: string, clock: () => number = () => 1_000): Promise<Store<TestState>> {
  const store = await openPostgresStore<TestState>({ connectionString: testDatabaseUrl(), schema, clock });
  cleanups.push(() => store.close());
  return store;
}

/** Names of the tables in `schema`, looked up in the catalogue rather than through the store. */
async function tablesIn(schema: string): Promise<string[]> {
  const client = new pg.Client({ connectionString: testDatabaseUrl() });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      'select table_name as name from information_schema.tables where table_schema = $1 order by table_name',
      [schema],
    );
    return rows.map((row) => row.name);
  } finally {
    await client.end();
  }
}

describe('openPostgresStore', () => {
  it('reads BIGINT columns as numbers with its own parser, leaving the global pg.types alone', async () => {
    const schedule = 1_767_225_600_000; // 2026-01-01, past 2^32 ms
    const store = await open(await freshSchema(), () => schedule);
    const teacher = await store.createTeacher({ id: 't1', email: 't@s.nl', name: 'T', passwordHash: 'h' });
    expect(await store.findTeacherById('t1')).toEqual(teacher);
    expect(await store.countTeachers()).toBe(1);
    expect(pg.types.getTypeParser(20, 'text')('5')).toBe('5');
  });

  it('refuses to read a BIGINT that would not fit a JavaScript number', async () => {
    const store = await open(await freshSchema(), () => 2 ** 53 + 2);
    await store.createTeacher({ id: 't1', email: 't@s.nl', name: 'T', passwordHash: 'h' });
    await expect(store.findTeacherById('t1')).rejects.toThrow(/does not fit a JavaScript number/);
  });

  it('keeps its tables and migration log in its own schema, and migrates once', async () => {
    const schema = await freshSchema();
    const other = await freshSchema();
    await open(other);
    const first = await open(schema);
    await seedSession(first);
    await first.close();
    expect(await tablesIn(schema)).toEqual(expect.arrayContaining(['kysely_migration', 'live_sessions', 'teachers']));

    const second = await open(schema);
    expect(await second.findOpenLiveSessionByCode('ABC123')).toMatchObject({ id: 's1', revision: 0 });
    const { db } = await connectPostgres({ connectionString: testDatabaseUrl(), schema });
    cleanups.push(() => db.destroy());
    expect(await runMigrations(db, undefined, { schema })).toEqual([]);
    const logged = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
    expect(logged.rows.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));
  });

  it('rolls a failed migration back completely, so a fixed release can run it again', async () => {
    const schema = await freshSchema();
    const { db } = await connectPostgres({ connectionString: testDatabaseUrl(), schema });
    cleanups.push(() => db.destroy());
    const broken = {
      name: '999_broken',
      async up(migrator: typeof db) {
        await migrator.schema.createTable('half_done').addColumn('id', 'text').execute();
        throw new Error('boom');
      },
    };
    await expect(runMigrations(db, [...migrations, broken], { schema })).rejects.toThrow(/migration failed: boom/);
    expect(await tablesIn(schema)).not.toContain('teachers');
    expect(await tablesIn(schema)).not.toContain('half_done');
    expect(await (await open(schema)).countTeachers()).toBe(0);
  });

  it('lets two nodes open one new database at once; both migrate it without stepping on each other', async () => {
    const schema = await freshSchema();
    const [one, two] = await Promise.all([open(schema), open(schema)]);
    await one.createTeacher({ id: 't1', email: 't@s.nl', name: 'T', passwordHash: 'h' });
    expect(await two.findTeacherById('t1')).toMatchObject({ email: 't@s.nl' });
  });

  it('names the server but never the password when it cannot connect', async () => {
    const refused = openPostgresStore({ connectionString: 'postgres://postgres:geheim@127.0.0.1:1/test' });
    await expect(refused).rejects.toThrow(/^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/test: /);
    await expect(refused).rejects.not.toThrow(/geheim/);
  });

  it('refuses a schema that does not exist or is not a plain name', async () => {
    await expect(openPostgresStore({ connectionString: testDatabaseUrl(), schema: 's_never_made' })).rejects.toThrow(
      /no schema of the search_path exists/,
    );
    await expect(openPostgresStore({ connectionString: testDatabaseUrl(), schema: 'x; drop' })).rejects.toBeInstanceOf(RangeError);
  });
});

// Two stores over one schema are two app nodes: every call below races on its own connection.
describe('two nodes on one PostgreSQL database', () => {
  const nodes = async (): Promise<[Store<TestState>, Store<TestState>]> => {
    const schema = await freshSchema();
    const one = await open(schema);
    const two = await open(schema);
    await seedSession(one);
    await seedParticipant(one);
    return [one, two];
  };
  const answer = (clientAnswerId: string, overrides: Partial<SaveAnswerInput> = {}): SaveAnswerInput => ({
    sessionId: 's1',
    participantId: 'p1',
    itemId: 'quiz-1',
    clientAnswerId,
    value: { choice: clientAnswerId },
    now: 10_000,
    replace: false,
    ...overrides,
  });

  it('store a retried answer exactly once, whichever node gets it', async () => {
    const [one, two] = await nodes();
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? two : one).saveAnswer(answer('c1'))));
    expect(results.filter((result) => !result.duplicate)).toHaveLength(1);
    expect(new Set(results.map((result) => result.answer.id)).size).toBe(1);
    expect(await one.listAnswers('s1')).toHaveLength(1);
  });

  it('store one answer per item when different submissions race, the rest already_answered', async () => {
    const [one, two] = await nodes();
    const results = await Promise.allSettled(Array.from({ length: 8 }, (_, i) => (i % 2 ? two : one).saveAnswer(answer(`c${i}`))));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'already_answered' });
    expect(await two.listAnswers('s1', 'quiz-1')).toHaveLength(1);
  });

  it('open one session per code when two teachers race for it, the other code_taken', async () => {
    const [one, two] = await nodes();
    const start = (store: Store<TestState>, id: string) =>
      store.createLiveSession({ id, code: 'RACE01', teacherId: 't1', lessonSlug: 'm/l', state: { revision: 0, slide: 1 } });
    const results = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => start(i % 2 ? two : one, `r${i}`)));
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results) if (result.status === 'rejected') expect(result.reason).toMatchObject({ code: 'code_taken' });
    const winner = await one.findOpenLiveSessionByCode('RACE01');
    expect(results[Number(winner?.id.slice(1))]?.status).toBe('fulfilled');
  });

  it('save live state from one revision once: exactly one writer wins and its state is kept', async () => {
    const [one, two] = await nodes();
    const results = await Promise.all(
      Array.from({ length: 6 }, (_, i) => (i % 2 ? two : one).saveLiveSessionState('s1', { revision: 1, slide: 10 + i }, 0)),
    );
    expect(results.filter(Boolean)).toHaveLength(1);
    expect(await two.findLiveSessionById('s1')).toMatchObject({ revision: 1, state: { slide: 10 + results.indexOf(true) } });
  });
});
