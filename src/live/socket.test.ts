import { describe, expect, it } from 'vitest';
import { HANDSHAKE_ERRORS } from '../shared/protocol/handshake.ts';
import { connectionRefusal } from './socket.ts';

const refused = (message: string, data?: unknown): Error => Object.assign(new Error(message), data === undefined ? {} : { data });

describe('connection refusals', () => {
  it.each<[string, Error, { error: string; message: string }]>([
    [
      'a known code gets the Dutch text',
      refused('x', { code: 'unknown_code' }),
      { error: 'unknown_code', message: HANDSHAKE_ERRORS.unknown_code },
    ],
    ['a removed student', refused('x', { code: 'removed' }), { error: 'removed', message: HANDSHAKE_ERRORS.removed }],
    [
      'an unknown code keeps the server message',
      refused('Probeer het zo opnieuw.', { code: 'server_error' }),
      { error: 'server_error', message: 'Probeer het zo opnieuw.' },
    ],
    ['no data at all', refused('websocket error'), { error: 'connect_failed', message: 'websocket error' }],
    ['no message either', refused(''), { error: 'connect_failed', message: 'De les is niet bereikbaar.' }],
    ['a code that is no string', refused('x', { code: 42 }), { error: 'connect_failed', message: 'x' }],
  ])('%s', (_name, error, expected) => {
    expect(connectionRefusal(error)).toEqual(expected);
  });
});
