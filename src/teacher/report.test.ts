import { describe, expect, it } from 'vitest';
import type { Answer, Participant } from '../../server/storage/index.ts';
import { UTF8_BOM } from '../shared/report/csv.ts';
import { answerText, buildReport, reportCsv, type ReportItem } from './report.ts';

const items: ReportItem[] = [
  { id: 'quiz-1', kind: 'quiz', slide: 2, question: 'Wat is duurder?', options: ['Behouden', 'Werven'] },
  { id: 'map-1', kind: 'mindMap', slide: 3, question: 'Relatiebeheer?', options: [] },
  { id: 'open-1', kind: 'openQuestion', slide: 4, question: 'Wanneer?', options: [] },
];
const participant = (id: string, name: string, removedAt: number | null = null): Participant => ({ id, sessionId: 's', name, nameKey: name.toLowerCase(), joinedAt: 0, removedAt });
const answer = (id: string, participantId: string, itemId: string, value: unknown, at: number): Answer => ({
  id, sessionId: 's', participantId, itemId, clientAnswerId: `c-${id}`, value, createdAt: at, updatedAt: at,
}); // prettier-ignore

describe('report', () => {
  it('writes answers as a person reads them', () => {
    expect(answerText(items[0]!, { kind: 'quiz', choices: ['B'] })).toBe('B – Werven');
    expect(answerText(items[1]!, { kind: 'mindMap', entries: ['Omzet', 'Trouw'] })).toBe('Omzet | Trouw');
    expect(answerText(items[2]!, { kind: 'openQuestion', text: 'Als hij terugkomt' })).toBe('Als hij terugkomt');
  });

  it('holds every stored answer once, per item and per student, removed students included', () => {
    const report = buildReport(
      items,
      [participant('p1', 'Ada'), participant('p2', 'Bo', 5)],
      [
        answer('a1', 'p1', 'quiz-1', { kind: 'quiz', choices: ['B'] }, 10),
        answer('a2', 'p2', 'quiz-1', { kind: 'quiz', choices: ['A'] }, 11),
        answer('a3', 'p1', 'open-1', { kind: 'openQuestion', text: 'Nu; meteen' }, 12),
        answer('a4', 'p1', 'gone', { kind: 'quiz', choices: ['A'] }, 13),
      ],
    );
    expect(report.items.map(({ item, answers }) => [item.id, answers.length])).toEqual([['quiz-1', 2], ['map-1', 0], ['open-1', 1]]);
    expect(report.items[0]?.results).toEqual({ kind: 'quiz', answered: 2, counts: [{ letter: 'A', count: 1 }, { letter: 'B', count: 1 }] });
    expect(report.students).toEqual([
      { id: 'p1', name: 'Ada', removed: false, answers: { 'quiz-1': 'B – Werven', 'open-1': 'Nu; meteen' } },
      { id: 'p2', name: 'Bo', removed: true, answers: { 'quiz-1': 'A – Behouden' } },
    ]);
    expect(reportCsv(report, (at) => `t${at}`)).toBe(
      `${UTF8_BOM}Leerling;Dia;Onderdeel;Soort;Vraag;Antwoord;Tijd\r\n` +
        'Ada;2;quiz-1;quiz;Wat is duurder?;B – Werven;t10\r\n' +
        'Bo;2;quiz-1;quiz;Wat is duurder?;A – Behouden;t11\r\n' +
        'Ada;4;open-1;open vraag;Wanneer?;"Nu; meteen";t12\r\n',
    );
  });
});
