import { describe, expect, it } from 'vitest';
import { wordIssue, zodIssueText } from './issues.ts';
import { lessonFrontmatterSchema } from './frontmatter.ts';

const valid = {
  title: 'Les 2: Wat is Relatiebeheer?',
  module: 'Relatiebeheer',
  subject: 'Handel',
  level: 'MBO Handel, studiejaar 3',
  durationMinutes: 100,
  language: 'nl',
  goals: ['Je weet wat relatiebeheer is'],
};

describe('lessonFrontmatterSchema', () => {
  it('accepts the required fields and trims text', () => {
    expect(lessonFrontmatterSchema.parse({ ...valid, title: '  Les 2  ' }).title).toBe('Les 2');
  });

  const cases: [string, Record<string, unknown>, string][] = [
    ['durationMinutes 4', { durationMinutes: 4 }, 'durationMinutes is minstens 5'],
    ['durationMinutes 601', { durationMinutes: 601 }, 'durationMinutes is hoogstens 600'],
    ['empty title', { title: ' ' }, 'titel is leeg'],
    ['goals as text', { goals: 'leren' }, 'goals moet een lijst met leerdoelen zijn'],
    ['an empty goal', { goals: ['a', ''] }, 'een leerdoel is leeg'],
    ['language fr', { language: 'fr' }, 'language moet "nl" of "en" zijn'],
    ['order -1', { order: -1 }, 'order moet een heel getal vanaf 0 zijn'],
    ['durationMinutes as text', { durationMinutes: 'vijftig' }, 'durationMinutes moet een getal (minuten) zijn'],
    ['an unknown theme', { theme: 'neon' }, 'theme moet een van'],
    ['cover not an image', { cover: '/images/cover.pdf' }, 'cover moet een afbeelding in public/ zijn'],
    [
      'cover on another site',
      { cover: 'https://evil.example/c.jpg' },
      'cover moet een afbeelding in public/ zijn, zoals /images/cover.jpg; geen adres van een andere site',
    ],
    ['cover starting with //', { cover: '//evil.example/c.jpg' }, 'geen adres van een andere site'],
    ['cover with ..', { cover: '/images/../c.jpg' }, 'geen .. in het pad'],
    ['cover with a space', { cover: '/images/mijn cover.jpg' }, 'alleen letters, cijfers en - _ . / % in het pad'],
  ];
  it.each(cases)('rejects %s', (_name, change, message) => {
    const parsed = lessonFrontmatterSchema.safeParse({ ...valid, ...change });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => wordIssue(zodIssueText(issue))).join(' | ')).toContain(message);
  });

  it.each(['klassiek', 'helder'])('accepts the theme %s', (theme) => {
    expect(lessonFrontmatterSchema.parse({ ...valid, theme }).theme).toBe(theme);
  });

  it('leaves the theme out when the lesson does not choose one (the deck then uses the default)', () => {
    expect(lessonFrontmatterSchema.parse(valid).theme).toBeUndefined();
  });

  it.each(['/images/cover.jpg', '/images/cover.avif', '/c.SVG'])('accepts the cover %s', (cover) => {
    expect(lessonFrontmatterSchema.safeParse({ ...valid, cover }).success).toBe(true);
  });

  it.each(['title', 'module', 'subject', 'level', 'durationMinutes', 'goals', 'language'])('requires %s', (key) => {
    const rest: Record<string, unknown> = { ...valid };
    delete rest[key];
    const parsed = lessonFrontmatterSchema.safeParse(rest);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((issue) => issue.path[0])).toEqual([key]);
  });
});
