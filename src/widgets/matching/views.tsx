import type { Translate } from '../../i18n/index.ts';
import type { TeacherItem } from '../../live-teacher/lesson-view.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import { AllRight, CountMatrix } from '../live/CountMatrix.tsx';
import type { KindViews, ResultsViewProps } from '../views.ts';
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

function Matches({ item, results, state, t, on }: ResultsViewProps & { on: 'board' | 'panel' }) {
  const table = matchTable(item, results, state.revealed.includes(item.id));
  return (
    <CountMatrix
      on={on}
      className={on === 'board' ? 'board-matches' : 'tl-matches'}
      caption={t('matching.caption')}
      columns={table.columns}
      rows={table.rows.map((row) => ({ key: row.left, label: row.left, counts: row.counts, rightColumn: row.rightColumn }))}
      rightMark={t('matching.inPlace')}
    />
  );
}

const allRight = (results: ItemResults | undefined, t: Translate) =>
  results?.kind === 'matching' ? t('matching.allRight', { right: results.right, answered: results.answered }) : null;

/** How many matched everything right, and how often each pair was made. */
export const views: KindViews = {
  kind: 'matching',
  Board: (props) => (
    <div className="board-matrix-results board-matching">
      <AllRight on="board" className="board-matching-right" text={allRight(props.results, props.t)} />
      <Matches {...props} on="board" />
    </div>
  ),
  Teacher: (props) => (
    <>
      <AllRight on="panel" className="tl-matching-right" text={allRight(props.results, props.t)} />
      <Matches {...props} on="panel" />
    </>
  ),
};
