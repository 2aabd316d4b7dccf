import { describe, expect, it } from 'vitest';
import { StoreConflictError } from './errors.ts';
import { backends, seedParticipant, seedSession, useStore, type StoreFixture } from './test-helpers.ts';
import type { SaveAnswerInput } from './types.ts';

const answer = (overrides: Partial<SaveAnswerInput> = {}): SaveAnswerInput => ({
  sessionId: 's1',
  participantId: 'p1',
  itemId: 'quiz-1',
  clientAnswerId: 'c1',
  value: { choice: 'b' },
  now: 10_000,
  replace: false,
  ...overrides,
});

async function seed({ store }: StoreFixture): Promise<void> {
  await seedSession(store);
  await seedParticipant(store, { id: 'p1', name: 'Sam' });
  await seedParticipant(store, { id: 'p2', name: 'Noor' });
}

describe.each(backends)('answers (%s)', (backend) => {
  const fixture = useStore(backend);

  it('stores an answer with a server id and its JSON value', async () => {
    const { store } = fixture();
    await seed(fixture());
    const { answer: saved, duplicate } = await store.saveAnswer(answer({ value: { words: ['één', 'twee'], n: 2, ok: true } }));
    expect(duplicate).toBe(false);
    expect(saved).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      sessionId: 's1',
      participantId: 'p1',
      itemId: 'quiz-1',
      clientAnswerId: 'c1',
      value: { words: ['één', 'twee'], n: 2, ok: true },
      createdAt: 10_000,
      updatedAt: 10_000,
    });
    expect(await store.listAnswers('s1')).toEqual([saved]);
  });

  it('treats the same client answer id twice as one answer, duplicate: true, changing nothing', async () => {
    const { store } = fixture();
    await seed(fixture());
    const first = await store.saveAnswer(answer());
    const retry = await store.saveAnswer(answer({ value: { choice: 'c' }, now: 20_000, replace: true }));
    expect(retry).toEqual({ answer: first.answer, duplicate: true });
    expect(await store.listAnswers('s1')).toEqual([first.answer]);
  });

  it("refuses a second answer to the item without replace: 'already_answered'", async () => {
    const { store } = fixture();
    await seed(fixture());
    const first = await store.saveAnswer(answer());
    const second = store.saveAnswer(answer({ clientAnswerId: 'c2', value: { choice: 'c' } }));
    await expect(second).rejects.toBeInstanceOf(StoreConflictError);
    await expect(second).rejects.toMatchObject({ code: 'already_answered' });
    expect(await store.listAnswers('s1')).toEqual([first.answer]);
  });

  it('with replace updates the earlier answer in place, keeping its id and createdAt', async () => {
    const { store } = fixture();
    await seed(fixture());
    const first = await store.saveAnswer(answer());
    const replaced = await store.saveAnswer(answer({ clientAnswerId: 'c2', value: { choice: 'c' }, now: 11_000, replace: true }));
    expect(replaced).toEqual({
      duplicate: false,
      answer: { ...first.answer, clientAnswerId: 'c2', value: { choice: 'c' }, updatedAt: 11_000 },
    });
    expect(await store.listAnswers('s1')).toEqual([replaced.answer]);
    // The replacing submission's id is now the stored one, so its retry is recognised.
    expect(await store.saveAnswer(answer({ clientAnswerId: 'c2', value: { choice: 'c' }, replace: true }))).toMatchObject({
      duplicate: true,
    });
  });

  it('stores exactly one answer when submissions for one item race', async () => {
    const { store } = fixture();
    await seed(fixture());
    const results = await Promise.allSettled(
      ['c1', 'c2', 'c3', 'c4'].map((clientAnswerId) => store.saveAnswer(answer({ clientAnswerId }))),
    );
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    for (const result of results.filter((r) => r.status === 'rejected')) expect(result.reason).toMatchObject({ code: 'already_answered' });
    expect(await store.listAnswers('s1', 'quiz-1')).toHaveLength(1);
  });

  it('stores one answer when the same submission races with itself', async () => {
    const { store } = fixture();
    await seed(fixture());
    const results = await Promise.all([store.saveAnswer(answer()), store.saveAnswer(answer()), store.saveAnswer(answer())]);
    expect(results.map((result) => result.duplicate).sort()).toEqual([false, true, true]);
    expect(new Set(results.map((result) => result.answer.id)).size).toBe(1);
    expect(await store.listAnswers('s1')).toHaveLength(1);
  });

  it('keeps one row per item when replacing submissions race', async () => {
    const { store } = fixture();
    await seed(fixture());
    const values = ['a', 'b', 'c', 'd'];
    const results = await Promise.all(
      values.map((choice, i) => store.saveAnswer(answer({ clientAnswerId: `c${i}`, value: { choice }, replace: true }))),
    );
    expect(new Set(results.map((result) => result.answer.id)).size).toBe(1);
    const stored = await store.listAnswers('s1', 'quiz-1');
    expect(stored).toHaveLength(1);
    expect(values).toContain((stored[0]?.value as { choice: string }).choice);
  });

  it('lists answers by item and by participant, oldest first', async () => {
    const { store } = fixture();
    await seed(fixture());
    const late = await store.saveAnswer(answer({ participantId: 'p1', itemId: 'poll', clientAnswerId: 'a', now: 300 }));
    const early = await store.saveAnswer(answer({ participantId: 'p2', itemId: 'poll', clientAnswerId: 'b', now: 100 }));
    const other = await store.saveAnswer(answer({ participantId: 'p1', itemId: 'quiz', clientAnswerId: 'c', now: 200 }));
    expect((await store.listAnswers('s1')).map((a) => a.id)).toEqual([early, other, late].map((r) => r.answer.id));
    expect((await store.listAnswers('s1', 'poll')).map((a) => a.id)).toEqual([early, late].map((r) => r.answer.id));
    expect(await store.listAnswers('s1', 'nothing')).toEqual([]);
    expect((await store.answersByParticipant('s1', 'p1')).map((a) => a.itemId)).toEqual(['quiz', 'poll']);
    expect(await store.answersByParticipant('s1', 'p2')).toEqual([early.answer]);
    expect(await store.answersByParticipant('other', 'p1')).toEqual([]);
  });

  it('scopes client answer ids to the participant', async () => {
    const { store } = fixture();
    await seed(fixture());
    await store.saveAnswer(answer({ participantId: 'p1', clientAnswerId: 'same' }));
    expect(await store.saveAnswer(answer({ participantId: 'p2', clientAnswerId: 'same' }))).toMatchObject({ duplicate: false });
    expect(await store.listAnswers('s1')).toHaveLength(2);
  });

  it('refuses answers from an unknown participant, a participant of another session or an unknown session', async () => {
    const { store } = fixture();
    await seed(fixture());
    await seedSession(store, { id: 's2', code: 'ZZZ999' });
    await expect(store.saveAnswer(answer({ participantId: 'ghost' }))).rejects.toThrow(/FOREIGN KEY/i);
    await expect(store.saveAnswer(answer({ sessionId: 's2' }))).rejects.toThrow(/FOREIGN KEY/i);
    await expect(store.saveAnswer(answer({ sessionId: 'ghost' }))).rejects.toThrow(/FOREIGN KEY/i);
    expect(await store.listAnswers('s1')).toEqual([]);
  });

  it('refuses a value that is not JSON', async () => {
    const { store } = fixture();
    await seed(fixture());
    await expect(store.saveAnswer(answer({ value: undefined }))).rejects.toBeInstanceOf(TypeError);
  });

  it('lists only the answers of participants still in the session when asked', async () => {
    const { store } = fixture();
    await seed(fixture());
    const sam = await store.saveAnswer(answer());
    await store.saveAnswer(answer({ participantId: 'p2', clientAnswerId: 'n1' }));
    await store.saveAnswer(answer({ participantId: 'p2', clientAnswerId: 'n2', itemId: 'quiz-2' }));
    await store.removeParticipant('s1', 'p2', 20_000);
    expect(await store.listAnswers('s1', 'quiz-1', { activeOnly: true })).toEqual([sam.answer]);
    expect(await store.listAnswers('s1', undefined, { activeOnly: true })).toEqual([sam.answer]);
    expect(await store.listAnswers('s1', 'quiz-1')).toHaveLength(2);
  });

  it('stores a batch in one go, each answer by the rules, in order', async () => {
    const { store } = fixture();
    await seed(fixture());
    const earlier = await store.saveAnswer(answer({ itemId: 'quiz-0', clientAnswerId: 'c0' }));
    const outcomes = await store.saveAnswers([
      answer(),
      answer({ clientAnswerId: 'c1' }), // a retry within the batch
      answer({ clientAnswerId: 'c2' }), // a second answer to the item, no replace
      answer({ participantId: 'p2', clientAnswerId: 'n1', value: { choice: 'a' } }),
      answer({ participantId: 'p2', clientAnswerId: 'n2', value: { choice: 'c' }, now: 11_000, replace: true }),
      answer({ itemId: 'quiz-0', clientAnswerId: 'c0' }), // a retry of an answer stored before
    ]);
    const [first, retry, second, noor, replaced, old] = outcomes;
    expect(first).toMatchObject({ duplicate: false, answer: { participantId: 'p1', clientAnswerId: 'c1' } });
    expect(retry).toEqual({ duplicate: true, answer: (first as { answer: unknown }).answer });
    expect(second).toEqual({ refused: 'already_answered' });
    expect(replaced).toMatchObject({
      duplicate: false,
      answer: { id: (noor as { answer: { id: string } }).answer.id, value: { choice: 'c' }, updatedAt: 11_000 },
    });
    expect(old).toEqual({ duplicate: true, answer: earlier.answer });
    const stored = await store.listAnswers('s1', 'quiz-1');
    expect(stored.map((row) => [row.participantId, row.clientAnswerId, row.value]).sort()).toEqual([
      ['p1', 'c1', { choice: 'b' }],
      ['p2', 'n2', { choice: 'c' }],
    ]);
    expect(await store.saveAnswers([])).toEqual([]);
  });

  it('never lets a late retry of a replaced submission overwrite the newer answer', async () => {
    const { store } = fixture();
    await seed(fixture());
    const first = await store.saveAnswer(answer({ clientAnswerId: 'id1', value: { text: 'eerste versie' }, replace: true }));
    await store.saveAnswer(answer({ clientAnswerId: 'id2', value: { text: 'tweede versie' }, now: 11_000, replace: true }));
    const late = await store.saveAnswer(answer({ clientAnswerId: 'id1', value: { text: 'eerste versie' }, now: 12_000, replace: true }));
    expect(late).toMatchObject({
      duplicate: true,
      answer: { id: first.answer.id, clientAnswerId: 'id2', value: { text: 'tweede versie' } },
    });
    // Also within one batch, and for a chain of replacements.
    const batch = await store.saveAnswers([
      answer({ clientAnswerId: 'id3', value: { text: 'derde versie' }, now: 13_000, replace: true }),
      answer({ clientAnswerId: 'id2', value: { text: 'tweede versie' }, now: 14_000, replace: true }),
      answer({ clientAnswerId: 'id1', value: { text: 'eerste versie' }, now: 15_000, replace: true }),
    ]);
    expect(batch.map((outcome) => ('answer' in outcome ? [outcome.duplicate, outcome.answer.value] : outcome))).toEqual([
      [false, { text: 'derde versie' }],
      [true, { text: 'derde versie' }],
      [true, { text: 'derde versie' }],
    ]);
    expect((await store.listAnswers('s1')).map((row) => [row.clientAnswerId, row.value, row.updatedAt])).toEqual([
      ['id3', { text: 'derde versie' }, 13_000],
    ]);
  });

  it('takes batches larger than one statement holds (a whole school at once)', async () => {
    const { store } = fixture();
    await seed(fixture());
    const ids = Array.from({ length: 450 }, (_, index) => `x${index}`);
    const joined = await store.addParticipants(
      ids.map((id) => ({ id, sessionId: 's1', name: id, nameKey: id, resumeTokenHash: `hash-${id}` })),
    );
    expect(joined.every((outcome) => !('refused' in outcome))).toBe(true);
    const outcomes = await store.saveAnswers(ids.map((id) => answer({ participantId: id, clientAnswerId: `c-${id}` })));
    expect(outcomes.filter((outcome) => 'answer' in outcome && !outcome.duplicate)).toHaveLength(450);
    expect(await store.listAnswers('s1', 'quiz-1')).toHaveLength(450);
    const again = await store.saveAnswers(ids.map((id) => answer({ participantId: id, clientAnswerId: `c-${id}` })));
    expect(again.every((outcome) => 'answer' in outcome && outcome.duplicate)).toBe(true);
  });

  it('refuses the answers of a removed participant in a batch, and fails a batch naming an unknown one', async () => {
    const { store } = fixture();
    await seed(fixture());
    await store.removeParticipant('s1', 'p2', 5_000);
    expect(await store.saveAnswers([answer(), answer({ participantId: 'p2', clientAnswerId: 'n1' })])).toEqual([
      expect.objectContaining({ duplicate: false }),
      { refused: 'participant_removed' },
    ]);
    await expect(store.saveAnswers([answer({ participantId: 'ghost', clientAnswerId: 'g1' })])).rejects.toThrow();
    expect((await store.listAnswers('s1')).map((row) => row.participantId)).toEqual(['p1']);
  });
});
