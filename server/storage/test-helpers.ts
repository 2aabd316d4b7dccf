import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeEach } from 'vitest';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { createTestSchema, testDatabaseUrl, type TestSchema } from './test-postgres.ts';
import type { Store } from './types.ts';

/**
 * Every store the tests run against: SQLite in memory and as a file in a fresh temp folder, and
 * PostgreSQL (`TEST_DATABASE_URL`) in a fresh schema of its own.
 */
export const backends = ['memory', 'file', 'postgres'] as const;
export type Backend = (typeof backends)[number];

export interface TestState {
  revision: number;
  slide: number;
}

export interface StoreFixture {
  store: Store<TestState>;
  /** Fake time used for createdAt/joinedAt; tests move it on. */
  clock: { now: number };
  /** The SQLite folder (`':memory:'` also for PostgreSQL, which has none). */
  dataDir: string;
}

/** Makes a temp folder for a file-backed store; the returned function deletes it. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lesplatform-store-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Registers hooks that give every test a fresh, migrated store of `backend`; read the fixture
 * inside tests through the returned getter. SQLite opens a new database per test; PostgreSQL
 * migrates one fresh schema per `useStore` call (in practice per test file) and empties it before
 * every test, because migrating takes a few hundred milliseconds there.
 */
export function useStore(backend: Backend): () => StoreFixture {
  return backend === 'postgres' ? postgresFixture() : sqliteFixture(backend);
}

function sqliteFixture(backend: 'memory' | 'file'): () => StoreFixture {
  let fixture: StoreFixture | undefined;
  let removeDir = (): void => {};
  beforeEach(async () => {
    const clock = { now: 1_000 };
    let dataDir = ':memory:';
    if (backend === 'file') {
      const temp = makeTempDir();
      dataDir = temp.dir;
      removeDir = temp.remove;
    }
    const store = await openSqliteStore<TestState>({ dataDir, clock: () => clock.now });
    fixture = { store, clock, dataDir };
  });
  afterEach(async () => {
    await fixture?.store.close();
    fixture = undefined;
    removeDir();
  });
  return () => {
    if (!fixture) throw new Error('useStore fixture read outside a test');
    return fixture;
  };
}

function postgresFixture(): () => StoreFixture {
  const clock = { now: 1_000 };
  let opening: Promise<{ schema: TestSchema; store: Store<TestState> }> | undefined;
  let store: Store<TestState> | undefined;
  const open = async () => {
    const schema = await createTestSchema();
    try {
      return {
        schema,
        store: await openPostgresStore<TestState>({ connectionString: testDatabaseUrl(), schema: schema.schema, clock: () => clock.now }),
      };
    } catch (error) {
      await schema.drop();
      throw error;
    }
  };
  // Opened by the first test rather than in beforeAll: without a server every test then fails
  // with the reason, instead of being reported as skipped.
  beforeEach(async () => {
    opening ??= open();
    const opened = await opening;
    clock.now = 1_000;
    await opened.schema.empty();
    store = opened.store;
  });
  afterEach(() => {
    store = undefined;
  });
  afterAll(async () => {
    const opened = await opening?.catch(() => undefined);
    if (opened) await opened.store.close().finally(opened.schema.drop);
  });
  return () => {
    if (!store) throw new Error('useStore fixture read outside a test');
    return { store, clock, dataDir: ':memory:' };
  };
}

/** Creates a teacher with predictable fields. */
export function seedTeacher(store: Store<TestState>, id = 't1') {
  return store.createTeacher({ id, email: `${id}@school.nl`, name: `Teacher ${id}`, passwordHash: `hash-${id}` });
}

/** Creates a teacher (unless `teacherId` exists already) and a live session at revision 0. */
export async function seedSession(store: Store<TestState>, { id = 's1', code = 'ABC123', teacherId = 't1' } = {}) {
  if (!(await store.findTeacherById(teacherId))) await seedTeacher(store, teacherId);
  return store.createLiveSession({ id, code, teacherId, lessonSlug: 'demo/intro', state: { revision: 0, slide: 1 } });
}

/** Adds a participant whose name key is the lowercased name. */
export function seedParticipant(store: Store<TestState>, { id = 'p1', sessionId = 's1', name = 'Sam' } = {}) {
  return store.addParticipant({ id, sessionId, name, nameKey: name.toLowerCase(), resumeTokenHash: `resume-${id}` });
}

/**
 * Cleanups run after each test, last added first, and a fresh temporary folder that is one of them.
 * Call at the top of a test file.
 */
export function cleanupAfterEach(): { later: (cleanup: () => unknown) => void; tempDir: () => string } {
  const cleanups: (() => unknown)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return {
    later: (cleanup) => cleanups.push(cleanup),
    tempDir: () => {
      const temp = makeTempDir();
      cleanups.push(temp.remove);
      return temp.dir;
    },
  };
}
