import type { Translate } from '../../i18n/index.ts';
import type { ChoiceRow } from '../../live-teacher/results-view.ts';
import { CountTable } from '../live/CountTable.tsx';

interface Props {
  rows: ChoiceRow[];
  t: Translate;
}

/**
 * Counts per option of a quiz or poll as a table: letter, text, count and percentage in words,
 * the bar only as an extra; the right option is marked in text, not colour alone.
 */
export function ChoiceResults({ rows, t }: Props) {
  return (
    <CountTable
      caption={t('liveTeacher.choicesCaption')}
      heading={t('liveTeacher.option')}
      t={t}
      rows={rows.map((row) => ({
        key: row.letter,
        count: row.count,
        percent: row.percent,
        correct: row.correct,
        label: (
          <>
            <span className="tl-letter">{row.letter}</span> {row.text}
            {row.correct && (
              <span className="tl-correct">
                <span aria-hidden="true">✓ </span>
                {t('liveTeacher.correctMark')}
              </span>
            )}
          </>
        ),
      }))}
    />
  );
}
