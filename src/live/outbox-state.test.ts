import { describe, expect, it } from 'vitest';
import type { Ack } from '../shared/protocol/ack.ts';
import type { LiveErrorCode } from '../shared/protocol/errors.ts';
import { clientAnswerId } from '../shared/protocol/commands.ts';
import {
  addEntry,
  classifyAck,
  dismissRefusal,
  emptyOutbox,
  newClientAnswerId,
  parseOutbox,
  serialiseOutbox,
  settleEntry,
  type OutboxState,
  type SendOutcome,
} from './outbox-state.ts';

const entry = (id: string, itemId = 'quiz-1') => ({
  clientAnswerId: id,
  itemId,
  value: { kind: 'quiz' as const, choices: ['A'] },
  createdAt: 1,
});
const failed = (code: LiveErrorCode): Ack<unknown> => ({ ok: false, error: { code } });

describe('client answer ids', () => {
  it('match the server format and do not repeat', () => {
    const ids = Array.from({ length: 200 }, () => newClientAnswerId());
    for (const id of ids) expect(clientAnswerId.safeParse(id).success, id).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('are base64url of 16 random bytes', () => {
    expect(newClientAnswerId((bytes) => bytes.fill(0xff))).toBe('_____________________w');
    expect(newClientAnswerId((bytes) => bytes.fill(0xfb))).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});

describe('what an ack means', () => {
  it.each<[string, Ack<unknown>, SendOutcome]>([
    ['stored', { ok: true, data: { answerId: 'a1', duplicate: false } }, { type: 'delivered', answerId: 'a1', duplicate: false }],
    [
      'stored before (retry of a lost ack)',
      { ok: true, data: { answerId: 'a1', duplicate: true } },
      { type: 'delivered', answerId: 'a1', duplicate: true },
    ],
    ['ok without data', { ok: true, data: null }, { type: 'delivered', answerId: null, duplicate: false }],
    ['item closed', failed('item_not_open'), { type: 'refused', code: 'item_not_open' }],
    ['already answered', failed('already_answered'), { type: 'refused', code: 'already_answered' }],
    ['wrong kind', failed('wrong_kind'), { type: 'refused', code: 'wrong_kind' }],
    ['bad choice', failed('bad_choice'), { type: 'refused', code: 'bad_choice' }],
    ['removed student', failed('removed'), { type: 'refused', code: 'removed' }],
    ['bad payload', failed('bad_payload'), { type: 'refused', code: 'bad_payload' }],
    ['offline', failed('offline'), { type: 'retry', code: 'offline' }],
    ['timeout', failed('timeout'), { type: 'retry', code: 'timeout' }],
    ['disconnected', failed('disconnected'), { type: 'retry', code: 'disconnected' }],
    ['rate limited', failed('rate_limited'), { type: 'retry', code: 'rate_limited' }],
    ['server error', failed('server_error'), { type: 'retry', code: 'server_error' }],
  ])('%s', (_name, ack, outcome) => {
    expect(classifyAck(ack)).toEqual(outcome);
  });
});

describe('outbox state', () => {
  const two: OutboxState = { pending: [entry('answer-1'), entry('answer-2', 'quiz-2')], refused: [] };
  const refusedOld = { ...entry('answer-0'), code: 'item_not_open' };

  it.each<[string, OutboxState, string, SendOutcome, OutboxState]>([
    [
      'delivered leaves',
      two,
      'answer-1',
      { type: 'delivered', answerId: 'a', duplicate: false },
      { pending: [entry('answer-2', 'quiz-2')], refused: [] },
    ],
    [
      'a duplicate is delivered too',
      two,
      'answer-2',
      { type: 'delivered', answerId: 'a', duplicate: true },
      { pending: [entry('answer-1')], refused: [] },
    ],
    [
      'refused moves with its reason',
      two,
      'answer-1',
      { type: 'refused', code: 'bad_choice' },
      { pending: [entry('answer-2', 'quiz-2')], refused: [{ ...entry('answer-1'), code: 'bad_choice' }] },
    ],
    ['retry stays in place', two, 'answer-1', { type: 'retry', code: 'timeout' }, two],
    ['an unknown id changes nothing', two, 'answer-9', { type: 'delivered', answerId: 'a', duplicate: false }, two],
    [
      'a delivery clears an older refusal of the item',
      { pending: [entry('answer-1')], refused: [refusedOld] },
      'answer-1',
      { type: 'delivered', answerId: 'a', duplicate: false },
      emptyOutbox,
    ],
    [
      'a newer refusal replaces the older one',
      { pending: [entry('answer-1')], refused: [refusedOld] },
      'answer-1',
      { type: 'refused', code: 'already_answered' },
      { pending: [], refused: [{ ...entry('answer-1'), code: 'already_answered' }] },
    ],
  ])('%s', (_name, state, id, outcome, expected) => {
    expect(settleEntry(state, id, outcome)).toEqual(expected);
  });

  it('queues last, and a new attempt clears the refusal of its item only', () => {
    const state: OutboxState = {
      pending: [entry('answer-1')],
      refused: [refusedOld, { ...entry('answer-7', 'other'), code: 'x' }],
    };
    const added = addEntry(state, entry('answer-2'));
    expect(added.pending.map((candidate) => candidate.clientAnswerId)).toEqual(['answer-1', 'answer-2']);
    expect(added.refused.map((candidate) => candidate.itemId)).toEqual(['other']);
    expect(dismissRefusal(added, 'other').refused).toEqual([]);
  });

  it.each<[string, string | null, OutboxState]>([
    ['nothing stored', null, emptyOutbox],
    ['not JSON', '{pending', emptyOutbox],
    ['wrong shape', '{"pending":{}}', emptyOutbox],
    ['a bad answer id', JSON.stringify({ pending: [{ ...entry('x'), clientAnswerId: 'kort' }], refused: [] }), emptyOutbox],
    [
      'a stored outbox',
      serialiseOutbox({ pending: [entry('answer-1')], refused: [refusedOld] }),
      { pending: [entry('answer-1')], refused: [refusedOld] },
    ],
  ])('reads %s', (_name, raw, expected) => {
    expect(parseOutbox(raw)).toEqual(expected);
  });
});
