import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './types.ts';

/** The two ways the tests open SQLite: in memory, and as a file in a fresh temp folder. */
export const backends = ['memory', 'file'] as const;
export type Backend = (typeof backends)[number];

export interface TestState {
  revision: number;
  slide: number;
}

export interface StoreFixture {
  store: Store<TestState>;
  /** Fake time used for createdAt/joinedAt; tests move it on. */
  clock: { now: number };
  dataDir: string;
}

/** Makes a temp folder for a file-backed store; the returned function deletes it. */
export function makeTempDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'lesplatform-store-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * Registers beforeEach/afterEach hooks that give every test a fresh, migrated store of `backend`;
 * read the fixture inside tests through the returned getter.
 */
export function useStore(backend: Backend): () => StoreFixture {
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
