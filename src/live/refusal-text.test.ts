import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { translator } from '../i18n/index.ts';
import { nl } from '../i18n/nl.ts';
import { LIVE_ERROR_CODES } from '../shared/protocol/errors.ts';
import { LIVE_ERROR_KEYS, refusalText, UNKNOWN_REFUSAL_KEY } from './refusal-text.ts';

const params = { max: 30 };

describe('refusal wordings', () => {
  it('has a wording for exactly the codes the live server and client can give', () => {
    expect(Object.keys(LIVE_ERROR_KEYS).sort()).toEqual([...LIVE_ERROR_CODES].sort());
  });

  it.each(LIVE_ERROR_CODES)('%s is worded in Dutch and in English, differently', (code) => {
    const key = LIVE_ERROR_KEYS[code];
    expect(nl[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(en[key]).not.toBe(nl[key]);
    // Every placeholder a wording uses is filled from the params the server sends with that code.
    expect(refusalText(translator('nl'), { code, params })).not.toMatch(/\{\w+\}/);
    expect(refusalText(translator('en'), { code, params })).not.toMatch(/\{\w+\}/);
  });

  it('words a code with its params in the reader language', () => {
    expect(refusalText(translator('en'), { code: 'name_taken' })).toBe('That name is already taken in this lesson; choose another.');
    expect(refusalText(translator('nl'), { code: 'name_taken' })).toBe('Die naam is al gekozen in deze les; kies een andere.');
    expect(refusalText(translator('en'), { code: 'too_long', params: { max: 500 } })).toBe(
      'Your answer is too long (at most 500 characters).',
    );
    expect(refusalText(translator('nl'), { code: 'name_invalid', params: { max: 30 } })).toContain('1 tot 30');
  });

  it('words a code it does not know (a newer server) without showing the code', () => {
    for (const code of ['new_thing', 'constructor', '__proto__', '']) {
      expect(refusalText(translator('en'), { code })).toBe(en[UNKNOWN_REFUSAL_KEY]);
      expect(refusalText(translator('nl'), { code })).toBe(nl[UNKNOWN_REFUSAL_KEY]);
    }
  });
});
