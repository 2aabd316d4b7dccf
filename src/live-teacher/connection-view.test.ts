import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.ts';
import { connectionView } from './connection-view.ts';

describe('connectionView', () => {
  it.each([
    ['online', false, { tone: 'online', key: 'liveTeacher.online', canRetry: false }],
    ['online', true, { tone: 'online', key: 'liveTeacher.online', canRetry: false }],
    ['connecting', false, { tone: 'busy', key: 'liveTeacher.connecting', canRetry: false }],
    ['connecting', true, { tone: 'problem', key: 'liveTeacher.offline', canRetry: false }],
    ['offline', false, { tone: 'problem', key: 'liveTeacher.offline', canRetry: false }],
    ['offline', true, { tone: 'problem', key: 'liveTeacher.offline', canRetry: false }],
  ] as const)('%s (was online: %s)', (status, wasOnline, expected) => {
    expect(connectionView(status, wasOnline)).toMatchObject(expected);
  });

  it('passes a refusal on as its code, with a retry', () => {
    expect(connectionView({ code: 'not_logged_in' }, true)).toEqual({
      tone: 'problem',
      key: null,
      refusal: { code: 'not_logged_in' },
      canRetry: true,
    });
  });

  it('says in Dutch that it is reconnecting', () => {
    expect(translator('nl')('liveTeacher.offline')).toBe('Verbinding verbroken, opnieuw verbinden…');
  });
});
