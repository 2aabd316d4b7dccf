import { describe, expect, it } from 'vitest';
import { summariseItem, type ResultAnswer } from './results.ts';

const answer = (id: string, participantId: string, value: ResultAnswer['value'], createdAt = 0): ResultAnswer => ({ id, participantId, value, createdAt });

describe('summariseItem', () => {
  it('counts quiz choices per option, zero included', () => {
    const results = summariseItem({ kind: 'quiz', slide: 1, optionCount: 3 }, [
      answer('a1', 'p1', { kind: 'quiz', choices: ['B'] }),
      answer('a2', 'p2', { kind: 'quiz', choices: ['B'] }),
      answer('a3', 'p3', { kind: 'quiz', choices: ['A'] }),
    ]);
    expect(results).toEqual({ kind: 'quiz', answered: 3, counts: [{ letter: 'A', count: 1 }, { letter: 'B', count: 2 }, { letter: 'C', count: 0 }] });
  });

  it('counts every choice of a multiple-choice answer but each student once', () => {
    const results = summariseItem({ kind: 'poll', slide: 1, optionCount: 2, multiple: true }, [answer('a1', 'p1', { kind: 'poll', choices: ['A', 'B'] })]);
    expect(results).toEqual({ kind: 'poll', answered: 1, counts: [{ letter: 'A', count: 1 }, { letter: 'B', count: 1 }] });
  });

  it('groups mind-map entries that differ in case, accents or spaces, most frequent first', () => {
    const results = summariseItem({ kind: 'mindMap', slide: 1 }, [
      answer('a1', 'p1', { kind: 'mindMap', entries: ['Klanttevredenheid', 'Omzet'] }),
      answer('a2', 'p2', { kind: 'mindMap', entries: ['klanttevredenhéid '] }),
      answer('a3', 'p3', { kind: 'mindMap', entries: ['KLANTTEVREDENHEID', 'Crisisbeheer'] }),
    ]);
    expect(results).toEqual({
      kind: 'mindMap',
      answered: 3,
      groups: [
        { label: 'Klanttevredenheid', count: 3 },
        { label: 'Crisisbeheer', count: 1 },
        { label: 'Omzet', count: 1 },
      ],
    });
  });

  it('puts the newest open answer first', () => {
    const results = summariseItem({ kind: 'openQuestion', slide: 1 }, [
      answer('a1', 'p1', { kind: 'openQuestion', text: 'eerste' }, 10),
      answer('a2', 'p2', { kind: 'openQuestion', text: 'tweede' }, 20),
    ]);
    expect(results).toEqual({
      kind: 'openQuestion',
      answered: 2,
      answers: [
        { id: 'a2', participantId: 'p2', text: 'tweede', createdAt: 20 },
        { id: 'a1', participantId: 'p1', text: 'eerste', createdAt: 10 },
      ],
    });
  });

  it('ignores values of another kind', () => {
    expect(summariseItem({ kind: 'quiz', slide: 1, optionCount: 2 }, [answer('a1', 'p1', { kind: 'openQuestion', text: 'x' })])).toEqual({
      kind: 'quiz',
      answered: 1,
      counts: [{ letter: 'A', count: 0 }, { letter: 'B', count: 0 }],
    });
  });
});
