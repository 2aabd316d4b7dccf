import { existsSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations, runMigrations } from './migrations.ts';
import { NodeSqliteDialect, openNodeSqliteDatabase } from './sqlite-dialect.ts';
import { openSqliteStore, SQLITE_FILE_NAME } from './sqlite-store.ts';
import { seedParticipant, seedSession, cleanupAfterEach, type TestState } from './test-helpers.ts';

const { later, tempDir } = cleanupAfterEach();

/** Reads a file-backed database directly, bypassing the store. */
function rawQuery(dataDir: string, query: string): Record<string, unknown>[] {
  const database = new DatabaseSync(path.join(dataDir, SQLITE_FILE_NAME));
  try {
    return database.prepare(query).all();
  } finally {
    database.close();
  }
}

describe('openSqliteStore', () => {
  it('creates the data folder (mkdir -p) and lesplatform.sqlite in WAL mode', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const store = await openSqliteStore({ dataDir });
    await store.close();
    expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    expect(rawQuery(dataDir, 'PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
  });

  it('keeps everything across a reopen and does not run migrations again', async () => {
    const dataDir = tempDir();
    const first = await openSqliteStore<TestState>({ dataDir, clock: () => 1_000 });
    await seedSession(first);
    await first.saveLiveSessionState('s1', { revision: 1, slide: 4 }, 0);
    await seedParticipant(first);
    const { answer } = await first.saveAnswer({
      sessionId: 's1',
      participantId: 'p1',
      itemId: 'q',
      clientAnswerId: 'c',
      value: [1],
      now: 5,
      replace: false,
    });
    await first.close();
    const applied = rawQuery(dataDir, 'SELECT name, timestamp FROM kysely_migration ORDER BY name');
    expect(applied.map((row) => row.name)).toEqual(migrations.map((migration) => migration.name));

    const second = await openSqliteStore<TestState>({ dataDir });
    try {
      expect(await second.countTeachers()).toBe(1);
      expect(await second.findOpenLiveSessionByCode('ABC123')).toMatchObject({ revision: 1, state: { revision: 1, slide: 4 } });
      expect(await second.findParticipantByResumeToken('resume-p1')).toMatchObject({ id: 'p1', joinedAt: 1_000 });
      expect(await second.listAnswers('s1')).toEqual([answer]);
      expect(
        await second.saveAnswer({
          sessionId: 's1',
          participantId: 'p1',
          itemId: 'q',
          clientAnswerId: 'c',
          value: [2],
          now: 6,
          replace: true,
        }),
      ).toEqual({
        answer,
        duplicate: true,
      });
    } finally {
      await second.close();
    }
    expect(rawQuery(dataDir, 'SELECT name, timestamp FROM kysely_migration ORDER BY name')).toEqual(applied);
  });

  it('gives every in-memory store its own empty database', async () => {
    const one = await openSqliteStore({ dataDir: ':memory:' });
    const two = await openSqliteStore({ dataDir: ':memory:' });
    await one.createTeacher({ id: 't1', email: 'a@b.nl', name: 'A', passwordHash: 'h' });
    expect(await two.countTeachers()).toBe(0);
    await Promise.all([one.close(), two.close()]);
  });

  it('checks stored state with parseState when reading it back', async () => {
    const parseState = (json: unknown): TestState => {
      const state = json as TestState;
      if (typeof state.slide !== 'number') throw new TypeError('bad state');
      return state;
    };
    const store = await openSqliteStore<TestState>({ dataDir: ':memory:', parseState });
    later(() => store.close());
    await seedSession(store);
    // A state that slipped past the types is caught on the way out.
    await store.saveLiveSessionState('s1', JSON.parse('{"revision":1}') as TestState, 0);
    await expect(store.findLiveSessionById('s1')).rejects.toThrow('bad state');
  });
});

describe('migrations', () => {
  it('are numbered, unique and listed in order', () => {
    const names = migrations.map((migration) => migration.name);
    for (const name of names) expect(name).toMatch(/^\d{3}_[a-z0-9_]+$/);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toEqual(names);
  });

  it('run only the ones not run before', async () => {
    const db = new Kysely<unknown>({ dialect: new NodeSqliteDialect(openNodeSqliteDatabase(':memory:')) });
    later(() => db.destroy());
    expect(await runMigrations(db)).toEqual(migrations.map((migration) => migration.name));
    expect(await runMigrations(db)).toEqual([]);
    const next = { name: '999_test_extra', up: (m: Kysely<unknown>) => m.schema.createTable('extra').addColumn('id', 'text').execute() };
    expect(await runMigrations(db, [...migrations, next])).toEqual(['999_test_extra']);
  });

  it('roll back completely when one fails, so a fixed release can run them again', async () => {
    const dataDir = tempDir();
    const broken = {
      name: '002_broken',
      async up(db: Kysely<unknown>) {
        await db.schema.createTable('half_done').addColumn('id', 'text').execute();
        throw new Error('boom');
      },
    };
    const db = new Kysely<unknown>({ dialect: new NodeSqliteDialect(openNodeSqliteDatabase(path.join(dataDir, SQLITE_FILE_NAME))) });
    await expect(runMigrations(db, [...migrations, broken])).rejects.toThrow(/migration failed: boom/);
    await db.destroy();
    expect(rawQuery(dataDir, "SELECT name FROM sqlite_master WHERE name IN ('teachers', 'half_done')")).toEqual([]);
    expect(rawQuery(dataDir, 'SELECT name FROM kysely_migration')).toEqual([]);

    const store = await openSqliteStore({ dataDir });
    expect(await store.countTeachers()).toBe(0);
    await store.close();
  });
});
