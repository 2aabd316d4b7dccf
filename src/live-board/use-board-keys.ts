import { useEffect, useRef } from 'react';
import { keyBelongsToControl } from '../deck/keys.ts';
import type { TeacherLesson } from '../live-teacher/lesson-view.ts';
import type { SessionState } from '../shared/session/state.ts';
import { timerPhase } from '../shared/timer.ts';
import { serverNow } from '../live/clock.ts';
import { boardCommand, toggleBoardSound } from './board-stores.ts';
import { slideItem } from './board-view.ts';

// Not Enter: "number + Enter" still jumps to a slide (which also closes the lobby).
const START_KEYS = new Set([' ', 'ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N']);

/**
 * The board's live keys, before the deck's own: while the lobby shows, "next" starts the lesson
 * (on the slide the lobby covers); L lobby, R results, S standings, W picker, T timer, M sound.
 */
export function useBoardKeys(session: SessionState | null, lesson: TeacherLesson): void {
  const latest = useRef(session);
  useEffect(() => {
    latest.current = session;
  }, [session]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const state = latest.current;
      if (!state || state.ended || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (keyBelongsToControl(event.target, event.key) || document.querySelector('dialog[open], .deck--overview')) return;
      const handled = boardKey(event.key, state, lesson);
      if (handled) event.preventDefault();
    };
    // Capture: the deck script listens on the document too, and skips keys handled here.
    document.addEventListener('keydown', onKey, { capture: true });
    return () => document.removeEventListener('keydown', onKey, { capture: true });
  }, [lesson]);
}

function boardKey(key: string, state: SessionState, lesson: TeacherLesson): boolean {
  if (state.lobby === true && START_KEYS.has(key)) return send('session:lobby', { shown: false });
  switch (key.toLowerCase()) {
    case 'l':
      return send('session:lobby', { shown: state.lobby !== true });
    case 'r': {
      if (!slideItem(state, lesson)) return false;
      return send('results:show', { shown: !state.resultsShown });
    }
    case 's':
      if (!state.competition) return false;
      return send('leaderboard:show', { shown: !state.leaderboardShown });
    case 'w':
      return send('picker:pick', {});
    case 'm':
      toggleBoardSound();
      return true;
    case 't': {
      const timer = lesson.timers.find((candidate) => candidate.slide === state.slide);
      const timerState = timer ? state.timers[timer.id] : undefined;
      if (!timer || !timerState) return false;
      const phase = timerPhase(timerState, serverNow());
      if (phase === 'done') return send('timer:reset', { id: timer.id });
      return send(phase === 'running' ? 'timer:pause' : 'timer:start', { id: timer.id });
    }
    case 'escape':
      if (state.picked) return send('picker:clear', {});
      return false;
    default:
      return false;
  }
}

const send = (...args: Parameters<typeof boardCommand>): true => {
  void boardCommand(...args);
  return true;
};
