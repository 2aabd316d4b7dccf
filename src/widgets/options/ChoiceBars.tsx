import type { Translate } from '../../i18n/index.ts';
import type { ChoiceRow } from '../../live-teacher/results-view.ts';

/**
 * One bar per option, as wide as its share of the answers, growing as answers arrive; count and
 * percentage in words beside it. The right option is marked in text and shape, not colour alone.
 */
export function ChoiceBars({ rows, t }: { rows: ChoiceRow[]; t: Translate }) {
  return (
    <ol className="board-bars" style={{ ['--rows' as string]: rows.length }}>
      {rows.map((row) => (
        <li key={row.letter} data-correct={row.correct}>
          <span className="board-bar-letter" aria-hidden="true">
            {row.letter}
          </span>
          <span className="board-bar-main">
            <span className="board-bar-text">
              <span className="visually-hidden">{row.letter}: </span>
              {row.text}
              {row.correct && <strong className="board-bar-correct"> ✓ {t('board.correct')}</strong>}
            </span>
            <span className="board-bar-track" aria-hidden="true">
              <span className="board-bar-fill" style={{ width: `${row.percent}%` }} />
            </span>
          </span>
          <span className="board-bar-count">{t('board.votes', { count: row.count, percent: row.percent })}</span>
        </li>
      ))}
    </ol>
  );
}
