import type { MessageKey, Translate } from '../../src/i18n/index.ts';
import { toCsv } from '../../src/shared/report/csv.ts';
import type { Report, Verdict } from './report.ts';

const HEADER_KEYS = [
  'report.csv.student',
  'report.csv.status',
  'report.csv.slide',
  'report.csv.item',
  'report.csv.kind',
  'report.csv.question',
  'report.csv.answer',
  'report.csv.verdict',
  'report.csv.quizRight',
  'report.csv.quizAsked',
  'report.csv.time',
] as const satisfies readonly MessageKey[];

/** "goed" / "fout" (or the reader's language); empty for answers without a right one. */
export const verdictText = (t: Translate, verdict: Verdict): string =>
  verdict === 'right' ? t('report.right') : verdict === 'wrong' ? t('report.wrong') : '';

/**
 * The report as CSV for Dutch Excel, in the reader's language: one row per answer, then one row
 * for each student without answers, so every student's score is in the file. The score is two
 * number columns, because Excel would read "3/5" as a date; `formatTime` should give a
 * date-time Excel recognises (see `excelDateTime`).
 */
export function reportCsv(report: Report, t: Translate, formatTime: (at: number) => string): string {
  const students = new Map(report.students.map((student) => [student.id, student]));
  const status = (removed: boolean) => (removed ? t('report.csv.removed') : '');
  const score = (participantId: string) => {
    const found = students.get(participantId)?.score;
    return found ? [found.right, found.asked] : ['', ''];
  };
  const answerRows = report.items.flatMap(({ item, answers }) =>
    answers.map((answer) => [
      answer.student,
      status(answer.removed),
      item.slide,
      item.id,
      t(item.label),
      item.question,
      answer.text,
      verdictText(t, answer.verdict),
      ...score(answer.participantId),
      formatTime(answer.at),
    ]),
  );
  const silentRows = report.students
    .filter((student) => Object.keys(student.answers).length === 0)
    .map((student) => [student.name, status(student.removed), '', '', '', '', '', '', ...score(student.id), '']);
  return toCsv(
    HEADER_KEYS.map((key) => t(key)),
    [...answerRows, ...silentRows],
  );
}
