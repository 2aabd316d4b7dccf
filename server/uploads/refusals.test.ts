import { describe, expect, it } from 'vitest';
import { nl } from '../../src/i18n/nl.ts';
import { MAX_IMAGE_BYTES } from '../../src/moodboard/ui/upload.ts';
import { UPLOAD_LIMITS, UPLOAD_REFUSALS } from './refusals.ts';

// The editor checks a picked file before uploading it; it must refuse what the server refuses, in the same words.
describe('the editor and the server agree on uploads', () => {
  it('says no in the words the server uses', () => {
    expect(nl['mbEdit.upload.badType']).toBe(UPLOAD_REFUSALS.not_an_image);
    expect(nl['mbEdit.upload.tooBig']).toBe(UPLOAD_REFUSALS.too_large);
    expect(MAX_IMAGE_BYTES).toBe(UPLOAD_LIMITS.maxInputBytes);
  });
});
