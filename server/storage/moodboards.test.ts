import { describe, expect, it } from 'vitest';
import { backends, seedParticipant, seedSession, seedTeacher, useStore, type StoreFixture } from './test-helpers.ts';

const doc = (text: string) => ({ version: 1, items: [], explanation: text });

/** Two sessions of teacher t1 (s1 with Sam and Noor, s2 with Kim) and a handout h1 in s1. */
async function seed({ store, clock }: StoreFixture) {
  await seedSession(store, { id: 's1', code: 'AAAAAA' });
  await seedSession(store, { id: 's2', code: 'CCCCCC' });
  await seedParticipant(store, { id: 'p1', sessionId: 's1', name: 'Sam' });
  await seedParticipant(store, { id: 'p2', sessionId: 's1', name: 'Noor' });
  await seedParticipant(store, { id: 'p3', sessionId: 's2', name: 'Kim' });
  clock.now = 5_000;
  return store.createHandout({ id: 'h1', teacherId: 't1', sessionId: 's1', lessonSlug: 'm/l', assignmentId: 'a', deadline: 100_000 });
}

describe.each(backends)('moodboards (%s)', (backend) => {
  const fixture = useStore(backend);

  it('stores handouts and lists them newest first, per teacher and per session', async () => {
    const { store, clock } = fixture();
    const h1 = await seed(fixture());
    expect(h1).toEqual({
      id: 'h1',
      teacherId: 't1',
      sessionId: 's1',
      lessonSlug: 'm/l',
      assignmentId: 'a',
      deadline: 100_000,
      createdAt: 5_000,
    });
    clock.now = 6_000;
    const h2 = await store.createHandout({ id: 'h2', teacherId: 't1', sessionId: 's2', lessonSlug: 'm/l', assignmentId: 'a', deadline: 1 });
    await seedTeacher(store, 't2');
    expect(await store.findHandout('h1')).toEqual(h1);
    expect(await store.findHandout('nope')).toBeNull();
    expect(await store.listHandoutsForTeacher('t1')).toEqual([h2, h1]);
    expect(await store.listHandoutsForTeacher('t2')).toEqual([]);
    expect(await store.listHandoutsForSession('s1')).toEqual([h1]);
    expect(await store.setHandoutDeadline('h1', 200_000)).toBe(true);
    expect(await store.setHandoutDeadline('nope', 1)).toBe(false);
    expect((await store.findHandout('h1'))?.deadline).toBe(200_000);
  });

  it('makes one board per student and handout, even when asked many times at once', async () => {
    const { store, clock } = fixture();
    await seed(fixture());
    clock.now = 7_000;
    const boards = await Promise.all(
      Array.from({ length: 5 }, () => store.ensureBoard({ handoutId: 'h1', participantId: 'p1', doc: doc('') })),
    );
    expect(new Set(boards.map((board) => board.id)).size).toBe(1);
    expect(boards[0]).toEqual({
      id: expect.any(String),
      handoutId: 'h1',
      participantId: 'p1',
      doc: doc(''),
      revision: 0,
      startedAt: null,
      updatedAt: 7_000,
    });
    const other = await store.ensureBoard({ handoutId: 'h1', participantId: 'p2', doc: doc('') });
    expect(other.id).not.toBe(boards[0]?.id);
    expect(await store.findBoard(other.id)).toEqual(other);
    expect(await store.findBoard('nope')).toBeNull();
    expect((await store.listBoards('h1')).map((board) => board.participantId).sort()).toEqual(['p1', 'p2']);
  });

  it('refuses a board for a student of another session or an unknown handout', async () => {
    const { store } = fixture();
    await seed(fixture());
    await expect(store.ensureBoard({ handoutId: 'h1', participantId: 'p3', doc: doc('') })).rejects.toThrow();
    await expect(store.ensureBoard({ handoutId: 'nope', participantId: 'p1', doc: doc('') })).rejects.toThrow();
    expect(await store.listBoards('h1')).toEqual([]);
  });

  it('saves only from the stored revision, sets startedAt once, and lets one of two racing saves win', async () => {
    const { store } = fixture();
    await seed(fixture());
    const board = await store.ensureBoard({ handoutId: 'h1', participantId: 'p1', doc: doc('') });
    const first = await store.saveBoard(board.id, doc('een'), 0, 10_000);
    expect(first).toEqual({ ok: true, board: { ...board, doc: doc('een'), revision: 1, startedAt: 10_000, updatedAt: 10_000 } });
    const second = await store.saveBoard(board.id, doc('twee'), 1, 11_000);
    expect(second.ok && second.board).toMatchObject({ revision: 2, startedAt: 10_000, updatedAt: 11_000 });
    const stale = await store.saveBoard(board.id, doc('oud'), 1, 12_000);
    expect(stale).toEqual({ ok: false, current: { ...board, doc: doc('twee'), revision: 2, startedAt: 10_000, updatedAt: 11_000 } });

    const race = await Promise.all([store.saveBoard(board.id, doc('a'), 2, 13_000), store.saveBoard(board.id, doc('b'), 2, 13_000)]);
    expect(race.filter((result) => result.ok)).toHaveLength(1);
    expect((await store.findBoard(board.id))?.revision).toBe(3);
    await expect(store.saveBoard('nope', doc(''), 0, 1)).rejects.toThrow();
  });

  it('hands in numbered copies of the board at the given revision only', async () => {
    const { store } = fixture();
    await seed(fixture());
    const board = await store.ensureBoard({ handoutId: 'h1', participantId: 'p1', doc: doc('') });
    await store.saveBoard(board.id, doc('v1'), 0, 10_000);
    expect(await store.handIn({ boardId: board.id, revision: 0, now: 11_000, late: false })).toBeNull();
    const v1 = await store.handIn({ boardId: board.id, revision: 1, now: 11_000, late: false });
    expect(v1).toEqual({
      id: expect.any(String),
      boardId: board.id,
      number: 1,
      doc: doc('v1'),
      revision: 1,
      handedInAt: 11_000,
      late: false,
    });
    await store.saveBoard(board.id, doc('v2'), 1, 12_000);
    const v2 = await store.handIn({ boardId: board.id, revision: 2, now: 99_000, late: false });
    const versions = await store.listVersions(board.id);
    expect(versions.map((version) => [version.number, version.late, (version.doc as { explanation: string }).explanation])).toEqual([
      [1, false, 'v1'],
      [2, false, 'v2'],
    ]);
    // The same revision again (an answer that was lost, retried after the deadline, three at once):
    // the version already handed in, with its own time and lateness, and no new one.
    const again = await Promise.all([
      store.handIn({ boardId: board.id, revision: 2, now: 200_000, late: true }),
      store.handIn({ boardId: board.id, revision: 2, now: 200_001, late: true }),
      store.handIn({ boardId: board.id, revision: 2, now: 200_002, late: true }),
    ]);
    expect(again).toEqual([v2, v2, v2]);
    expect(await store.listVersions(board.id)).toEqual(versions);
    expect(await store.handIn({ boardId: 'nope', revision: 0, now: 1, late: false })).toBeNull();

    await store.saveBoard(board.id, doc('v3'), 2, 150_000);
    expect(await store.handIn({ boardId: board.id, revision: 3, now: 200_000, late: true })).toMatchObject({ number: 3, late: true });

    // A deadline moved past the late hand-in makes it on time; moved back, they are late again.
    const lateness = async () => (await store.listVersions(board.id)).map((version) => version.late);
    await store.setHandoutDeadline('h1', 200_000);
    expect(await lateness()).toEqual([false, false, false]);
    await store.setHandoutDeadline('h1', 10_000);
    expect(await lateness()).toEqual([true, true, true]);
    await store.setHandoutDeadline('h1', 150_000);
    expect(await lateness()).toEqual([false, false, true]);
  });

  it('keeps one feedback per board, replaced on write', async () => {
    const { store } = fixture();
    await seed(fixture());
    const board = await store.ensureBoard({ handoutId: 'h1', participantId: 'p1', doc: doc('') });
    expect(await store.findFeedback(board.id)).toBeNull();
    await store.setFeedback({ boardId: board.id, teacherId: 't1', text: 'Goed begin', grade: null, now: 20_000 });
    const replaced = await store.setFeedback({ boardId: board.id, teacherId: 't1', text: 'Mooi', grade: '7.5', now: 21_000 });
    expect(replaced).toEqual({ boardId: board.id, teacherId: 't1', text: 'Mooi', grade: '7.5', updatedAt: 21_000 });
    expect(await store.findFeedback(board.id)).toEqual(replaced);
  });

  it('stores uploads and adds up the bytes per student', async () => {
    const { store } = fixture();
    await seed(fixture());
    const board = await store.ensureBoard({ handoutId: 'h1', participantId: 'p1', doc: doc('') });
    expect(await store.uploadedBytes('p1')).toBe(0);
    const upload = await store.createUpload({
      id: 'u1',
      participantId: 'p1',
      boardId: board.id,
      mime: 'image/webp',
      width: 40,
      height: 30,
      bytes: 1_500,
      now: 9,
    });
    await store.createUpload({
      id: 'u2',
      participantId: 'p1',
      boardId: board.id,
      mime: 'image/webp',
      width: 40,
      height: 30,
      bytes: 2_500,
      now: 9,
    });
    expect(upload).toEqual({
      id: 'u1',
      participantId: 'p1',
      boardId: board.id,
      mime: 'image/webp',
      width: 40,
      height: 30,
      bytes: 1_500,
      createdAt: 9,
    });
    expect(await store.findUpload('u1')).toEqual(upload);
    expect(await store.findUpload('nope')).toBeNull();
    expect(await store.uploadedBytes('p1')).toBe(4_000);
    expect(await store.uploadedBytes('p2')).toBe(0);
  });

  it('gives each student one unique work code, skipping codes that are taken', async () => {
    const { store } = fixture();
    await seed(fixture());
    const codes = ['AAAA-1111', 'AAAA-1111', 'BBBB-2222', 'CCCC-3333'];
    const makeCode = () => codes.shift() ?? 'ZZZZ-9999';
    expect(await store.workCodeFor('p1', makeCode)).toBe('AAAA-1111');
    expect(await store.workCodeFor('p1', makeCode)).toBe('AAAA-1111');
    expect(await store.workCodeFor('p2', makeCode)).toBe('BBBB-2222');
    expect(codes).toEqual(['CCCC-3333']);
    const racing = await Promise.all([store.workCodeFor('p3', () => 'DDDD-4444'), store.workCodeFor('p3', () => 'EEEE-5555')]);
    expect(racing[0]).toBe(racing[1]);
    expect((await store.findParticipantByWorkCode('BBBB-2222'))?.id).toBe('p2');
    expect(await store.findParticipantByWorkCode('bbbb-2222')).toBeNull();
    await store.removeParticipant('s1', 'p2', 50);
    expect((await store.findParticipantByWorkCode('BBBB-2222'))?.removedAt).toBe(50);
    await expect(store.workCodeFor('nobody', () => 'FFFF-6666')).rejects.toThrow();
  });

  it('replaces a work code: the old one and the logins made with it stop working', async () => {
    const { store } = fixture();
    await seed(fixture());
    await store.workCodeFor('p1', () => 'AAAA-1111');
    await store.workCodeFor('p2', () => 'BBBB-2222');
    await store.createStudentLogin({ tokenHash: 'sam', participantId: 'p1', expiresAt: 10_000 });
    await store.createStudentLogin({ tokenHash: 'noor', participantId: 'p2', expiresAt: 10_000 });
    expect(await store.replaceWorkCode('p1', () => 'CCCC-3333')).toBe('CCCC-3333');
    expect(await store.findParticipantByWorkCode('AAAA-1111')).toBeNull();
    expect((await store.findParticipantByWorkCode('CCCC-3333'))?.id).toBe('p1');
    expect(await store.workCodeFor('p1', () => 'DDDD-4444')).toBe('CCCC-3333');
    expect(await store.findStudentLogin('sam', 1)).toBeNull();
    expect(await store.findStudentLogin('noor', 1)).not.toBeNull();
    expect((await store.findParticipantByWorkCode('BBBB-2222'))?.id).toBe('p2');
  });

  it('fails clearly when the code maker keeps giving taken codes', async () => {
    const { store } = fixture();
    await seed(fixture());
    await store.workCodeFor('p1', () => 'AAAA-1111');
    await expect(store.workCodeFor('p2', () => 'AAAA-1111')).rejects.toThrow(/work code/);
  });

  it('finds student logins until they expire, and forgets deleted ones', async () => {
    const { store, clock } = fixture();
    await seed(fixture());
    clock.now = 1_000;
    const login = await store.createStudentLogin({ tokenHash: 'h', participantId: 'p1', expiresAt: 5_000 });
    expect(login).toEqual({ tokenHash: 'h', participantId: 'p1', createdAt: 1_000, expiresAt: 5_000 });
    expect(await store.findStudentLogin('h', 4_999)).toEqual(login);
    expect(await store.findStudentLogin('h', 5_000)).toBeNull();
    expect(await store.findStudentLogin('other', 1)).toBeNull();
    expect(await store.deleteStudentLogin('h')).toBe(true);
    expect(await store.deleteStudentLogin('h')).toBe(false);
    expect(await store.findStudentLogin('h', 1)).toBeNull();
  });
});
