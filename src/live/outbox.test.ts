import { describe, expect, it } from 'vitest';
import type { Ack } from '../shared/protocol/ack.ts';
import type { LiveErrorCode } from '../shared/protocol/errors.ts';
import type { CommandPayload } from '../shared/protocol/commands.ts';
import type { AnswerValue } from '../shared/session/answers.ts';
import { createOutbox, outboxKey, type SendAnswer } from './outbox.ts';
import { parseOutbox } from './outbox-state.ts';
import { memoryStorage, type KeyValueStorage } from './storage.ts';

const KEY = outboxKey('ACDEFG', 'p1');
const quiz: AnswerValue = { kind: 'quiz', choices: ['A'] };
const okAck: Ack<unknown> = { ok: true, data: { answerId: 'srv', duplicate: false } };
const failed = (code: LiveErrorCode): Ack<unknown> => ({ ok: false, error: { code, params: { max: 3 } } });

/** A fake server: answers each item from `replies` (ok by default; 'throw' rejects) and logs what it got. */
function fakeServer(replies: Record<string, Ack<unknown> | 'throw'> = {}) {
  const received: string[] = [];
  const send: SendAnswer = async (payload) => {
    received.push(payload.itemId);
    const reply = replies[payload.itemId] ?? okAck;
    if (reply === 'throw') throw new Error('socket has been disconnected');
    return reply;
  };
  return { send, received };
}

/** An outbox over `storage` with ids id-1, id-2, ... and the items `items` queued in order. */
function outboxWith(items: string[], storage: KeyValueStorage = memoryStorage()) {
  let counter = 0;
  const outbox = createOutbox({ storage, key: KEY, now: () => 1_000, newId: () => `id-${(counter += 1)}-xyz` });
  for (const itemId of items) outbox.enqueue({ itemId, value: quiz });
  return outbox;
}

describe('outbox', () => {
  it('stores an answer on the device before anything is sent', () => {
    const storage = memoryStorage();
    const { send, received } = fakeServer();
    const outbox = createOutbox({ storage, key: KEY, now: () => 42 });
    const entry = outbox.enqueue({ itemId: 'quiz-1', value: quiz });
    expect(received).toEqual([]);
    expect(parseOutbox(storage.getItem(KEY)).pending).toEqual([
      { clientAnswerId: entry.clientAnswerId, itemId: 'quiz-1', value: quiz, createdAt: 42 },
    ]);
    void outbox.flush(send);
  });

  it.each<[string, Record<string, Ack<unknown> | 'throw'>, string[], string[], string[], string | null]>([
    ['all stored, in order', {}, ['a', 'b', 'c'], [], [], null],
    ['a duplicate counts as stored', { b: { ok: true, data: { answerId: 'srv', duplicate: true } } }, ['a', 'b', 'c'], [], [], null],
    [
      'a refusal is kept with its reason and the rest goes on',
      { b: failed('item_not_open') },
      ['a', 'b', 'c'],
      [],
      ['b:item_not_open'],
      null,
    ],
    [
      'every final refusal',
      { a: failed('already_answered'), b: failed('wrong_kind'), c: failed('bad_choice') },
      ['a', 'b', 'c'],
      [],
      ['a:already_answered', 'b:wrong_kind', 'c:bad_choice'],
      null,
    ],
    ['a timeout stops the flush and keeps the order', { b: failed('timeout') }, ['a', 'b'], ['b', 'c'], [], 'timeout'],
    ['offline sends nothing further', { a: failed('offline') }, ['a'], ['a', 'b', 'c'], [], 'offline'],
    ['a rate limit waits for the next flush', { c: failed('rate_limited') }, ['a', 'b', 'c'], ['c'], [], 'rate_limited'],
    ['a dropped connection keeps everything', { a: 'throw' }, ['a'], ['a', 'b', 'c'], [], 'disconnected'],
  ])('%s', async (_name, replies, sent, pending, refused, stoppedBy) => {
    const storage = memoryStorage();
    const outbox = outboxWith(['a', 'b', 'c'], storage);
    const server = fakeServer(replies);
    const report = await outbox.flush(server.send);
    expect(server.received).toEqual(sent);
    expect(report.stoppedBy).toBe(stoppedBy);
    expect(outbox.state().pending.map((entry) => entry.itemId)).toEqual(pending);
    expect(outbox.state().refused.map((entry) => `${entry.itemId}:${entry.code}`)).toEqual(refused);
    for (const entry of outbox.state().refused) expect(entry.params).toEqual({ max: 3 });
    expect(parseOutbox(storage.getItem(KEY))).toEqual(outbox.state());
  });

  it('sends what was kept on the next flush, each entry once, with the same id', async () => {
    const outbox = outboxWith(['a', 'b']);
    const ids: string[] = [];
    const record =
      (reply: Ack<unknown>): SendAnswer =>
      async (payload) => (ids.push(payload.clientAnswerId), reply);
    await outbox.flush(record(failed('timeout')));
    await outbox.flush(record(okAck));
    expect(ids).toEqual(['id-1-xyz', 'id-1-xyz', 'id-2-xyz']);
    expect(outbox.state()).toEqual({ pending: [], refused: [] });
  });

  it('keeps its answers across a reload of the page', async () => {
    const storage = memoryStorage();
    await outboxWith(['a', 'b'], storage).flush(fakeServer({ a: failed('offline') }).send);
    const reloaded = createOutbox({ storage, key: KEY });
    expect(reloaded.state().pending.map((entry) => entry.clientAnswerId)).toEqual(['id-1-xyz', 'id-2-xyz']);
    const server = fakeServer();
    await reloaded.flush(server.send);
    expect(server.received).toEqual(['a', 'b']);
    expect(createOutbox({ storage, key: KEY }).state().pending).toEqual([]);
  });

  it('never has the same entry in flight twice, however often flush is called', async () => {
    const outbox = outboxWith(['a', 'b']);
    const inFlight = new Set<string>();
    const waiting: (() => void)[] = [];
    let arrived: () => void = () => undefined;
    const nextSend = () => new Promise<void>((resolve) => (waiting.length > 0 ? resolve() : (arrived = resolve)));
    const sends: string[] = [];
    const held: SendAnswer = (payload: CommandPayload<'answer:submit'>) => {
      expect(inFlight.has(payload.clientAnswerId)).toBe(false);
      inFlight.add(payload.clientAnswerId);
      sends.push(payload.itemId);
      return new Promise((resolve) => {
        waiting.push(() => {
          inFlight.delete(payload.clientAnswerId);
          resolve(okAck);
        });
        arrived();
      });
    };
    const first = outbox.flush(held);
    const second = outbox.flush(held);
    outbox.enqueue({ itemId: 'c', value: quiz });
    const third = outbox.flush(held);
    for (let i = 0; i < 3; i += 1) {
      await nextSend();
      expect(inFlight.size).toBe(1);
      waiting.shift()?.();
    }
    const reports = await Promise.all([first, second, third]);
    expect(sends).toEqual(['a', 'b', 'c']);
    expect(reports[0]).toBe(reports[1]);
    expect(reports[0]).toMatchObject({ delivered: 3, refused: 0, stoppedBy: null });
  });

  it('runs another pass with the newer send when a flush is asked for while one stops', async () => {
    const outbox = outboxWith(['a', 'b']);
    let failOld: () => void = () => undefined;
    const old: SendAnswer = () => new Promise((resolve) => (failOld = () => resolve(failed('disconnected'))));
    const fresh = fakeServer();
    const running = outbox.flush(old);
    const joined = outbox.flush(fresh.send);
    failOld();
    expect(await joined).toMatchObject({ delivered: 2, stoppedBy: null });
    expect(await running).toBe(await joined);
    expect(fresh.received).toEqual(['a', 'b']);
  });

  it('tells listeners the outcome while the entry is still in the outbox', async () => {
    const seen: string[] = [];
    const outbox = createOutbox({
      storage: memoryStorage(),
      key: KEY,
      onSettled: (entry, outcome) => seen.push(`${outcome.type}:${outbox.state().pending.some((candidate) => candidate === entry)}`),
      onChange: (state) => seen.push(`change:${state.pending.length}`),
    });
    outbox.enqueue({ itemId: 'a', value: quiz });
    await outbox.flush(fakeServer().send);
    expect(seen).toEqual(['change:1', 'delivered:true', 'change:0']);
  });

  it('works in memory when the device refuses to store anything', async () => {
    const blocked: KeyValueStorage = { getItem: () => null, setItem: () => undefined, removeItem: () => undefined };
    const outbox = outboxWith(['a'], blocked);
    expect(outbox.state().pending).toHaveLength(1);
    expect(await outbox.flush(fakeServer().send)).toMatchObject({ delivered: 1 });
  });

  it('forgets a refusal once dismissed', async () => {
    const outbox = outboxWith(['a']);
    await outbox.flush(fakeServer({ a: failed('item_not_open') }).send);
    expect(outbox.state().refused).toHaveLength(1);
    outbox.dismiss('a');
    expect(outbox.state().refused).toEqual([]);
  });
});
