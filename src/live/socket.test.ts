import { describe, expect, it } from 'vitest';
import type { Refusal } from '../shared/protocol/errors.ts';
import { connectionRefusal } from './socket.ts';

const refused = (message: string, data?: unknown): Error => Object.assign(new Error(message), data === undefined ? {} : { data });

describe('connectionRefusal', () => {
  it.each<[string, Error, Refusal<string>]>([
    ['a refused join', refused('unknown_code', { code: 'unknown_code' }), { code: 'unknown_code' }],
    ['a removed student', refused('x', { code: 'removed' }), { code: 'removed' }],
    [
      'a refusal with params',
      refused('name_invalid', { code: 'name_invalid', params: { max: 30 } }),
      { code: 'name_invalid', params: { max: 30 } },
    ],
    [
      'params that are no values are dropped',
      refused('x', { code: 'name_invalid', params: { max: { a: 1 }, n: 2 } }),
      { code: 'name_invalid', params: { n: 2 } },
    ],
    ['params that are no object', refused('x', { code: 'removed', params: 'boo' }), { code: 'removed' }],
    ['a code this client does not know is kept, to word as unknown', refused('x', { code: 'new_thing' }), { code: 'new_thing' }],
    ['no data at all: the message is never shown', refused('websocket error'), { code: 'connect_failed' }],
    ['a code that is no string', refused('x', { code: 42 }), { code: 'connect_failed' }],
  ])('%s', (_name, error, expected) => {
    expect(connectionRefusal(error)).toEqual(expected);
  });
});
