import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lessonSource } from '../../../tests/fixtures/lesson-source.ts';
import { briefParagraphs, lessonAssignments } from '../moodboard/assignment.ts';
import { parseLesson } from './parse.ts';

const briefOf = (source: string): string => {
  const parsed = parseLesson(source);
  expect(parsed.issues).toEqual([]);
  return lessonAssignments('m/les', parsed.widgets)[0]?.brief ?? '';
};

const assignment = (...inside: string[]) =>
  lessonSource('## Opdracht', '', '<Assignment id="a" title="Moodboard">', '', ...inside, '', '</Assignment>');

describe('the brief of an <Assignment> keeps its paragraphs', () => {
  it.each([
    { name: 'two paragraphs', inside: ['Eerste alinea.', '', 'Tweede alinea.'], brief: 'Eerste alinea.\n\nTweede alinea.' },
    { name: 'a line break in the source is a space', inside: ['Een zin die', 'doorloopt.'], brief: 'Een zin die doorloopt.' },
    { name: 'markup is left out', inside: ['Lees **dit** en [dat](https://example.org).'], brief: 'Lees dit en dat.' },
    { name: 'a list has a line per item', inside: ['Lever in:', '', '- een bord', '- een toelichting'], brief: 'Lever in:\n\n• een bord\n• een toelichting' },
    { name: 'a heading is a paragraph', inside: ['### Doel', '', 'Binding.'], brief: 'Doel\n\nBinding.' },
  ])('$name', ({ inside, brief }) => {
    expect(briefOf(assignment(...inside))).toBe(brief);
  });

  it('an element on one line is one paragraph', () => {
    expect(briefOf(lessonSource('## Opdracht', '', '<Assignment id="a" title="M">Maak een bord.</Assignment>'))).toBe('Maak een bord.');
  });

  it('in Les 2, "wil verkopen." and "Aan het eind" are separate paragraphs', () => {
    const source = readFileSync(new URL('../../../lessons/relatiebeheer/les-2-wat-is-relatiebeheer.mdx', import.meta.url), 'utf8');
    const paragraphs = briefParagraphs(briefOf(source));
    expect(paragraphs).toHaveLength(3);
    expect(paragraphs[0]).toMatch(/wil verkopen\.$/);
    expect(paragraphs[1]).toMatch(/^Aan het eind/);
    expect(paragraphs.join(' ')).not.toContain('verkopen.Aan');
  });
});

describe('briefParagraphs', () => {
  it.each([
    ['', []],
    ['Een.', ['Een.']],
    ['Een.\n\nTwee.', ['Een.', 'Twee.']],
    ['Een.\n \n\n  Twee.\n', ['Een.', 'Twee.']],
    ['Lijst:\n\n• a\n• b', ['Lijst:', '• a\n• b']],
  ])('%j', (brief, paragraphs) => {
    expect(briefParagraphs(brief)).toEqual(paragraphs);
  });
});
