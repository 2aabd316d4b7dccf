import { describe, expect, it } from 'vitest';
import { en } from '../../i18n/en.ts';
import { translator } from '../../i18n/index.ts';
import { nl } from '../../i18n/nl.ts';
import { MOODBOARD_ERROR_CODES } from '../../shared/moodboard/api.ts';
import { MOODBOARD_ERROR_KEYS, moodboardRefusalText } from './refusal-text.ts';

describe('moodboard refusal wordings', () => {
  it('cover exactly the codes the moodboard API sends', () => {
    expect(Object.keys(MOODBOARD_ERROR_KEYS).sort()).toEqual([...MOODBOARD_ERROR_CODES].sort());
  });

  it.each(MOODBOARD_ERROR_CODES)('%s is worded in Dutch and in English', (code) => {
    const key = MOODBOARD_ERROR_KEYS[code];
    expect(nl[key].trim()).not.toBe('');
    expect(en[key].trim()).not.toBe('');
    expect(en[key]).not.toBe(nl[key]);
  });

  it('words a code in the reader language, and an unknown one as a general failure', () => {
    expect(moodboardRefusalText(translator('en'), 'unknown_code')).toBe('We do not know this code. Check that you typed it correctly.');
    expect(moodboardRefusalText(translator('nl'), 'unknown_code')).toBe(
      'Deze code kennen we niet. Kijk goed of je hem goed hebt overgetypt.',
    );
    expect(moodboardRefusalText(translator('en'), 'constructor')).toBe(en['mbError.unknown']);
  });
});
