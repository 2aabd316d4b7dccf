import { useStore } from '@nanostores/react';
import type { Translate } from '../i18n/index.ts';
import { $scores } from '../live/stores.ts';

const TOP = 5;

/** "Tussenstand": the top 5 of the competition, between questions. Points come only from revealed quizzes. */
export function BoardLeaderboard({ t }: { t: Translate }) {
  const top = useStore($scores)
    .filter((entry) => entry.points > 0)
    .slice(0, TOP);
  return (
    <section className="board-overlay board-leaderboard" aria-labelledby="board-leaderboard-title">
      <h2 id="board-leaderboard-title">{t('board.leaderboard')}</h2>
      {top.length === 0 ? (
        <p className="board-empty">{t('board.leaderboardEmpty')}</p>
      ) : (
        <ol className="board-top">
          {top.map((entry) => (
            <li key={entry.participantId} data-rank={entry.rank}>
              <span className="board-top-rank">{entry.rank}</span>
              <span className="board-top-name">{entry.name}</span>
              <span className="board-top-points">{t('board.points', { points: entry.points })}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
