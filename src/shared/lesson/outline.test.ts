import { describe, expect, it } from 'vitest';
import { countItems, ITEM_KINDS, lessonOutline, lessonSummary } from './outline.ts';
import { parseLesson } from './parse.ts';
import { WIDGET_KINDS } from '../../widgets/index.ts';

const source = [
  '---',
  'title: "Les 9"',
  'module: Relatiebeheer',
  'subject: Handel',
  'level: MBO',
  'durationMinutes: 45',
  'language: nl',
  'goals:',
  '  - doel',
  '---',
  '',
  '## Start',
  '',
  '<MindMap id="m" term="T" model={["geheim model"]} />',
  '',
  '---',
  '',
  '<Quiz id="q1" question="Vraag een" options={["a", "b"]} correct="B" explanation="geheime uitleg" />',
  '',
  '<Quiz id="q2" question="Vraag twee" options={["a", "b"]} correct="A" />',
  '',
  '---',
  '',
  '## Werk',
  '',
  'Tekst.',
  '',
  '<Timer id="t" duration="4:00" />',
  '',
  '<Assignment id="a" title="Moodboard" />',
].join('\n');

describe('countItems', () => {
  it('starts every kind at 0', () => {
    expect(countItems([])).toEqual(Object.fromEntries(ITEM_KINDS.map((kind) => [kind, 0])));
    expect(ITEM_KINDS).toEqual(WIDGET_KINDS.map((definition) => definition.kind).filter((kind) => kind !== 'assignment'));
  });

  it('counts each widget kind and leaves assignments out', () => {
    expect(countItems([{ kind: 'quiz' }, { kind: 'video' }, { kind: 'quiz' }, { kind: 'assignment' }, { kind: 'timer' }])).toEqual({
      ...countItems([]),
      quiz: 2,
      timer: 1,
      video: 1,
    });
  });
});

describe('lessonSummary and lessonOutline', () => {
  const parsed = parseLesson(source);
  if (!parsed.frontmatter) throw new Error(`fixture lesson has issues: ${JSON.stringify(parsed.issues)}`);
  const summary = lessonSummary('relatiebeheer/les-9', parsed.frontmatter, parsed.slides, parsed.widgets);
  const outline = lessonOutline(summary, parsed.slides);

  it('summarises the lesson', () => {
    expect(parsed.issues).toEqual([]);
    expect(summary).toEqual({
      slug: 'relatiebeheer/les-9',
      title: 'Les 9',
      module: 'Relatiebeheer',
      level: 'MBO',
      durationMinutes: 45,
      slideCount: 3,
      items: { ...countItems([]), quiz: 2, mindMap: 1, timer: 1 },
    });
  });

  it('outlines every slide with index, title and kinds only', () => {
    expect(outline.slides).toEqual([
      { index: 1, title: 'Start', kinds: ['mindMap'] },
      { index: 2, title: 'Vraag een', kinds: ['quiz'] },
      { index: 3, title: 'Werk', kinds: ['text', 'timer', 'assignment'] },
    ]);
    expect(outline).toMatchObject(summary);
  });

  it('never gives away answers, explanations or model entries', () => {
    const published = JSON.stringify(outline);
    expect(published).not.toContain('correct');
    expect(published).not.toContain('geheime uitleg');
    expect(published).not.toContain('geheim model');
    expect(published).not.toContain('options');
  });
});
