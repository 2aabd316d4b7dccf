import { describe, expect, it } from 'vitest';
import { boardItemSchema } from '../../src/shared/moodboard/board.ts';
import { ensureStudentBoard } from './board-for-student.ts';
import { readStoredDoc } from '../../src/shared/moodboard/board.ts';
import { emptyDoc, noteItem, useMoodboardFixture } from './test-fixture.ts';

describe('ensureStudentBoard', () => {
  const fixture = useMoodboardFixture();

  it('opens the same empty board every time, only for present students of the handout session', async () => {
    const { store, samBoard } = fixture();
    const handout = await store.findHandout('h1');
    if (!handout) throw new Error('no handout');
    expect(samBoard).toMatchObject({ handoutId: 'h1', participantId: 'p1', revision: 0, doc: emptyDoc() });
    expect(await ensureStudentBoard(store, handout, 'p1')).toEqual(samBoard);
    expect(await ensureStudentBoard(store, handout, 'p3')).toBeNull();
    expect(await ensureStudentBoard(store, handout, 'nobody')).toBeNull();
    await store.addParticipant({ id: 'p4', sessionId: 's1', name: 'Bo', nameKey: 'bo', resumeTokenHash: 'r4' });
    await store.removeParticipant('s1', 'p4', 2_000);
    expect(await ensureStudentBoard(store, handout, 'p4')).toBeNull();
    expect((await store.listBoards('h1')).map((board) => board.participantId).sort()).toEqual(['p1', 'p2']);
  });
});

describe('readStoredDoc', () => {
  it('reads a valid doc as it is', () => {
    const doc = { version: 1 as const, items: [noteItem()], explanation: 'Uitleg' };
    expect(readStoredDoc(doc)).toEqual(doc);
  });

  it('keeps the items that still fit when the stored doc no longer does', () => {
    const stale = {
      version: 1,
      items: [noteItem('n1'), { ...noteItem('n2'), kind: 'video' }, noteItem('n3')],
      explanation: 'Uitleg',
      extra: true,
    };
    const read = readStoredDoc(stale);
    expect(read.items.map((item) => item.id)).toEqual(['n1', 'n3']);
    expect(read.explanation).toBe('Uitleg');
    expect(read.items.every((item) => boardItemSchema.safeParse(item).success)).toBe(true);
    expect(readStoredDoc('garbage')).toEqual(emptyDoc());
  });
});
