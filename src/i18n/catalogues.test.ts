import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { DEFAULT_LANGUAGE, isLanguage, LANGUAGES, translator } from './index.ts';
import { lessonIssuesEn } from './lesson-issues.en.ts';
import { lessonIssuesNl, type LessonIssueCode } from './lesson-issues.nl.ts';
import { nl } from './nl.ts';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();

describe('message catalogues', () => {
  it('have the same keys in nl and en', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
    expect(Object.keys(nl).length).toBeGreaterThan(100);
  });

  it.each(Object.keys(nl) as (keyof typeof nl)[])('%s has the same {placeholders} in nl and en', (key) => {
    expect(placeholders(en[key])).toEqual(placeholders(nl[key]));
  });

  it('have no empty or untranslated-looking texts', () => {
    for (const [key, text] of [...Object.entries(nl), ...Object.entries(en)]) {
      expect(text.trim(), key).not.toBe('');
      expect(text, key).not.toBe(key);
    }
  });

  it('has placeholders where the interface fills them in', () => {
    expect(placeholders(nl['deck.position'])).toEqual(['n', 'total']);
    expect(placeholders(nl['presenter.elapsed'])).toEqual(['elapsed', 'planned']);
    expect(placeholders(nl['study.score'])).toEqual(['correct', 'total']);
  });
});

describe('translator', () => {
  it('fills placeholders in each language', () => {
    expect(translator('nl')('deck.position', { n: 3, total: 31 })).toBe('Dia 3 van 31');
    expect(translator('en')('deck.position', { n: 3, total: 31 })).toBe('Slide 3 of 31');
    expect(translator('nl')('quiz.correctWas', { answer: 'B – werven' })).toBe('Het goede antwoord: B – werven');
  });

  it('leaves an unfilled placeholder visible', () => {
    expect(translator('en')('deck.position', { n: 3 })).toBe('Slide 3 of {total}');
    expect(translator('nl')('lesson.minutes')).toBe('{n} min');
  });

  it('does not read placeholders from the filled-in values', () => {
    expect(translator('nl')('poll.voted', { answer: '{answer}' })).toBe('Je koos: {answer}');
  });

  it('knows the languages', () => {
    expect(LANGUAGES).toEqual(['nl', 'en']);
    expect(DEFAULT_LANGUAGE).toBe('nl');
    expect([isLanguage('nl'), isLanguage('en'), isLanguage('de'), isLanguage(undefined)]).toEqual([true, true, false, false]);
  });
});

describe('lesson issue catalogues', () => {
  it('have the same codes in nl and en', () => {
    expect(Object.keys(lessonIssuesEn).sort()).toEqual(Object.keys(lessonIssuesNl).sort());
  });

  it.each(Object.keys(lessonIssuesNl) as LessonIssueCode[])('%s has the same {placeholders} in nl and en', (code) => {
    expect(placeholders(lessonIssuesEn[code])).toEqual(placeholders(lessonIssuesNl[code]));
  });
});
