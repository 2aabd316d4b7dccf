import { useStore } from '@nanostores/react';
import type { Translate } from '../i18n/index.ts';
import { refusalText } from '../live/refusal-text.ts';
import type { TeacherLesson } from '../live-teacher/lesson-view.ts';
import type { SessionState } from '../shared/session/state.ts';
import { $boardNotice, $boardSound, boardCommand, toggleBoardSound } from './board-stores.ts';
import { slideItem } from './board-view.ts';

interface Props {
  state: SessionState;
  lesson: TeacherLesson;
  t: Translate;
}

/** The live lesson's buttons in the board's own bar; each has a key too (L, R, W, M). */
export function BoardTools({ state, lesson, t }: Props) {
  const sound = useStore($boardSound);
  const notice = useStore($boardNotice);
  const item = slideItem(state, lesson);
  const lobby = state.lobby === true;
  return (
    <span className="board-tools" role="group" aria-label={t('board.tools')}>
      <button
        type="button"
        className="deck-button"
        aria-pressed={lobby}
        aria-keyshortcuts="L"
        onClick={() => void boardCommand('session:lobby', { shown: !lobby })}
      >
        {t('board.lobby')}
      </button>
      {item && (
        <button
          type="button"
          className="deck-button"
          aria-pressed={state.resultsShown}
          aria-keyshortcuts="R"
          onClick={() => void boardCommand('results:show', { shown: !state.resultsShown })}
        >
          {t('board.results')}
        </button>
      )}
      {state.competition && (
        <button
          type="button"
          className="deck-button"
          aria-pressed={state.leaderboardShown === true}
          aria-keyshortcuts="S"
          onClick={() => void boardCommand('leaderboard:show', { shown: !state.leaderboardShown })}
        >
          {t('board.leaderboard')}
        </button>
      )}
      <button
        type="button"
        className="deck-button"
        aria-keyshortcuts="W"
        aria-label={t('board.picker')}
        title={t('board.picker')}
        onClick={() => void boardCommand('picker:pick', {})}
      >
        {t('board.pickerShort')}
      </button>
      <button type="button" className="deck-button" aria-keyshortcuts="M" title={t('board.sound')} onClick={toggleBoardSound}>
        {sound ? t('board.soundOn') : t('board.soundOff')}
      </button>
      <span className="board-notice" role="status">
        {notice ? refusalText(t, notice) : ''}
      </span>
    </span>
  );
}
