import { describe, expect, it } from 'vitest';
import { displayGrade, FEEDBACK_MAX_LENGTH, parseFeedback } from './feedback.ts';

describe('parseFeedback', () => {
  it('takes a text with a grade, a text alone and a grade alone', () => {
    expect(parseFeedback('  Goed gedaan.\n', ' v ')).toEqual({ ok: true, text: 'Goed gedaan.', grade: 'V' });
    expect(parseFeedback('Mooi bord', '')).toEqual({ ok: true, text: 'Mooi bord', grade: null });
    expect(parseFeedback('', '7,5')).toEqual({ ok: true, text: '', grade: '7.5' });
  });

  it('refuses a typed grade that is not a grade', () => {
    expect(parseFeedback('Mooi bord', 'goed')).toEqual({ ok: false, errors: { grade: 'invalid' } });
    expect(parseFeedback('Mooi bord', '11')).toEqual({ ok: false, errors: { grade: 'invalid' } });
    expect(parseFeedback('', '0')).toEqual({ ok: false, errors: { grade: 'invalid' } });
  });

  it('refuses an empty form and a text that is too long', () => {
    expect(parseFeedback('   ', '  ')).toEqual({ ok: false, errors: { text: 'empty' } });
    expect(parseFeedback('x'.repeat(FEEDBACK_MAX_LENGTH + 1), 'G')).toEqual({ ok: false, errors: { text: 'tooLong' } });
    expect(parseFeedback('x'.repeat(FEEDBACK_MAX_LENGTH), 'G')).toMatchObject({ ok: true });
  });
});

describe('displayGrade', () => {
  it('writes a mark with a decimal comma in Dutch, and round-trips through parseFeedback', () => {
    expect(displayGrade('7.5', 'nl')).toBe('7,5');
    expect(displayGrade('7.5', 'en')).toBe('7.5');
    expect(displayGrade('G', 'nl')).toBe('G');
    expect(parseFeedback('', displayGrade('7.5', 'nl'))).toEqual({ ok: true, text: '', grade: '7.5' });
  });
});
