import { describe, expect, it } from 'vitest';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import { classifySave, parseBoardPayload, parseDeviceCopy, planRestore, sameJson } from './sync-state.ts';
import { retryDelay, saveDueAt } from './sync-timing.ts';

const doc = (explanation: string): BoardDoc => ({ version: 1, items: [], explanation });
const server = { revision: 4, doc: doc('server'), updatedAt: 9 };
const copy = (text: string, baseRevision: number) => ({ doc: doc(text), baseRevision, localVersion: 2, savedAt: 1 });

describe('sync state', () => {
  it.each([
    [1, 1000],
    [2, 2000],
    [3, 5000],
    [4, 10_000],
    [6, 30_000],
    [40, 30_000],
  ])('retry %i waits %i ms', (attempt, wait) => expect(retryDelay(attempt)).toBe(wait));

  it.each([
    [0, 0, 700],
    [0, 1000, 1700],
    [0, 1500, 2000],
    [0, 5000, 2000],
  ])('first change %i, last %i: save at %i', (firstAt, lastAt, due) => expect(saveDueAt(firstAt, lastAt)).toBe(due));

  it.each([
    ['no copy', null, 'server'],
    ['the same doc', copy('server', 1), 'server'],
    ['unsaved on the same revision', copy('thuis', 4), 'device'],
    ['unsaved on an older revision', copy('thuis', 3), 'conflict'],
    ['unsaved on a newer revision (server restored from a backup)', copy('thuis', 5), 'conflict'],
  ] as const)('restore with %s: %s', (_name, given, kind) => expect(planRestore(given, server).kind).toBe(kind));

  it.each<[number, unknown, unknown]>([
    [200, { revision: 5, savedAt: 7 }, { kind: 'saved', revision: 5, savedAt: 7 }],
    [200, 'rubbish', { kind: 'retry' }],
    [409, { error: { code: 'conflict', message: 'x' }, current: server }, { kind: 'conflict', current: server }],
    [500, undefined, { kind: 'retry' }],
    [503, { error: { code: 'x', message: 'y' } }, { kind: 'retry' }],
    [429, undefined, { kind: 'retry' }],
    [400, { error: { code: 'invalid', message: 'Te lang.' } }, { kind: 'refused', code: 'invalid' }],
    [401, undefined, { kind: 'refused', code: null }],
  ])('a %i answer', (status, body, outcome) => expect(classifySave(status, body)).toEqual(outcome));

  it('compares docs whatever the key order', () => {
    expect(sameJson({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(sameJson({ a: 1, b: [1, 2] }, { a: 1, b: [2, 1] })).toBe(false);
    expect(sameJson({ a: undefined }, { b: undefined })).toBe(false);
    expect(sameJson(null, {})).toBe(false);
  });

  it('reads device copies and board payloads defensively', () => {
    expect(parseDeviceCopy(JSON.stringify(copy('a', 1)))).toEqual(copy('a', 1));
    expect(parseDeviceCopy('{')).toBeNull();
    expect(parseDeviceCopy(JSON.stringify({ ...copy('a', 1), doc: { version: 2 } }))).toBeNull();
    expect(parseBoardPayload({ board: { id: 'b', ...server }, student: {} })).toEqual(server);
    expect(parseBoardPayload({ error: {} })).toBeNull();
  });
});
