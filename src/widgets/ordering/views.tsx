import type { Translate } from '../../i18n/index.ts';
import type { TeacherItem } from '../../live-teacher/lesson-view.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import type { KindViews, ResultsViewProps } from '../views.ts';
import './ordering.css';

interface Row {
  text: string;
  /** Per place, how many put the item there. */
  counts: number[];
  /** The item's right place, once revealed (so the board gives nothing away before). */
  rightPlace: number | null;
}

/**
 * Where each item was placed: rows in the order the phones showed them until the answer is
 * revealed, then in the right order with each item's right place marked.
 */
function placementRows(item: TeacherItem, results: ItemResults | undefined, revealed: boolean): Row[] {
  const placed = results?.kind === 'ordering' ? results.placed : [];
  const texts = revealed ? item.correct : item.options;
  return texts.map((text) => {
    const authored = item.correct.indexOf(text);
    return {
      text,
      counts: item.correct.map((_, place) => placed[authored]?.[place] ?? 0),
      rightPlace: revealed ? authored : null,
    };
  });
}

function PlacementTable({ rows, className, t }: { rows: Row[]; className: string; t: Translate }) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{t('ordering.placedCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('ordering.item')}</th>
          {rows.map((_, place) => (
            <th scope="col" key={place}>
              {t('ordering.place', { n: place + 1 })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.text}>
            <th scope="row">{row.text}</th>
            {row.counts.map((count, place) => (
              <td key={place} data-right={row.rightPlace === place ? 'true' : undefined}>
                {count}
                {row.rightPlace === place && <span className="visually-hidden"> {t('ordering.inPlace')}</span>}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const allRight = ({ results, t }: Pick<ResultsViewProps, 'results' | 't'>) =>
  results?.kind === 'ordering' ? t('ordering.allRight', { right: results.right, answered: results.answered }) : null;

/** How many had the whole order right, and a table of where each item was placed. */
export const views: KindViews = {
  kind: 'ordering',
  Board: ({ item, results, state, t }) => (
    <div className="board-ordering">
      <p className="board-ordering-right">{allRight({ results, t })}</p>
      <PlacementTable rows={placementRows(item, results, state.revealed.includes(item.id))} className="board-placements" t={t} />
    </div>
  ),
  Teacher: ({ item, results, state, t }) => (
    <>
      <p className="tl-ordering-right">{allRight({ results, t })}</p>
      <PlacementTable rows={placementRows(item, results, state.revealed.includes(item.id))} className="tl-choices tl-placements" t={t} />
    </>
  ),
};
