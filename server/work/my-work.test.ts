import { describe, expect, it } from 'vitest';
import { seedParticipant, seedSession, useStore } from '../storage/test-helpers.ts';
import { emptyBoard } from '../../src/shared/moodboard/board.ts';
import { myAssignments } from './my-work.ts';

describe('myAssignments', () => {
  const fixture = useStore('memory');

  it("gives the student's handouts newest first with status, versions and feedback", async () => {
    const { store, clock } = fixture();
    await seedSession(store, { id: 's1', code: 'AAAAAA' });
    await seedSession(store, { id: 's2', code: 'CCCCCC' });
    const sam = await seedParticipant(store, { id: 'p1', sessionId: 's1', name: 'Sam' });
    await seedParticipant(store, { id: 'p2', sessionId: 's1', name: 'Noor' });
    const base = { teacherId: 't1', lessonSlug: 'm/l', assignmentId: 'a' };
    clock.now = 1_000;
    await store.createHandout({ ...base, id: 'h-old', sessionId: 's1', deadline: 50_000 });
    clock.now = 2_000;
    await store.createHandout({ ...base, id: 'h-new', sessionId: 's1', deadline: 50_000 });
    await store.createHandout({ ...base, id: 'h-other', sessionId: 's2', deadline: 50_000 });
    // Noor's board must not show up as Sam's.
    const noor = await store.ensureBoard({ handoutId: 'h-new', participantId: 'p2', doc: emptyBoard() });
    await store.saveBoard(noor.id, emptyBoard(), 0, 3_000);
    const board = await store.ensureBoard({ handoutId: 'h-old', participantId: 'p1', doc: emptyBoard() });
    await store.saveBoard(board.id, { ...emptyBoard(), explanation: 'Klaar' }, 0, 3_000);
    await store.handIn({ boardId: board.id, revision: 1, now: 4_000, late: false });
    await store.setFeedback({ boardId: board.id, teacherId: 't1', text: 'Sterk bord', grade: '8', now: 5_000 });

    const rows = await myAssignments(store, sam, 10_000);
    expect(rows.map((row) => [row.handout.id, row.boardId, row.status, row.versions, row.feedback])).toEqual([
      ['h-new', null, 'notStarted', 0, null],
      ['h-old', board.id, 'handedIn', 1, { text: 'Sterk bord', grade: '8' }],
    ]);
    expect((await myAssignments(store, sam, 60_000)).map((row) => row.status)).toEqual(['late', 'handedIn']);
  });

  it('is empty when the session has no handouts', async () => {
    const { store } = fixture();
    await seedSession(store, { id: 's1', code: 'AAAAAA' });
    const sam = await seedParticipant(store, { id: 'p1', sessionId: 's1', name: 'Sam' });
    expect(await myAssignments(store, sam, 0)).toEqual([]);
  });
});
