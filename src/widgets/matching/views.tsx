import type { Translate } from '../../i18n/index.ts';
import type { TeacherItem } from '../../live-teacher/lesson-view.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import type { KindViews } from '../views.ts';
import './matching.css';

interface Table {
  /** The right column's texts as the columns of the table. */
  columns: string[];
  rows: { left: string; counts: number[]; rightColumn: number | null }[];
}

/**
 * How often each left item was matched with each right one: the right column in the order the
 * phones showed it until the answer is revealed, then in the right order with the right cells marked.
 */
function matchTable(item: TeacherItem, results: ItemResults | undefined, revealed: boolean): Table {
  const matched = results?.kind === 'matching' ? results.matched : [];
  const columns = revealed ? item.correct : item.options;
  const lefts = item.lefts ?? [];
  return {
    columns,
    rows: lefts.map((left, index) => ({
      left,
      counts: columns.map((text) => matched[index]?.[item.correct.indexOf(text)] ?? 0),
      rightColumn: revealed ? index : null,
    })),
  };
}

function MatchTable({ table, className, t }: { table: Table; className: string; t: Translate }) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{t('matching.caption')}</caption>
      <thead>
        <tr>
          <td />
          {table.columns.map((column) => (
            <th scope="col" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row) => (
          <tr key={row.left}>
            <th scope="row">{row.left}</th>
            {row.counts.map((count, column) => (
              <td key={column} data-right={row.rightColumn === column ? 'true' : undefined}>
                {count}
                {row.rightColumn === column && <span className="visually-hidden"> {t('matching.inPlace')}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const allRight = (results: ItemResults | undefined, t: Translate) =>
  results?.kind === 'matching' ? t('matching.allRight', { right: results.right, answered: results.answered }) : null;

/** How many matched everything right, and how often each pair was made. */
export const views: KindViews = {
  kind: 'matching',
  Board: ({ item, results, state, t }) => (
    <div className="board-matching">
      <p className="board-matching-right">{allRight(results, t)}</p>
      <MatchTable table={matchTable(item, results, state.revealed.includes(item.id))} className="board-matches" t={t} />
    </div>
  ),
  Teacher: ({ item, results, state, t }) => (
    <>
      <p className="tl-matching-right">{allRight(results, t)}</p>
      <MatchTable table={matchTable(item, results, state.revealed.includes(item.id))} className="tl-choices tl-matches" t={t} />
    </>
  ),
};
