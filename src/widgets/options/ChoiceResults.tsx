import type { Translate } from '../../i18n/index.ts';
import { barWidths, type ChoiceRow } from '../../live-teacher/results-view.ts';

interface Props {
  rows: ChoiceRow[];
  t: Translate;
}

/**
 * Counts per option of a quiz or poll as a table: letter, text, count and percentage in words,
 * the bar only as an extra; the right option is marked in text, not colour alone.
 */
export function ChoiceResults({ rows, t }: Props) {
  const widths = barWidths(rows);
  return (
    <table className="tl-choices">
      <caption className="visually-hidden">{t('liveTeacher.choicesCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('liveTeacher.option')}</th>
          <th scope="col">{t('liveTeacher.count')}</th>
          <th scope="col">{t('liveTeacher.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.letter} data-correct={row.correct}>
            <th scope="row">
              <span className="tl-letter">{row.letter}</span> {row.text}
              {row.correct && (
                <span className="tl-correct">
                  <span aria-hidden="true">✓ </span>
                  {t('liveTeacher.correctMark')}
                </span>
              )}
            </th>
            <td className="tl-count">{row.count}</td>
            <td className="tl-percent">
              <span className="tl-bar-track" aria-hidden="true">
                <span className="tl-bar" style={{ width: `${widths[index] ?? 0}%` }} />
              </span>
              {row.percent}%
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
