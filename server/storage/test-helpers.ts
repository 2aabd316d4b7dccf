import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openPostgresStore } from './postgres-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { createTestSchema, testDatabaseUrl } from './test-postgres.ts';
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

/** Opens a fresh, migrated store of `backend`; the returned `remove` closes it and deletes its data. */
export async function openTestStore(backend: Backend, clock: () => number): Promise<{ store: Store<TestState>; dataDir: string; remove: () => Promise<void> }> {
  if (backend === 'postgres') {
    const { schema, drop } = await createTestSchema();
    try {
      const store = await openPostgresStore<TestState>({ connectionString: testDatabaseUrl(), schema, clock });
      return { store, dataDir: ':memory:', remove: () => store.close().finally(drop) };
    } catch (error) {
      await drop();
      throw error;
    }
  }
  const temp = backend === 'file' ? makeTempDir() : undefined;
  const store = await openSqliteStore<TestState>({ dataDir: temp?.dir ?? ':memory:', clock });
  return { store, dataDir: temp?.dir ?? ':memory:', remove: () => store.close().finally(() => temp?.remove()) };
}

/**
 * Registers beforeEach/afterEach hooks that give every test a fresh, migrated store of `backend`;
 * read the fixture inside tests through the returned getter.
 */
export function useStore(backend: Backend): () => StoreFixture {
  let fixture: StoreFixture | undefined;
  let remove = async (): Promise<void> => {};
  beforeEach(async () => {
    const clock = { now: 1_000 };
    const opened = await openTestStore(backend, () => clock.now);
    remove = opened.remove;
    fixture = { store: opened.store, clock, dataDir: opened.dataDir };
  });
  afterEach(async () => {
    fixture = undefined;
    await remove();
    remove = async () => {};
  });
  return () => {
    if (!fixture) throw new Error('useStore fixture read outside a test');
    return fixture;
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
