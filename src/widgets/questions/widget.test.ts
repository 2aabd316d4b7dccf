import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { parseLesson } from '../../shared/lesson/parse.ts';
import { markedQuestions } from './board-order.ts';
import { asQuestionsAnswer, EMPTY_QUESTIONS, withoutQuestion, withQuestion, withQuestionBack, withVote } from './limits.ts';
import { questions, type QuestionsValue } from './widget.ts';

const rules = (() => {
  if (!questions.answers) throw new Error('the class answers questions live');
  return questions.answers;
})();
const problems = (props: Record<string, unknown>) => {
  const parsed = questions.props.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const value = (asked: string[], votes: string[] = []): QuestionsValue => ({
  kind: 'questions',
  asked: asked.map((text, index) => ({ n: index + 1, text })),
  votes,
});
const answer = (id: string, participantId: string, createdAt: number, asked: string[], votes: string[] = []) => ({
  id,
  participantId,
  value: value(asked, votes),
  createdAt,
});

const lesson = (widget: string, language = 'nl') => `---
title: "Les"
module: M
subject: S
level: MBO
durationMinutes: 50
language: ${language}
goals:
  - Je weet wat relatiebeheer is
---

## Vragen

${widget}
`;

describe('Questions', () => {
  it('takes an optional prompt and one to five questions per student', () => {
    expect(problems({ id: 'v' })).toEqual([]);
    expect(problems({ id: 'v', prompt: 'Wat wil je weten?', perStudent: 5 })).toEqual([]);
    expect(problems({ id: 'v', perStudent: 6 })).toEqual(['perStudent: perStudent is een heel getal van 1 tot en met 5']);
    expect(problems({ id: 'v', perStudent: 1.5 })).toEqual(['perStudent: perStudent is een heel getal van 1 tot en met 5']);
    expect(problems({ id: 'v', prompt: '  ' })).toHaveLength(1);
    expect(problems({ id: 'v', question: 'x' })).toHaveLength(1);
  });

  it("asks in the lesson's language when the author gave no prompt, and names a bad prop with its line and column", () => {
    expect(parseLesson(lesson('<Questions id="vragen" />')).widgets[0]?.props).toEqual({
      id: 'vragen',
      prompt: 'Welke vraag heb jij nog?',
    });
    expect(parseLesson(lesson('<Questions id="vragen" />', 'en')).widgets[0]?.props.prompt).toBe('What would you like to ask?');
    expect(parseLesson(lesson('<Questions id="vragen" prompt="Nog vragen?" />')).widgets[0]?.props.prompt).toBe('Nog vragen?');
    const bad = parseLesson(lesson('Eerst.\n\n   <Questions id="vragen" perStudent={9} />'));
    expect(bad.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[16, 4, 'lessonIssue.widget.prop']]);
  });

  it('keeps the questions within their limits and cleans the votes', () => {
    const item = rules.item({ id: 'v', perStudent: 2 });
    expect(item).toEqual({ perStudent: 2 });
    expect(rules.item({ id: 'v' })).toEqual({ perStudent: 3 });
    expect(rules.check(item, value(['  Wat is CRM? '], ['b.1', 'a.2', 'b.1']))).toEqual({
      ok: true,
      value: { kind: 'questions', asked: [{ n: 1, text: 'Wat is CRM?' }], votes: ['a.2', 'b.1'] },
    });
    expect(rules.check(item, value([], []))).toEqual({ ok: true, value: EMPTY_QUESTIONS });
    expect(rules.check(item, value(['a', 'b', 'c']))).toEqual({ ok: false, code: 'too_many_questions', params: { max: 2 } });
    expect(rules.check(item, value(['  ']))).toEqual({ ok: false, code: 'empty_answer' });
    expect(rules.check(item, value(['x'.repeat(201)]))).toEqual({ ok: false, code: 'question_too_long', params: { max: 200 } });
    expect(rules.check(item, { kind: 'questions', asked: [{ n: 1, text: 'a' }, { n: 1, text: 'b' }], votes: [] })).toEqual({ ok: false, code: 'bad_choice' }); // prettier-ignore
    // The wire shape: strict, bounded.
    expect(rules.value.safeParse(value(['a'], ['x.1'])).success).toBe(true);
    expect(rules.value.safeParse({ ...value(['a']), extra: 1 }).success).toBe(false);
    expect(rules.value.safeParse(value(['a', 'b', 'c', 'd', 'e', 'f'])).success).toBe(false);
    expect(
      rules.value.safeParse(
        value(
          [],
          Array.from({ length: 201 }, (_, i) => `v.${i}`),
        ),
      ).success,
    ).toBe(false);
    expect(rules.value.safeParse({ kind: 'questions', asked: [{ n: 0, text: 'a' }], votes: [] }).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'questions', asked: [{ n: 1, text: 'a'.repeat(801) }], votes: [] }).success).toBe(false);
    expect(rules.changeable).toBe(true);
  });

  it("counts one vote per student for others' questions, most votes first, and shows the class no authors", () => {
    const answers = [
      answer('a', 'ada', 1, ['Wat is CRM?', 'Hoe meet je tevredenheid?'], ['a.1', 'b.1', 'c.9']),
      answer('b', 'bo', 2, ['Wat kost een klant?'], ['a.2', 'b.1']),
      answer('c', 'cem', 3, [], ['a.2', 'b.1', 'b.1']),
    ];
    const results = { ...rules.summarise({ perStudent: 3 }, answers), answered: 3 };
    // Ada's vote for her own question and the vote for a question nobody asked do not count.
    expect(results.questions).toEqual([
      { id: 'a.2', text: 'Hoe meet je tevredenheid?', by: 'ada', votes: 2 },
      { id: 'b.1', text: 'Wat kost een klant?', by: 'bo', votes: 2 },
      { id: 'a.1', text: 'Wat is CRM?', by: 'ada', votes: 0 },
    ]);
    const forClass = rules.forClass;
    if (!forClass) throw new Error('the class sees the questions');
    const seenByBo = forClass(results, { hidden: ['a.1'], answered: ['b.1'] }, { participantId: 'bo', value: answers[1]?.value });
    expect(seenByBo).toEqual([
      { id: 'a.2', text: 'Hoe meet je tevredenheid?', votes: 2, mine: false, voted: true, answered: false },
      { id: 'b.1', text: 'Wat kost een klant?', votes: 2, mine: true, voted: false, answered: true },
    ]);
    expect(JSON.stringify(seenByBo)).not.toMatch(/ada|bo"|cem/);
    expect(forClass(results, { hidden: [], answered: [] }, { participantId: 'new', value: undefined }).map((entry) => entry.voted)).toEqual([false, false, false]); // prettier-ignore
  });

  it('reads in the report per student and as a table of votes', () => {
    const described = rules.describe({ id: 'v', prompt: 'Nog vragen?' });
    expect(described).toEqual({ prompt: 'Nog vragen?', options: [], correct: [], hasModel: false });
    expect(rules.answerText(described, value(['Wat is CRM?', 'Waarom?'], ['x.1']), translator('nl'))).toBe(
      'Wat is CRM? | Waarom? · stemmen gegeven: 1',
    );
    expect(rules.answerText(described, value([], ['x.1', 'y.1']), translator('en'))).toBe('no question asked · votes given: 2');
    expect(rules.answerText(described, value(['Wat is CRM?']))).toBe('Wat is CRM?');
    const tally = rules.tally?.(described, {
      kind: 'questions',
      answered: 2,
      questions: [{ id: 'a.1', text: 'Wat is CRM?', by: 'ada', votes: 3 }],
    });
    expect(tally).toEqual({
      heading: 'questions.question',
      columns: ['questions.votes'],
      rows: [{ label: 'Wat is CRM?', count: 3, counts: [3] }],
    });
  });

  it("the phone's edits: a new number after the highest, a withdrawal undone under the same number, a vote given and taken back", () => {
    const one = withQuestion(EMPTY_QUESTIONS, '  Eerste? ');
    const two = withQuestion(one, 'Tweede?');
    expect(two.asked).toEqual([{ n: 1, text: 'Eerste?' }, { n: 2, text: 'Tweede?' }]); // prettier-ignore
    const withdrawn = withoutQuestion(two, 1);
    expect(withQuestion(withdrawn, 'Derde?').asked.map((question) => question.n)).toEqual([2, 3]);
    expect(withQuestionBack(withdrawn, { n: 1, text: 'Eerste?' })).toEqual(two);
    expect(withVote(withVote(two, 'x.1', true), 'x.1', true).votes).toEqual(['x.1']);
    expect(withVote(withVote(two, 'x.1', true), 'x.1', false).votes).toEqual([]);
    expect(asQuestionsAnswer({ kind: 'scale', value: 3 })).toEqual(EMPTY_QUESTIONS);
    expect(asQuestionsAnswer(two)).toEqual(two);
  });

  it('orders the board: still to answer by votes, then the answered ones, with what was hidden marked', () => {
    const list = [
      { id: 'a.1', text: 'A', by: 'ada', votes: 3 },
      { id: 'b.1', text: 'B', by: 'bo', votes: 2 },
      { id: 'c.1', text: 'C', by: 'cem', votes: 1 },
    ];
    const marked = markedQuestions(list, { hiddenAnswers: ['c.1'], answeredQuestions: ['a.1'] });
    expect(marked.map((question) => [question.id, question.answered, question.hidden])).toEqual([
      ['b.1', false, false],
      ['c.1', false, true],
      ['a.1', true, false],
    ]);
    expect(markedQuestions(list, { hiddenAnswers: [] }).map((question) => question.id)).toEqual(['a.1', 'b.1', 'c.1']);
  });
});
