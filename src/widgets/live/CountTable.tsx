import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { barWidths } from '../../live-teacher/results-view.ts';

export interface CountRow {
  key: string;
  /** What was chosen: an option, a point on a scale. */
  label: ReactNode;
  count: number;
  percent: number;
  /** The right option: its row is marked (in text by the label, in colour by the row). */
  correct?: boolean;
}

interface Props {
  caption: string;
  /** The first column's heading ("Optie", "Punt"). */
  heading: string;
  rows: readonly CountRow[];
  t: Translate;
}

/** Counts on the teacher's panel as a table: what, how many and the share in words, the bar only as an extra. */
export function CountTable({ caption, heading, rows, t }: Props) {
  const widths = barWidths(rows);
  return (
    <table className="tl-choices">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{heading}</th>
          <th scope="col">{t('liveTeacher.count')}</th>
          <th scope="col">{t('liveTeacher.percent')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, index) => (
          <tr key={row.key} data-correct={row.correct}>
            <th scope="row">{row.label}</th>
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
