import { describe, expect, it } from 'vitest';
import type { Answer, Participant } from '../storage/index.ts';
import { UTF8_BOM } from '../../src/shared/report/csv.ts';
import { translator } from '../../src/i18n/index.ts';
import { reportCsv } from './report-csv.ts';
import { answerText, answerVerdict, buildReport, type ReportItem } from './report.ts';

const items: ReportItem[] = [
  { id: 'quiz-1', kind: 'quiz', slide: 2, question: 'Wat is duurder?', options: ['Behouden', 'Werven'], correct: ['B'], session: { kind: 'quiz', slide: 2, optionCount: 2, multiple: false }, label: 'report.kind.quiz' },
  { id: 'map-1', kind: 'mindMap', slide: 3, question: 'Relatiebeheer?', options: [], correct: [], session: { kind: 'mindMap', slide: 3, maxEntries: 5 }, label: 'report.kind.mindMap' },
  { id: 'open-1', kind: 'openQuestion', slide: 4, question: 'Wanneer?', options: [], correct: [], session: { kind: 'openQuestion', slide: 4, maxLength: 500 }, label: 'report.kind.openQuestion' },
  { id: 'quiz-2', kind: 'quiz', slide: 5, question: 'Welke twee?', options: ['Mail', 'Bellen', 'Niets'], correct: ['A', 'B'], session: { kind: 'quiz', slide: 5, optionCount: 3, multiple: true }, label: 'report.kind.quiz' },
];
const participant = (id: string, name: string, removedAt: number | null = null): Participant => ({
  id,
  sessionId: 's',
  name,
  nameKey: name.toLowerCase(),
  joinedAt: 0,
  removedAt,
});
const answer = (id: string, participantId: string, itemId: string, value: unknown, at: number): Answer => ({
  id, sessionId: 's', participantId, itemId, clientAnswerId: `c-${id}`, value, createdAt: at, updatedAt: at,
}); // prettier-ignore

describe('report', () => {
  it('writes answers as a person reads them', () => {
    expect(answerText(items[0]!, { kind: 'quiz', choices: ['B'] })).toBe('B – Werven');
    expect(answerText(items[1]!, { kind: 'mindMap', entries: ['Omzet', 'Trouw'] })).toBe('Omzet | Trouw');
    expect(answerText(items[2]!, { kind: 'openQuestion', text: 'Als hij terugkomt' })).toBe('Als hij terugkomt');
  });

  it('says whether a quiz answer chose exactly the right letters', () => {
    const [quiz1, map1, , quiz2] = items as [ReportItem, ReportItem, ReportItem, ReportItem];
    expect(answerVerdict(quiz1, { kind: 'quiz', choices: ['B'] })).toBe('right');
    expect(answerVerdict(quiz1, { kind: 'quiz', choices: ['A'] })).toBe('wrong');
    expect(answerVerdict(quiz2, { kind: 'quiz', choices: ['B', 'A'] })).toBe('right');
    expect(answerVerdict(quiz2, { kind: 'quiz', choices: ['A'] })).toBe('wrong');
    expect(answerVerdict(quiz2, { kind: 'quiz', choices: ['A', 'B', 'C'] })).toBe('wrong');
    expect(answerVerdict(map1, { kind: 'mindMap', entries: ['Omzet'] })).toBeNull();
  });

  const participants = [participant('p1', 'Ada'), participant('p2', 'Bo', 5), participant('p3', 'Cem')];
  const stored = [
    answer('a1', 'p1', 'quiz-1', { kind: 'quiz', choices: ['B'] }, 10),
    answer('a2', 'p2', 'quiz-1', { kind: 'quiz', choices: ['A'] }, 11),
    answer('a3', 'p1', 'open-1', { kind: 'openQuestion', text: 'Nu; meteen' }, 12),
    answer('a4', 'p1', 'gone', { kind: 'quiz', choices: ['A'] }, 13),
  ];

  it('holds every stored answer once, per item and per student, with right/wrong, scores and removed students', () => {
    // The teacher opened both quizzes; nobody answered the second one.
    const report = buildReport(items, participants, stored, ['quiz-1', 'open-1', 'quiz-2']);
    expect(report.items.map(({ item, answers }) => [item.id, answers.length])).toEqual([
      ['quiz-1', 2],
      ['map-1', 0],
      ['open-1', 1],
      ['quiz-2', 0],
    ]);
    expect(report.items[0]?.results).toEqual({
      kind: 'quiz',
      answered: 2,
      counts: [
        { letter: 'A', count: 1 },
        { letter: 'B', count: 1 },
      ],
    });
    expect(report.items[0]?.answers.map(({ student, removed, verdict }) => [student, removed, verdict])).toEqual([
      ['Ada', false, 'right'],
      ['Bo', true, 'wrong'],
    ]);
    expect(report.students).toEqual([
      {
        id: 'p1',
        name: 'Ada',
        removed: false,
        answers: { 'quiz-1': { text: 'B – Werven', verdict: 'right' }, 'open-1': { text: 'Nu; meteen', verdict: null } },
        score: { right: 1, asked: 2 },
      },
      {
        id: 'p2',
        name: 'Bo',
        removed: true,
        answers: { 'quiz-1': { text: 'A – Behouden', verdict: 'wrong' } },
        score: { right: 0, asked: 2 },
      },
      { id: 'p3', name: 'Cem', removed: false, answers: {}, score: { right: 0, asked: 2 } },
    ]);
  });

  it('counts a quiz someone answered as asked, and has no score when no quiz was asked', () => {
    expect(buildReport(items, participants, stored).students.map((student) => student.score)).toEqual([
      { right: 1, asked: 1 },
      { right: 0, asked: 1 },
      { right: 0, asked: 1 },
    ]);
    expect(buildReport(items, participants, [], ['open-1']).students.map((student) => student.score)).toEqual([null, null, null]);
  });

  it('writes the CSV in the reader language: right/wrong, the score as numbers, removed marked, silent students too', () => {
    const report = buildReport(items, participants, stored, ['quiz-1', 'quiz-2']);
    expect(reportCsv(report, translator('nl'), (at) => `t${at}`)).toBe(
      `${UTF8_BOM}Leerling;Status;Dia;Onderdeel;Soort;Vraag;Antwoord;Goed/fout;Quiz goed;Quiz gesteld;Tijd\r\n` +
        'Ada;;2;quiz-1;quiz;Wat is duurder?;B – Werven;goed;1;2;t10\r\n' +
        'Bo;verwijderd;2;quiz-1;quiz;Wat is duurder?;A – Behouden;fout;0;2;t11\r\n' +
        'Ada;;4;open-1;open vraag;Wanneer?;"Nu; meteen";;1;2;t12\r\n' +
        'Cem;;;;;;;;0;2;\r\n',
    );
    expect(reportCsv(report, translator('en'), (at) => `t${at}`)).toBe(
      `${UTF8_BOM}Student;Status;Slide;Item;Kind;Question;Answer;Right/wrong;Quizzes right;Quizzes asked;Time\r\n` +
        'Ada;;2;quiz-1;quiz;Wat is duurder?;B – Werven;right;1;2;t10\r\n' +
        'Bo;removed;2;quiz-1;quiz;Wat is duurder?;A – Behouden;wrong;0;2;t11\r\n' +
        'Ada;;4;open-1;open question;Wanneer?;"Nu; meteen";;1;2;t12\r\n' +
        'Cem;;;;;;;;0;2;\r\n',
    );
  });

  it('leaves the score cells empty when no quiz was asked', () => {
    const csv = reportCsv(buildReport(items, [participant('p1', 'Ada')], [], []), translator('nl'), String);
    expect(csv.split('\r\n')[1]).toBe('Ada;;;;;;;;;;');
  });
});
