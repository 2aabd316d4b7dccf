import { describe, expect, it } from 'vitest';
import { MOODBOARD_ERROR_CODES } from '../../src/shared/moodboard/api.ts';
import { API_ERRORS } from './messages.ts';

describe('moodboard API refusals', () => {
  it('are exactly the codes the editor words', () => {
    expect(Object.keys(API_ERRORS).sort()).toEqual([...MOODBOARD_ERROR_CODES].sort());
  });
});
