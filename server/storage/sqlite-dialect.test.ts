import { Kysely, sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
