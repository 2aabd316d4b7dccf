import { describe, expect, it } from 'vitest';
import { seedParticipant, seedSession, useStore } from '../storage/test-helpers.ts';
import type { SaveAnswerInput } from '../storage/types.ts';
import { createGroupCommit } from './group-commit.ts';

const input = (participantId: string, clientAnswerId: string): SaveAnswerInput => ({
  sessionId: 's1',
  participantId,
  itemId: 'quiz-1',
  clientAnswerId,
  value: { kind: 'quiz', choices: ['A'] },
  now: 1_000,
  replace: false,
});

describe('group commit of answers', () => {
  const fixture = useStore('file');

  it('writes answers that arrive together in one batch, and each resolves only once stored', async () => {
    const { store } = fixture();
    await seedSession(store);
    const ids = Array.from({ length: 30 }, (_, index) => `p${index}`);
    for (const id of ids) await seedParticipant(store, { id, name: id });
    const batches: number[] = [];
    const writer = createGroupCommit((inputs: readonly SaveAnswerInput[]) => (batches.push(inputs.length), store.saveAnswers(inputs)));
    const outcomes = await Promise.all(
      ids.map((id) =>
        writer
          .write(input(id, `c-${id}`))
          .then(async (outcome) => ({ outcome, stored: (await store.answersByParticipant('s1', id)).length })),
      ),
    );
    expect(batches).toEqual([30]);
    expect(outcomes.every(({ outcome, stored }) => 'answer' in outcome && !outcome.duplicate && stored === 1)).toBe(true);

    // While a batch is written, new answers gather for the next one.
    const more = [writer.write(input('p0', 'c-p0')), writer.write(input('p1', 'other'))];
    await new Promise((resolve) => setImmediate(resolve));
    more.push(writer.write(input('p2', 'c-p2')));
    expect(await Promise.all(more)).toEqual([
      expect.objectContaining({ duplicate: true }),
      { refused: 'already_answered' },
      expect.objectContaining({ duplicate: true }),
    ]);
    expect(batches.slice(1)).toEqual([2, 1]);
  });

  it('fails every answer of a batch the store cannot write, and keeps writing the next', async () => {
    const { store } = fixture();
    await seedSession(store);
    await seedParticipant(store, { id: 'p1', name: 'Sam' });
    const writer = createGroupCommit((inputs: readonly SaveAnswerInput[]) => store.saveAnswers(inputs));
    const failed = [writer.write(input('p1', 'c-1')), writer.write(input('ghost', 'c-2'))];
    await expect(Promise.all(failed)).rejects.toThrow();
    await expect(failed[0]).rejects.toThrow();
    expect(await writer.write(input('p1', 'c-3'))).toMatchObject({ duplicate: false });
    expect((await store.listAnswers('s1')).map((answer) => answer.clientAnswerId)).toEqual(['c-3']);
  });
});
