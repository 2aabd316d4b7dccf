import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { parseLesson } from '../../shared/lesson/parse.ts';
import { selfAssessment, type SelfAssessmentValue } from './widget.ts';
import type { GoalLevel } from './levels.ts';

const rules = (() => {
  if (!selfAssessment.answers) throw new Error('a self-assessment is answered live');
  return selfAssessment.answers;
})();
const problems = (props: Record<string, unknown>) => {
  const parsed = selfAssessment.props.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const value = (...levels: GoalLevel[]): SelfAssessmentValue => ({ kind: 'selfAssessment', levels });
const answer = (id: string, ...levels: GoalLevel[]) => ({ id, participantId: id, value: value(...levels), createdAt: 0 });

const lesson = (widget: string) => `---
title: "Les"
module: M
subject: S
level: MBO
durationMinutes: 50
language: nl
goals:
  - Je weet wat relatiebeheer is
  - Je weet de niveaus van klantenbinding
---

## Goal!

${widget}
`;

describe('SelfAssessment', () => {
  it("takes the lesson's goals, or a list of its own of one to ten", () => {
    expect(problems({ id: 'k' })).toEqual([]);
    expect(problems({ id: 'k', question: 'Lukt dit?', goals: ['Ik kan klanten binden'] })).toEqual([]);
    expect(problems({ id: 'k', goals: [] })).toEqual([
      'goals: goals is een lijst lesdoelen: goals={["Je weet …", "Je kunt …"]}; laat goals weg voor de doelen uit de kop van de les',
    ]);
    expect(problems({ id: 'k', goals: Array.from({ length: 11 }, (_, i) => `Doel ${i}`) })).toEqual(['goals: hoogstens 10 doelen']);
    expect(problems({ id: 'k', goals: ['  '] })).toEqual(['goals.0: een doel is een tekst van 1 tot 200 tekens']);
    expect(problems({ id: 'k', goal: 'x' })).toHaveLength(1);
  });

  it("gets the frontmatter's goals and a question in the lesson's language, unless it names its own", () => {
    const fromLesson = parseLesson(lesson('<SelfAssessment id="kan-ik-dit" />'));
    expect(fromLesson.issues).toEqual([]);
    expect(fromLesson.widgets[0]?.props).toEqual({
      id: 'kan-ik-dit',
      question: 'Kan ik dit?',
      goals: ['Je weet wat relatiebeheer is', 'Je weet de niveaus van klantenbinding'],
    });
    expect(fromLesson.slides[0]?.widgets[0]?.props.goals).toHaveLength(2);
    const own = parseLesson(lesson('<SelfAssessment id="kan-ik-dit" question="Lukt dit al?" goals={["Ik kan een plan maken"]} />'));
    expect(own.widgets[0]?.props).toMatchObject({ question: 'Lukt dit al?', goals: ['Ik kan een plan maken'] });
    // An English lesson asks in English.
    const english = parseLesson(lesson('<SelfAssessment id="kan-ik-dit" />').replace('language: nl', 'language: en'));
    expect(english.widgets[0]?.props.question).toBe('Can I do this?');
  });

  it('names a bad prop with its line and column', () => {
    const parsed = parseLesson(lesson('Vooraf.\n\n  <SelfAssessment id="kan-ik-dit" goals="alles" />'));
    expect(parsed.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[17, 3, 'lessonIssue.widget.prop']]);
  });

  it('accepts one known level for every goal, nothing else', () => {
    const item = rules.item({ id: 'k', goals: ['a', 'b', 'c'] });
    expect(item).toEqual({ goals: 3 });
    expect(rules.check(item, value('yes', 'some', 'no'))).toEqual({ ok: true, value: value('yes', 'some', 'no') });
    expect(rules.check(item, value('yes', 'some'))).toEqual({ ok: false, code: 'bad_choice' });
    expect(rules.check(item, value('yes', 'some', 'no', 'no'))).toEqual({ ok: false, code: 'bad_choice' });
    expect(rules.value.safeParse({ kind: 'selfAssessment', levels: ['yes'] }).success).toBe(true);
    expect(rules.value.safeParse({ kind: 'selfAssessment', levels: ['maybe'] }).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'selfAssessment', levels: [] }).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'selfAssessment', levels: Array.from({ length: 11 }, () => 'yes') }).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'selfAssessment', levels: ['yes'], extra: 1 }).success).toBe(false);
  });

  it("counts the class per goal and level, and reads an answer in the reader's language", () => {
    const item = { goals: 2 };
    expect(rules.summarise(item, [answer('a', 'yes', 'no'), answer('b', 'yes', 'some'), answer('c', 'some', 'no')])).toEqual({
      kind: 'selfAssessment',
      counts: [
        [2, 1, 0],
        [0, 1, 2],
      ],
    });
    expect(rules.summarise(item, [])).toEqual({ kind: 'selfAssessment', counts: [[0, 0, 0], [0, 0, 0]] }); // prettier-ignore
    const described = rules.describe({ id: 'k', goals: ['Binden', 'Meten'] });
    expect(described).toEqual({ prompt: '', options: ['Binden', 'Meten'], correct: [], hasModel: false });
    expect(rules.answerText(described, value('yes', 'some'), translator('nl'))).toBe('Binden: Ja | Meten: Een beetje');
    expect(rules.answerText(described, value('no', 'yes'), translator('en'))).toBe('Binden: No | Meten: Yes');
    const tally = rules.tally?.(described, { kind: 'selfAssessment', answered: 3, counts: [[2, 1, 0], [0, 1, 2]] }); // prettier-ignore
    expect(tally).toEqual({
      heading: 'selfAssessment.goal',
      columns: ['selfAssessment.level.yes', 'selfAssessment.level.some', 'selfAssessment.level.no'],
      rows: [
        { label: 'Binden', count: 3, counts: [2, 1, 0] },
        { label: 'Meten', count: 3, counts: [0, 1, 2] },
      ],
    });
    expect(rules.verdict).toBeUndefined();
  });
});
