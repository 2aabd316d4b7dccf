import type { TeacherItem } from '../../live-teacher/lesson-view.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import { AllRight, CountMatrix } from '../live/CountMatrix.tsx';
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

function Placements({ item, results, state, t, on }: ResultsViewProps & { on: 'board' | 'panel' }) {
  const rows = placementRows(item, results, state.revealed.includes(item.id));
  return (
    <CountMatrix
      on={on}
      className={on === 'board' ? 'board-placements' : 'tl-placements'}
      caption={t('ordering.placedCaption')}
      corner={t('ordering.item')}
      columns={rows.map((_, place) => t('ordering.place', { n: place + 1 }))}
      rows={rows.map((row) => ({ key: row.text, label: row.text, counts: row.counts, rightColumn: row.rightPlace }))}
      rightMark={t('ordering.inPlace')}
    />
  );
}

const allRight = ({ results, t }: Pick<ResultsViewProps, 'results' | 't'>) =>
  results?.kind === 'ordering' ? t('ordering.allRight', { right: results.right, answered: results.answered }) : null;

/** How many had the whole order right, and a table of where each item was placed. */
export const views: KindViews = {
  kind: 'ordering',
  Board: (props) => (
    <div className="board-matrix-results board-ordering">
      <AllRight on="board" className="board-ordering-right" text={allRight(props)} />
      <Placements {...props} on="board" />
    </div>
  ),
  Teacher: (props) => (
    <>
      <AllRight on="panel" className="tl-ordering-right" text={allRight(props)} />
      <Placements {...props} on="panel" />
    </>
  ),
};
