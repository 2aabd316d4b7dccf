import { describe, expect, it } from 'vitest';
import { reportCsv } from '../../server/teacher/report-csv.ts';
import { buildReport, reportItems } from '../../server/teacher/report.ts';
import { lessonSource } from '../fixtures/lesson-source.ts';
import { rating } from '../fixtures/widgets/rating/widget.ts';
import { widgetComponentsFrom } from '../../src/deck/widget-files.ts';
import { translator } from '../../src/i18n/index.ts';
import { nl } from '../../src/i18n/nl.ts';
import { en } from '../../src/i18n/en.ts';
import { teacherLessonFrom } from '../../src/live-teacher/lesson-view.ts';
import { parseLesson } from '../../src/shared/lesson/parse.ts';
import { checkAnswer, type AnswerValue } from '../../src/shared/session/answers.ts';
import { sessionLessonFrom } from '../../src/shared/session/lesson.ts';
import { summariseItem } from '../../src/shared/session/results.ts';
import { createSessionState, type SessionItem } from '../../src/shared/session/state.ts';
import { LAYOUT_COMPONENTS, WIDGET_KINDS, widgets } from '../../src/widgets/index.ts';
import { createRegistry } from '../../src/widgets/registry.ts';

const files = (names: string[]) => Object.fromEntries(names.map((name) => [`../widgets/x/${name}.astro`, { default: name }]));

describe('the widget registry', () => {
  it('names each kind and each component once, and every kind has its names in both catalogues', () => {
    expect(new Set(WIDGET_KINDS.map((definition) => definition.kind)).size).toBe(WIDGET_KINDS.length);
    expect([...widgets.components.keys()]).toEqual([...WIDGET_KINDS.map((definition) => definition.component), 'Notes', 'Column']);
    for (const definition of widgets.kinds) {
      const keys = [definition.names.one, definition.names.many];
      if (definition.answers) keys.push(definition.answers.labels.panel, definition.answers.labels.report);
      for (const key of keys) {
        expect(nl[key as keyof typeof nl], `${definition.kind}: ${key}`).toBeTruthy();
        expect(en[key as keyof typeof en], `${definition.kind}: ${key}`).toBeTruthy();
      }
    }
  });

  it('refuses a kind or a component named twice', () => {
    expect(() => createRegistry([...WIDGET_KINDS, WIDGET_KINDS[0]], LAYOUT_COMPONENTS)).toThrow(/twice/);
    expect(() => createRegistry(WIDGET_KINDS, [...LAYOUT_COMPONENTS, LAYOUT_COMPONENTS[0]])).toThrow(/twice/);
  });

  it('finds each component by its file name, and stops at one without its file', () => {
    expect(widgetComponentsFrom(['Quiz', 'Notes'], { ...files(['Quiz', 'Notes', 'QuizPart']) })).toEqual({ Quiz: 'Quiz', Notes: 'Notes' });
    expect(() => widgetComponentsFrom(['Quiz', 'Rating'], files(['Quiz']))).toThrow(/Rating/);
  });
});

describe('a kind that is only its folder and one registry line', () => {
  // The app's kinds plus the fixture's: nothing else knows about `rating`.
  const registry = createRegistry([...WIDGET_KINDS, rating], LAYOUT_COMPONENTS);
  const source = lessonSource(
    '# Tevreden?',
    '',
    '<Rating id="tevreden" question="Hoe tevreden ben je over de les?" max={5} />',
    '',
    '---',
    '',
    '# Nog een',
    '',
    '<Rating id="fout" question="Te veel sterren" max={11} />',
  );
  const lesson = parseLesson(source, registry);

  it('is checked at build time like any other, with the place of a bad prop', () => {
    expect(lesson.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([
      [expect.any(Number), 1, 'lessonIssue.widget.prop'],
    ]);
    const [issue] = lesson.issues;
    expect(source.split('\n')[(issue?.line ?? 0) - 1]).toContain('max={11}');
    expect(issue?.message).toContain('max');
    // Without the line in the registry, the component is unknown.
    expect(parseLesson(source).issues.map((found) => found.code)).toContain('lessonIssue.widget.unknown');
  });

  it('is outlined, answered live, summarised, reported and put in the CSV', () => {
    const good = { ...lesson, widgets: lesson.widgets.filter((widget) => widget.id === 'tevreden') };
    expect(lesson.slides[0]?.kinds).toEqual(['rating']);

    const session = sessionLessonFrom('m/les', good, registry);
    const item = session.items.tevreden as SessionItem;
    expect(item).toEqual({ kind: 'rating', slide: 1, max: 5 });

    const state = { ...createSessionState(session), openItem: { id: 'tevreden', allowChanges: false } };
    const value = registry.answerValue.parse({ kind: 'rating', stars: 4 }) as unknown as AnswerValue;
    expect(registry.answerValue.safeParse({ kind: 'rating', stars: 'vier' }).success).toBe(false);
    expect(checkAnswer(state, 'tevreden', item, value, false, registry)).toEqual({ ok: true, value });
    const tooMany = { kind: 'rating', stars: 6 } as unknown as AnswerValue;
    expect(checkAnswer(state, 'tevreden', item, tooMany, false, registry)).toEqual({ ok: false, code: 'bad_choice' });
    // The app's own registry does not know the kind: such an answer is refused, never stored.
    expect(checkAnswer(state, 'tevreden', item, value, false)).toEqual({ ok: false, code: 'wrong_kind' });

    const answers = [
      { id: 'a1', participantId: 'p1', value, createdAt: 1 },
      { id: 'a2', participantId: 'p2', value: { kind: 'rating', stars: 2 } as unknown as AnswerValue, createdAt: 2 },
    ];
    expect(summariseItem(item, answers, registry)).toEqual({ kind: 'rating', answered: 2, counts: [0, 1, 0, 1, 0] });

    const teacher = teacherLessonFrom(lesson.slides, registry);
    expect(teacher.items).toEqual([
      expect.objectContaining({
        id: 'tevreden',
        kind: 'rating',
        prompt: 'Hoe tevreden ben je over de les?',
        label: 'liveTeacher.kind.poll',
        reveals: null,
      }),
      expect.objectContaining({ id: 'fout' }),
    ]);

    const items = reportItems(good.widgets, registry);
    const participants = [{ id: 'p1', sessionId: 's', name: 'Ada', nameKey: 'ada', joinedAt: 0, removedAt: null }];
    const stored = [
      { id: 'a1', sessionId: 's', participantId: 'p1', itemId: 'tevreden', clientAnswerId: 'c1', value, createdAt: 5, updatedAt: 5 },
    ];
    const report = buildReport(items, participants, stored, ['tevreden'], registry);
    expect(report.items[0]?.results).toEqual({ kind: 'rating', answered: 1, counts: [0, 0, 0, 1, 0] });
    expect(report.students[0]?.answers).toEqual({ tevreden: { text: '4 *', verdict: null } });
    expect(reportCsv(report, translator('nl'), String)).toContain('Ada;;1;tevreden;peiling;Hoe tevreden ben je over de les?;4 *;;;;5');
  });
});
