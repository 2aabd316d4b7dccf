import { useStore } from '@nanostores/react';
import { useId } from 'react';
import type { Translate } from '../i18n/index.ts';
import { $scores } from '../live/stores.ts';
import type { SessionState } from '../shared/session/state.ts';
import { EndLesson } from './EndLesson.tsx';
import { Switch } from './Switch.tsx';
import { useRunCommand } from './use-commands.ts';

interface Props {
  state: Pick<SessionState, 'locked' | 'anonymous' | 'lobby' | 'joinBanner' | 'picked' | 'competition' | 'leaderboardShown'>;
  t: Translate;
}

/**
 * Settings of the whole session (joining, names on the board, what the board shows besides the
 * slide) and the room's tools: the student picker and the competition, with ending the lesson
 * set apart at the end.
 */
export function SessionTools({ state, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  const top = useStore($scores).slice(0, 5);
  const competition = state.competition ?? null;
  return (
    <section className="tl-panel tl-tools" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('liveTeacher.settings')}</h2>
      <div className="tl-tools-row">
        <Switch checked={state.locked} onToggle={(locked) => run('session:lock', { locked })}>
          {t('liveTeacher.lock')}
        </Switch>
        <Switch checked={state.anonymous} onToggle={(anonymous) => run('session:anonymous', { anonymous })}>
          {t('liveTeacher.anonymous')}
        </Switch>
        <Switch checked={state.joinBanner !== false} onToggle={(shown) => run('session:banner', { shown })}>
          {t('liveTeacher.banner')}
        </Switch>
      </div>
      <div className="tl-tools-row">
        <button
          type="button"
          className="button secondary"
          aria-pressed={state.lobby === true}
          onClick={() => void run('session:lobby', { shown: state.lobby !== true })}
        >
          {t('liveTeacher.lobbyOnBoard')}
        </button>
        <button type="button" className="button secondary" onClick={() => void run('picker:pick', {})}>
          {t('board.picker')}
        </button>
        {state.picked && (
          <p className="tl-picked" role="status">
            {t('liveTeacher.picked', { name: state.picked.name })}{' '}
            <button type="button" className="button secondary tl-small" onClick={() => void run('picker:clear', {})}>
              {t('board.pickerClose')}
            </button>
          </p>
        )}
      </div>
      <div className="tl-tools-row">
        <Switch checked={competition !== null} onToggle={(on) => run('session:competition', { on, speed: competition?.speed ?? false })}>
          {t('liveTeacher.competition')}
        </Switch>
        {competition && (
          <>
            <Switch checked={competition.speed} onToggle={(speed) => run('session:competition', { on: true, speed })}>
              {t('liveTeacher.competitionSpeed')}
            </Switch>
            <button
              type="button"
              className="button secondary"
              aria-pressed={state.leaderboardShown === true}
              onClick={() => void run('leaderboard:show', { shown: !state.leaderboardShown })}
            >
              {t('liveTeacher.leaderboardOnBoard')}
            </button>
          </>
        )}
      </div>
      {competition && (
        <ol className="tl-top" aria-label={t('board.leaderboard')}>
          {top.map((entry) => (
            <li key={entry.participantId}>{t('liveTeacher.topEntry', { rank: entry.rank, name: entry.name, points: entry.points })}</li>
          ))}
        </ol>
      )}
      <EndLesson t={t} />
    </section>
  );
}
