import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseLesson } from '../shared/lesson/parse.ts';
import { timerSeconds } from '../shared/lesson/widget-values.ts';

const root = path.resolve(import.meta.dirname, '../..');
const lessonsDir = path.join(root, 'lessons');
const lessonFiles = readdirSync(lessonsDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.split(path.sep).join('/'))
  .sort();
const load = (file: string) => parseLesson(readFileSync(path.join(lessonsDir, file), 'utf8'));

describe('shipped lessons', () => {
  it('are found', () => {
    expect(lessonFiles).toEqual(
      expect.arrayContaining([
        'relatiebeheer/klantgerichte-organisatie.mdx',
        'relatiebeheer/les-2-wat-is-relatiebeheer.mdx',
        'relatiebeheer/relatiemanagementplan.mdx',
        'relatiebeheer/relatiemarketing.mdx',
        'relatiebeheer/waarheden-klanttevredenheid.mdx',
      ]),
    );
  });

  it.each(lessonFiles)('%s parses with zero issues', (file) => {
    const lesson = load(file);
    expect(lesson.issues).toEqual([]);
    expect(lesson.frontmatter).not.toBeNull();
    expect(lesson.slides.length).toBeGreaterThan(0);
    // Every slide has a real title for the slide list (a heading, an options title or a question).
    expect(lesson.slides.filter((slide) => /^Dia \d+$/.test(slide.title)).map((slide) => slide.index)).toEqual([]);
  });
});

describe('Les 2: Wat is relatiebeheer?', () => {
  const lesson = load('relatiebeheer/les-2-wat-is-relatiebeheer.mdx');
  const slide = (index: number) => {
    const found = lesson.slides[index - 1];
    if (!found || found.index !== index) throw new Error(`no slide ${index}`);
    return found;
  };

  it('has the seed frontmatter', () => {
    expect(lesson.frontmatter).toMatchObject({
      title: 'Les 2: Wat is Relatiebeheer?',
      module: 'Relatiebeheer',
      subject: 'Handel',
      level: 'MBO Handel, studiejaar 3',
      durationMinutes: 100,
      language: 'nl',
      order: 2,
    });
    expect(lesson.frontmatter?.goals).toHaveLength(4);
  });

  it('has 31 slides with the kinds of the seed', () => {
    const widgetSlides: Record<number, string[]> = {
      6: ['assignment'],
      8: ['mindMap'],
      12: ['quiz'],
      13: ['video'],
      14: ['mindMap'],
      16: ['video'],
      19: ['text', 'openQuestion', 'timer'],
      20: ['text', 'timer'],
      29: ['selfAssessment'],
      30: ['text', 'poll'],
      31: ['openQuestion'],
    };
    expect(lesson.slides).toHaveLength(31);
    expect(lesson.slides.map((s) => s.kinds)).toEqual(Array.from({ length: 31 }, (_, i) => widgetSlides[i + 1] ?? ['text']));
  });

  it('opens with a title slide and has section slides', () => {
    expect(slide(1)).toMatchObject({ title: 'Welkom!', options: { layout: 'title' } });
    expect(slide(7)).toMatchObject({ title: 'Wat weet je al?', options: { layout: 'section' } });
  });

  it('has the two mind maps on slides 8 and 14', () => {
    expect(slide(8).widgets.map((w) => [w.id, w.props.term])).toEqual([['mindmap-relatiebeheer', 'Relatiebeheer?']]);
    expect(slide(8).widgets[0]?.props.model).toHaveLength(10);
    expect(slide(8).hasNotes).toBe(true);
    expect(slide(14).widgets.map((w) => [w.id, w.props.term])).toEqual([['mindmap-klanten-binden', 'Wat kun je doen om klanten te binden?']]);
  });

  it('has the quiz on slide 12 with B correct', () => {
    expect(slide(12).widgets.map((w) => [w.name, w.id, w.props.options, w.props.correct])).toEqual([
      ['Quiz', 'quiz-kosten', ['het behouden van klanten', 'werven van nieuwe klanten'], 'B'],
    ]);
  });

  it('has pending videos on slides 13 and 16', () => {
    for (const index of [13, 16]) {
      expect(slide(index).widgets.map((w) => [w.name, w.props.pending])).toEqual([['Video', true]]);
    }
    expect(slide(13).widgets[0]?.id).toBe('video-13');
    expect(slide(16).widgets[0]?.id).toBe('video-16');
  });

  it('has timers of 240 and 180 seconds on slides 19 and 20', () => {
    const timers = [19, 20].map((index) =>
      slide(index)
        .widgets.filter((w) => w.name === 'Timer')
        .map((w) => [w.name, timerSeconds({ duration: w.props.duration as string | number })]),
    );
    expect(timers).toEqual([[['Timer', 240]], [['Timer', 180]]]);
  });

  it('has a Ja/Nee poll on slide 30 and an open question on slide 31', () => {
    expect(slide(30).widgets.map((w) => [w.name, w.props.options])).toEqual([['Poll', ['Ja', 'Nee']]]);
    expect(slide(31).widgets.map((w) => [w.name, w.id, w.props.question])).toEqual([
      ['OpenQuestion', 'open-klantwaarde', 'Wanneer is een klant van waarde voor een bedrijf?'],
    ]);
  });

  it('has the moodboard assignment on slide 6, with its brief and six parts', () => {
    expect(slide(6).widgets.map((w) => [w.name, w.id, w.props.explanationRequired])).toEqual([['Assignment', 'moodboard-gstar', true]]);
    expect(slide(6).widgets[0]?.props.parts).toHaveLength(6);
    expect(slide(6).widgets[0]?.text).toContain('Jij bent accountmanager voor G-star');
  });

  it('asks for the three binding activities on slide 19', () => {
    expect(slide(19).widgets.filter((w) => w.name === 'OpenQuestion').map((w) => w.id)).toEqual(['binding-activiteiten']);
  });

  it('has twelve widgets in all', () => {
    expect(lesson.widgets.map((w) => w.kind)).toEqual([
      'assignment', 'mindMap', 'quiz', 'video', 'mindMap', 'video', 'openQuestion', 'timer', 'timer', 'selfAssessment', 'poll', 'openQuestion',
    ]); // prettier-ignore
  });

  it('ends with "Goal!": the class assesses itself on the four goals of the frontmatter', () => {
    expect(slide(29)).toMatchObject({ title: 'Goal!' });
    expect(slide(29).widgets[0]?.props).toEqual({ id: 'kan-ik-dit', question: 'Kan ik dit?', goals: lesson.frontmatter?.goals });
    expect(lesson.frontmatter?.goals).toHaveLength(4);
  });
});

describe('15 (on)waarheden over klanttevredenheid', () => {
  const lesson = load('relatiebeheer/waarheden-klanttevredenheid.mdx');
  const quizzes = lesson.widgets.filter((w) => w.name === 'Quiz');

  it('has 15 quizzes stelling-1 to stelling-15, one per slide', () => {
    expect(quizzes.map((w) => w.id)).toEqual(Array.from({ length: 15 }, (_, i) => `stelling-${i + 1}`));
    expect(new Set(quizzes.map((w) => w.slideIndex)).size).toBe(15);
  });

  it.each(Array.from({ length: 15 }, (_, i) => i + 1))('stelling-%i is a Ja/Nee quiz with an explanation that matches its answer', (n) => {
    const quiz = quizzes.find((w) => w.id === `stelling-${n}`);
    expect(quiz?.props.options).toEqual(['Ja', 'Nee']);
    expect(['A', 'B']).toContain(quiz?.props.correct);
    const explanation = quiz?.props.explanation;
    expect(typeof explanation).toBe('string');
    expect((explanation as string).length).toBeGreaterThan(40);
    // The explanation starts with the right answer: "Ja." for A, "Nee." for B.
    expect((explanation as string).split(/[.,]/)[0]).toBe(quiz?.props.correct === 'A' ? 'Ja' : 'Nee');
  });
});
