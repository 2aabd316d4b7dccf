import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BAD_LESSONS_DIR, GOOD_LESSON } from '../../tests/fixtures/bad-lessons.ts';
import { makeTempDir } from '../storage/test-helpers.ts';
import { loadLessonRegistry } from './registry.ts';

const LES2 = 'relatiebeheer/les-2-wat-is-relatiebeheer';

describe('the lesson registry of the shipped lessons', () => {
  it('lists every lesson in catalogue order', async () => {
    const registry = await loadLessonRegistry(path.resolve('lessons'));
    expect(registry.all.map((lesson) => lesson.title.split(':')[0])).toEqual(['Les 2', 'Les 3', 'Les 4', 'Les 5', 'Les 6']);
    expect(registry.find(LES2)?.module).toBe('Relatiebeheer');
    expect(registry.find('relatiebeheer/bestaat-niet')).toBeUndefined();
  });

  it('gives the live server the very lessons the report and the handouts use', async () => {
    const registry = await loadLessonRegistry(path.resolve('lessons'));
    expect([...registry.live.keys()].sort()).toEqual(registry.all.map((lesson) => lesson.slug).sort());
    for (const lesson of registry.all) expect(registry.live.get(lesson.slug)).toBe(lesson.session);
  });

  it('names a lesson’s answerable items for the report and its assignments for handing out', async () => {
    const les2 = (await loadLessonRegistry(path.resolve('lessons'))).find(LES2);
    const quiz = les2?.reportItems.find((item) => item.id === 'quiz-kosten');
    expect(quiz).toMatchObject({ kind: 'quiz', options: ['het behouden van klanten', 'werven van nieuwe klanten'], correct: ['B'] });
    expect(les2?.session.items['quiz-kosten']).toMatchObject({ kind: 'quiz', slide: quiz?.slide, optionCount: 2 });
    const assignment = les2?.assignments.find((spec) => spec.id === 'moodboard-gstar');
    expect(assignment).toMatchObject({ lessonSlug: LES2, title: 'Moodboard G-Star en de Bijenkorf', explanationRequired: true });
    expect(assignment?.parts).toHaveLength(6);
  });
});

describe('loading lessons with problems', () => {
  let remove = (): void => {};
  afterEach(() => remove());

  it('leaves out a lesson the check refuses and keeps the others', async () => {
    const temp = makeTempDir();
    remove = temp.remove;
    mkdirSync(path.join(temp.dir, 'demo'));
    copyFileSync(GOOD_LESSON, path.join(temp.dir, 'demo', 'ok.mdx'));
    copyFileSync(path.join(BAD_LESSONS_DIR, 'frontmatter', 'missing-title.mdx'), path.join(temp.dir, 'demo', 'kapot.mdx'));
    const registry = await loadLessonRegistry(temp.dir);
    expect(registry.all.map((lesson) => lesson.slug)).toEqual(['demo/ok']);
    expect([...registry.live.keys()]).toEqual(['demo/ok']);
    expect(registry.find('demo/kapot')).toBeUndefined();
  });

  it('lists the left-out lessons with their problems, for the teachers', async () => {
    const temp = makeTempDir();
    remove = temp.remove;
    mkdirSync(path.join(temp.dir, 'demo'));
    copyFileSync(GOOD_LESSON, path.join(temp.dir, 'demo', 'ok.mdx'));
    copyFileSync(path.join(BAD_LESSONS_DIR, 'frontmatter', 'duration-missing.mdx'), path.join(temp.dir, 'demo', 'kapot.mdx'));
    const registry = await loadLessonRegistry(temp.dir);
    expect(registry.broken).toMatchObject([
      { file: path.relative(process.cwd(), path.join(temp.dir, 'demo', 'kapot.mdx')), issues: [{ line: 2, column: 1, code: 'lessonIssue.field', params: { key: 'durationMinutes', detail: { code: 'lessonIssue.fm.durationMissing' } } }] },
    ]);
  });
});
