import { describe, expect, it } from 'vitest';
import { createSessionState, type SessionState } from '../shared/session/state.ts';
import type { AnswerValue } from '../shared/session/answers.ts';
import { emptyOutbox, type OutboxState } from './outbox-state.ts';
import { $myAnswers, $delivered, $outbox, deliveredFromServer, deriveMyAnswers, newerState, resetLiveStores } from './stores.ts';

const base = createSessionState({ slug: 'les', slideCount: 10, items: {}, timers: {} });
const at = (revision: number, slide = revision + 1): SessionState => ({ ...base, revision, slide });

const quiz = (letter: string): AnswerValue => ({ kind: 'quiz', choices: [letter] });
const entry = (id: string, itemId: string, value: AnswerValue) => ({ clientAnswerId: id, itemId, value, createdAt: 1 });

describe('session state ordering', () => {
  it.each<[string, SessionState | null, SessionState, number]>([
    ['the first state is taken', null, at(0), 0],
    ['a newer revision replaces', at(3), at(4), 4],
    ['a much newer revision replaces (missed updates)', at(3), at(9), 9],
    ['the same revision (reconnect) keeps the current object', at(3), at(3, 99), 3],
    ['an older revision (late or replayed) is ignored', at(5), at(4), 5],
  ])('%s', (_name, current, incoming, revision) => {
    const kept = newerState(current, incoming);
    expect(kept.revision).toBe(revision);
    if (current && incoming.revision <= current.revision) expect(kept).toBe(current);
  });
});

describe('my answers', () => {
  const refusal = { ...entry('r1', 'q1', quiz('C')), code: 'item_not_open' };
  it.each<[string, Record<string, AnswerValue>, OutboxState, ReturnType<typeof deriveMyAnswers>]>([
    ['nothing yet', {}, emptyOutbox, {}],
    ['confirmed by the server', { q1: quiz('A') }, emptyOutbox, { q1: { status: 'sent', value: quiz('A') } }],
    [
      'waiting in the outbox',
      {},
      { pending: [entry('p1', 'q1', quiz('B'))], refused: [] },
      { q1: { status: 'pending', value: quiz('B') } },
    ],
    [
      'a pending change beats the confirmed answer',
      { q1: quiz('A') },
      { pending: [entry('p1', 'q1', quiz('B'))], refused: [] },
      { q1: { status: 'pending', value: quiz('B') } },
    ],
    [
      'the last pending answer of an item wins',
      {},
      { pending: [entry('p1', 'q1', quiz('A')), entry('p2', 'q1', quiz('B'))], refused: [] },
      { q1: { status: 'pending', value: quiz('B') } },
    ],
    [
      'a refusal beats the confirmed answer',
      { q1: quiz('A') },
      { pending: [], refused: [refusal] },
      { q1: { status: 'refused', value: quiz('C'), code: 'item_not_open' } },
    ],
    [
      'a pending answer beats a refusal',
      {},
      { pending: [entry('p1', 'q1', quiz('B'))], refused: [refusal] },
      { q1: { status: 'pending', value: quiz('B') } },
    ],
    [
      'items stay apart',
      { q1: quiz('A') },
      { pending: [entry('p1', 'q2', quiz('B'))], refused: [] },
      { q1: { status: 'sent', value: quiz('A') }, q2: { status: 'pending', value: quiz('B') } },
    ],
  ])('%s', (_name, delivered, outbox, expected) => {
    expect(deriveMyAnswers(delivered, outbox)).toEqual(expected);
  });

  it('takes the server list per item', () => {
    expect(
      deliveredFromServer([
        { itemId: 'q1', answerId: 'a1', value: quiz('A') },
        { itemId: 'open', answerId: 'a2', value: { kind: 'openQuestion', text: 'Ja' } },
      ]),
    ).toEqual({
      q1: quiz('A'),
      open: { kind: 'openQuestion', text: 'Ja' },
    });
  });

  it('$myAnswers follows the confirmed answers and the outbox', () => {
    resetLiveStores();
    $delivered.setKey('q1', quiz('A'));
    $outbox.set({ pending: [entry('p1', 'q2', quiz('B'))], refused: [] });
    expect($myAnswers.get()).toEqual({ q1: { status: 'sent', value: quiz('A') }, q2: { status: 'pending', value: quiz('B') } });
    resetLiveStores();
    expect($myAnswers.get()).toEqual({});
  });
});
