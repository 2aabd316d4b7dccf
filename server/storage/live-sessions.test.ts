import { describe, expect, it } from 'vitest';
import { StoreConflictError } from './errors.ts';
import { backends, seedSession, seedTeacher, useStore } from './test-helpers.ts';

describe.each(backends)('live sessions (%s)', (backend) => {
  const fixture = useStore(backend);

  it('creates a session and finds it by id and by code', async () => {
    const { store, clock } = fixture();
    await seedTeacher(store);
    clock.now = 7_000;
    const session = await store.createLiveSession({
      id: 's1',
      code: 'ABC123',
      teacherId: 't1',
      lessonSlug: 'm/l',
      state: { revision: 3, slide: 2 },
    });
    expect(session).toEqual({
      id: 's1',
      code: 'ABC123',
      teacherId: 't1',
      lessonSlug: 'm/l',
      state: { revision: 3, slide: 2 },
      revision: 3,
      createdAt: 7_000,
      endedAt: null,
    });
    expect(await store.findLiveSessionById('s1')).toEqual(session);
    expect(await store.findOpenLiveSessionByCode('ABC123')).toEqual(session);
    expect(await store.findLiveSessionById('nope')).toBeNull();
    expect(await store.findOpenLiveSessionByCode('ZZZ999')).toBeNull();
  });

  it("refuses a code that an open session uses: 'code_taken'", async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'ABC123' });
    const clash = seedSession(store, { id: 's2', code: 'ABC123' });
    await expect(clash).rejects.toBeInstanceOf(StoreConflictError);
    await expect(clash).rejects.toMatchObject({ code: 'code_taken' });
    expect(await store.findLiveSessionById('s2')).toBeNull();
  });

  it('lets a code be reused once the session using it has ended', async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'ABC123' });
    expect(await store.endLiveSession('s1', 9_000)).toBe(true);
    expect(await store.findOpenLiveSessionByCode('ABC123')).toBeNull();
    await seedSession(store, { id: 's2', code: 'ABC123' });
    expect((await store.findOpenLiveSessionByCode('ABC123'))?.id).toBe('s2');
    // Ended sessions never block each other either.
    await store.endLiveSession('s2', 9_500);
    await seedSession(store, { id: 's3', code: 'ABC123' });
  });

  it('gives exactly one of two concurrent sessions with one code', async () => {
    const { store } = fixture();
    await seedTeacher(store);
    const results = await Promise.allSettled([seedSession(store, { id: 's1' }), seedSession(store, { id: 's2' })]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((result) => result.status === 'rejected')).toMatchObject({ reason: { code: 'code_taken' } });
  });

  it('ends a session once', async () => {
    const { store } = fixture();
    await seedSession(store);
    expect(await store.endLiveSession('s1', 9_000)).toBe(true);
    expect(await store.endLiveSession('s1', 9_999)).toBe(false);
    expect(await store.endLiveSession('unknown', 9_999)).toBe(false);
    expect(await store.findLiveSessionById('s1')).toMatchObject({ endedAt: 9_000 });
  });

  it("lists a teacher's sessions newest first, ended ones included, and no one else's", async () => {
    const { store, clock } = fixture();
    await seedTeacher(store, 't1');
    await seedTeacher(store, 't2');
    clock.now = 1_000;
    await seedSession(store, { id: 'old', code: 'AAAAAA' });
    clock.now = 2_000;
    await seedSession(store, { id: 'new', code: 'BBBBBB' });
    await seedSession(store, { id: 'other', code: 'CCCCCC', teacherId: 't2' });
    await store.endLiveSession('old', 3_000);
    expect((await store.listLiveSessionsForTeacher('t1')).map((session) => session.id)).toEqual(['new', 'old']);
    expect(await store.listLiveSessionsForTeacher('nobody')).toEqual([]);
  });

  it('saves state only at the expected revision (optimistic concurrency)', async () => {
    const { store } = fixture();
    await seedSession(store);
    expect(await store.saveLiveSessionState('s1', { revision: 1, slide: 2 }, 0)).toBe(true);
    expect(await store.findLiveSessionById('s1')).toMatchObject({ revision: 1, state: { revision: 1, slide: 2 } });

    expect(await store.saveLiveSessionState('s1', { revision: 1, slide: 9 }, 0)).toBe(false);
    expect(await store.findLiveSessionById('s1')).toMatchObject({ revision: 1, state: { revision: 1, slide: 2 } });
    expect(await store.saveLiveSessionState('unknown', { revision: 1, slide: 1 }, 0)).toBe(false);
  });

  it('saves several sessions in one go, each only at its expected revision, in order', async () => {
    const { store } = fixture();
    await seedSession(store);
    await seedSession(store, { id: 's2', code: 'XYZ789' });
    const saved = await store.saveLiveSessionStates([
      { id: 's1', state: { revision: 1, slide: 2 }, expectedRevision: 0 },
      { id: 's2', state: { revision: 5, slide: 3 }, expectedRevision: 4 },
      { id: 's1', state: { revision: 2, slide: 4 }, expectedRevision: 1 },
      { id: 'unknown', state: { revision: 1, slide: 1 }, expectedRevision: 0 },
    ]);
    expect(saved).toEqual([true, false, true, false]);
    expect(await store.findLiveSessionById('s1')).toMatchObject({ revision: 2, state: { slide: 4 } });
    expect(await store.findLiveSessionById('s2')).toMatchObject({ revision: 0 });
    expect(await store.saveLiveSessionStates([])).toEqual([]);
    await expect(store.saveLiveSessionStates([{ id: 's2', state: { revision: 0, slide: 1 }, expectedRevision: 0 }])).rejects.toBeInstanceOf(
      RangeError,
    );
  });

  it('lets only one of two writers from the same revision win', async () => {
    const { store } = fixture();
    await seedSession(store);
    const results = await Promise.all([
      store.saveLiveSessionState('s1', { revision: 1, slide: 5 }, 0),
      store.saveLiveSessionState('s1', { revision: 1, slide: 6 }, 0),
    ]);
    expect([...results].sort()).toEqual([false, true]);
    // Which one wins is up to the database (PostgreSQL runs them on two connections); the stored state is the winner's.
    expect((await store.findLiveSessionById('s1'))?.state.slide).toBe(results[0] ? 5 : 6);
  });

  it('refuses a new state whose revision does not move forward', async () => {
    const { store } = fixture();
    await seedSession(store);
    await expect(store.saveLiveSessionState('s1', { revision: 0, slide: 2 }, 0)).rejects.toBeInstanceOf(RangeError);
  });

  it('refuses a session for an unknown teacher (foreign key)', async () => {
    const { store } = fixture();
    const create = store.createLiveSession({
      id: 's1',
      code: 'ABC123',
      teacherId: 'ghost',
      lessonSlug: 'm/l',
      state: { revision: 0, slide: 1 },
    });
    await expect(create).rejects.toThrow(/FOREIGN KEY/i);
  });
});
