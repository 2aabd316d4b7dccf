import type { Translate } from '../../i18n/index.ts';
import { percentOf } from '../../live-teacher/results-view.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import type { KindViews } from '../views.ts';
import { GOAL_LEVELS, levelKey, type GoalLevel } from './levels.ts';
import './self-assessment.css';

interface GoalRow {
  goal: string;
  counts: { level: GoalLevel; count: number; percent: number }[];
  total: number;
}

/** Per goal (the item's options) how many chose each level, from the server's results (none yet: all zero). */
function goalRows(goals: readonly string[], results: ItemResults | undefined): GoalRow[] {
  const counts = results?.kind === 'selfAssessment' ? results.counts : [];
  return goals.map((goal, index) => {
    const row = GOAL_LEVELS.map((level, levelIndex) => ({ level, count: counts[index]?.[levelIndex] ?? 0 }));
    const total = row.reduce((sum, entry) => sum + entry.count, 0);
    return { goal, total, counts: row.map((entry) => ({ ...entry, percent: percentOf(entry.count, total) })) };
  });
}

/** One bar per goal, split by level: the share of each, in colour and in words. */
function LevelBar({ row, t }: { row: GoalRow; t: Translate }) {
  return (
    <span className="goal-bar" aria-hidden="true">
      {row.counts.map(({ level, count }) =>
        count > 0 ? (
          <span key={level} className="goal-bar-part" data-choice={level} style={{ flexGrow: count }} title={t(levelKey(level))}>
            {count}
          </span>
        ) : null,
      )}
    </span>
  );
}

/** The class per goal: a bar split ja / een beetje / nee, with the counts in words beside it. */
export const views: KindViews = {
  kind: 'selfAssessment',
  Board: ({ item, results, t }) => {
    const rows = goalRows(item.options, results);
    return (
      <div className="board-goals">
        <ul className="goal-legend" aria-hidden="true">
          {GOAL_LEVELS.map((level) => (
            <li key={level} data-choice={level}>
              {t(levelKey(level))}
            </li>
          ))}
        </ul>
        <ol className="board-goal-rows">
          {rows.map((row) => (
            <li key={row.goal}>
              <span className="board-goal-text">{row.goal}</span>
              <LevelBar row={row} t={t} />
              <span className="visually-hidden">{row.counts.map(({ level, count }) => `${t(levelKey(level))}: ${count}`).join(', ')}</span>
            </li>
          ))}
        </ol>
      </div>
    );
  },
  Teacher: ({ item, results, t }) => {
    const rows = goalRows(item.options, results);
    return (
      <table className="tl-choices tl-goals">
        <caption className="visually-hidden">{t('selfAssessment.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('selfAssessment.goal')}</th>
            {GOAL_LEVELS.map((level) => (
              <th scope="col" key={level} data-choice={level}>
                {t(levelKey(level))}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.goal}>
              <th scope="row">
                {row.goal}
                <LevelBar row={row} t={t} />
              </th>
              {row.counts.map(({ level, count, percent }) => (
                <td key={level} className="tl-count">
                  {count} <span className="tl-percent">({percent}%)</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    );
  },
};
