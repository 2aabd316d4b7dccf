import { describe, expect, it } from 'vitest';
import { createSessionState, type SessionState } from '../../src/shared/session/state.ts';
import { openSqliteStore } from './sqlite-store.ts';
import { backends, seedSession, seedTeacher, useStore, type TestState } from './test-helpers.ts';
import type { NewClassStudent, Store } from './types.ts';

const student = (id: string, name: string): NewClassStudent => ({ id, name, nameKey: name.toLowerCase(), resumeTokenHash: `nobody-${id}` });

const makeClass = (
  store: Store<TestState>,
  { sessionId = 'k1', teacherId = 't1', name = 'MV3A', code = 'KLAS01', students = [student('p1', 'Sam'), student('p2', 'Noor')] } = {},
) => store.createClass({ sessionId, teacherId, name, code, state: { revision: 0, slide: 1 }, students });

describe.each(backends)('classes (%s)', (backend) => {
  const fixture = useStore(backend);

  it('creates a class with an ended backing session and its students', async () => {
    const { store, clock } = fixture();
    await seedTeacher(store);
    clock.now = 5_000;
    const created = await makeClass(store);
    expect(created).toEqual({ sessionId: 'k1', teacherId: 't1', name: 'MV3A', createdAt: 5_000 });
    expect(await store.findClassBySession('k1')).toEqual(created);
    expect(await store.findLiveSessionById('k1')).toEqual({
      id: 'k1',
      code: 'KLAS01',
      teacherId: 't1',
      lessonSlug: '',
      state: { revision: 0, slide: 1 },
      revision: 0,
      createdAt: 5_000,
      endedAt: 5_000,
    });
    const names = (await store.listParticipants('k1')).map((participant) => participant.name).sort();
    expect(names).toEqual(['Noor', 'Sam']);
  });

  it('never makes its code joinable, even when an open lesson has the same code', async () => {
    const { store } = fixture();
    const open = await seedSession(store, { id: 's1', code: 'ABC123' });
    await makeClass(store, { code: 'ABC123' });
    expect(await store.findOpenLiveSessionByCode('ABC123')).toEqual(open);
    await makeClass(store, { sessionId: 'k2', code: 'QQQ777', students: [] });
    expect(await store.findOpenLiveSessionByCode('QQQ777')).toBeNull();
  });

  it('is not a class when the session is an ordinary live lesson', async () => {
    const { store } = fixture();
    await seedSession(store);
    expect(await store.findClassBySession('s1')).toBeNull();
    expect(await store.findClassBySession('unknown')).toBeNull();
  });

  it("refuses two students with one name key: 'name_taken', and stores nothing", async () => {
    const { store } = fixture();
    await seedTeacher(store);
    const clash = makeClass(store, { students: [student('p1', 'Sam'), student('p2', 'SAM')] });
    await expect(clash).rejects.toMatchObject({ code: 'name_taken' });
    expect(await store.findLiveSessionById('k1')).toBeNull();
    expect(await store.findClassBySession('k1')).toBeNull();
    expect(await store.listClassesForTeacher('t1')).toEqual([]);
  });

  it('lists only the teacher’s classes, by name, counting students on the roster', async () => {
    const { store, clock } = fixture();
    await seedTeacher(store, 't1');
    await seedTeacher(store, 't2');
    await makeClass(store, { sessionId: 'k1', name: 'MV10A' });
    await makeClass(store, { sessionId: 'k2', name: 'mv3a', students: [] });
    await makeClass(store, { sessionId: 'k3', teacherId: 't2', name: 'AB1', students: [student('p9', 'Ali')] });
    clock.now = 9_000;
    await store.removeParticipant('k1', 'p2', clock.now);
    await store.addParticipant({ id: 'p3', sessionId: 'k2', name: 'Eva', nameKey: 'eva', resumeTokenHash: 'nobody-p3' });
    const list = await store.listClassesForTeacher('t1');
    expect(list.map(({ sessionId, name, studentCount }) => ({ sessionId, name, studentCount }))).toEqual([
      { sessionId: 'k2', name: 'mv3a', studentCount: 1 },
      { sessionId: 'k1', name: 'MV10A', studentCount: 1 },
    ]);
    expect(await store.listClassesForTeacher('nobody')).toEqual([]);
  });

  it('renames a class, and answers null for an unknown one', async () => {
    const { store } = fixture();
    await seedTeacher(store);
    await makeClass(store);
    expect(await store.renameClass('k1', 'MV3B')).toMatchObject({ sessionId: 'k1', name: 'MV3B' });
    expect((await store.findClassBySession('k1'))?.name).toBe('MV3B');
    expect(await store.renameClass('unknown', 'X')).toBeNull();
  });

  it('keeps the usual roster rules: a taken name is refused, a removed one is free again', async () => {
    const { store } = fixture();
    await seedTeacher(store);
    await makeClass(store);
    const again = { id: 'p3', sessionId: 'k1', name: 'sam', nameKey: 'sam', resumeTokenHash: 'nobody-p3' };
    await expect(store.addParticipant(again)).rejects.toMatchObject({ code: 'name_taken' });
    await store.removeParticipant('k1', 'p1', 2_000);
    await expect(store.addParticipant(again)).resolves.toMatchObject({ id: 'p3', sessionId: 'k1' });
  });

  it('takes an assignment like a live lesson does: boards and work codes for its students', async () => {
    const { store } = fixture();
    await seedTeacher(store);
    await makeClass(store);
    const handout = await store.createHandout({
      id: 'h1',
      teacherId: 't1',
      sessionId: 'k1',
      lessonSlug: 'm/l',
      assignmentId: 'mb',
      deadline: 99_000,
    });
    expect(await store.listHandoutsForSession('k1')).toEqual([handout]);
    const board = await store.ensureBoard({ handoutId: 'h1', participantId: 'p1', doc: { items: [] } });
    expect(board).toMatchObject({ handoutId: 'h1', participantId: 'p1', revision: 0 });
    const code = await store.workCodeFor('p1', () => 'KQ7M-3PXT');
    expect(code).toBe('KQ7M-3PXT');
    expect((await store.findParticipantByWorkCode(code))?.sessionId).toBe('k1');
  });
});

describe('class backing state', () => {
  it('stores the empty-lesson session state and reads it back through the store’s state check', async () => {
    const store: Store<SessionState> = await openSqliteStore<SessionState>({ dataDir: ':memory:' });
    try {
      await store.createTeacher({ id: 't1', email: 't1@school.nl', name: 'T', passwordHash: 'h' });
      const state = createSessionState({ slug: '', slideCount: 1, items: {}, timers: {} });
      await store.createClass({ sessionId: 'k1', teacherId: 't1', name: 'MV3A', code: 'KLAS01', state, students: [] });
      expect((await store.findLiveSessionById('k1'))?.state).toEqual(state);
      expect((await store.listLiveSessionsForTeacher('t1')).map((session) => session.id)).toEqual(['k1']);
    } finally {
      await store.close();
    }
  });
});
