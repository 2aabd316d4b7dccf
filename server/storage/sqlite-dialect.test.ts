import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isUniqueViolation } from './errors.ts';
import { runMigrations } from './migrations.ts';
import type { Database } from './schema.ts';
import { adaptNodeSqlite, NodeSqliteDialect, openNodeSqliteDatabase } from './sqlite-dialect.ts';

let db: Kysely<Database>;
beforeEach(async () => {
  db = new Kysely<Database>({ dialect: new NodeSqliteDialect(openNodeSqliteDatabase(':memory:')) });
  await runMigrations(db);
});
afterEach(() => db.destroy());

const pragma = async (name: string): Promise<unknown> => {
  const { rows } = await sql<Record<string, unknown>>`${sql.raw(`PRAGMA ${name}`)}`.execute(db);
  return Object.values(rows[0] ?? {})[0];
};

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

describe('NodeSqliteDialect', () => {
  it('turns on foreign keys, fully synchronous commits and a 5 s busy timeout', async () => {
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('synchronous')).toBe(2);
    expect(await pragma('busy_timeout')).toBe(5000);
  });

  it('returns rows from INSERT ... RETURNING, binds booleans as 0/1 and refuses objects as parameters', async () => {
    const inserted = await db.insertInto('teachers').values(teacher).returning(['id', 'created_at']).executeTakeFirst();
    expect(inserted).toEqual({ id: 't1', created_at: 1 });
    const { rows } = await sql<{ yes: number; no: number }>`SELECT ${true} AS yes, ${false} AS no`.execute(db);
    expect({ ...rows[0] }).toEqual({ yes: 1, no: 0 });
    await expect(sql`SELECT ${{ a: 1 }} AS x`.execute(db)).rejects.toThrow(/serialise it first/);
  });

  it('reports changes and streams rows', async () => {
    await db.insertInto('teachers').values(teacher).execute();
    const result = await db.updateTable('teachers').set({ name: 'U' }).where('id', '=', 't1').executeTakeFirst();
    expect(result.numUpdatedRows).toBe(1n);
    const streamed: string[] = [];
    for await (const row of db.selectFrom('teachers').select('name').stream()) streamed.push(row.name);
    expect(streamed).toEqual(['U']);
  });

  it('rolls a failed transaction back and keeps concurrent transactions apart', async () => {
    const failing = db.transaction().execute(async (trx) => {
      await trx.insertInto('teachers').values(teacher).execute();
      throw new Error('abort');
    });
    await expect(failing).rejects.toThrow('abort');
    expect(await db.selectFrom('teachers').selectAll().execute()).toEqual([]);

    const bump = () =>
      db.transaction().execute(async (trx) => {
        const { n } = await trx
          .selectFrom('teachers')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('teachers')
          .values({ ...teacher, id: `t${n}`, email: `t${n}@s.nl` })
          .execute();
      });
    // Interleaved read-then-insert would reuse a count and hit the primary key.
    await Promise.all([bump(), bump(), bump()]);
    expect(await db.selectFrom('teachers').select('id').orderBy('id').execute()).toEqual([{ id: 't0' }, { id: 't1' }, { id: 't2' }]);
  });
});

describe('schema constraints behind the store checks', () => {
  beforeEach(async () => {
    await db.insertInto('teachers').values(teacher).execute();
    await db.insertInto('live_sessions').values(session('s1', 'ABC123')).execute();
  });

  const expectUnique = async (write: Promise<unknown>) => {
    const error: unknown = await write.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(isUniqueViolation(error)).toBe(true);
  };

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

  it('allow one answer per participant per item', async () => {
    await db.insertInto('participants').values(participant('p1', 'sam')).execute();
    const row = { session_id: 's1', participant_id: 'p1', item_id: 'q', value_json: '1', created_at: 1, updated_at: 1 };
    await db
      .insertInto('answers')
      .values({ ...row, id: 'a1', client_answer_id: 'c1' })
      .execute();
    await expectUnique(
      db
        .insertInto('answers')
        .values({ ...row, id: 'a2', client_answer_id: 'c2' })
        .execute(),
    );
  });

  it('recognise PostgreSQL unique violations too, and nothing else', () => {
    expect(isUniqueViolation({ code: '23505' })).toBe(true);
    expect(isUniqueViolation({ code: '23503' })).toBe(false);
    expect(isUniqueViolation(new Error('x'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });
});

describe('prepared statements', () => {
  it('prepares each SQL text once and reuses it, with fresh parameters each time', () => {
    const database = openNodeSqliteDatabase(':memory:');
    const texts: string[] = [];
    const prepare = database.prepare.bind(database);
    database.prepare = (text: string) => (texts.push(text), prepare(text));
    const adapted = adaptNodeSqlite(database);
    adapted.prepare('create table t (n integer)').run([]);
    for (const n of [1, 2, 3]) adapted.prepare('insert into t (n) values (?)').run([n]);
    expect(adapted.prepare('select n from t where n >= ? order by n').all([2])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(adapted.prepare('select n from t where n >= ? order by n').all([3])).toEqual([{ n: 3 }]);
    expect(texts).toEqual(['create table t (n integer)', 'insert into t (n) values (?)', 'select n from t where n >= ? order by n']);
    adapted.close();
  });
});
