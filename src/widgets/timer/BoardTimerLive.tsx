import { useStore } from '@nanostores/react';
import { useEffect, useRef } from 'react';
import { $session } from '../../live/stores.ts';
import { $boardSound, boardCommand } from '../../live-board/board-stores.ts';
import { timerToggleKey } from '../../live-teacher/labels.ts';
import { runningUntil, timerView } from '../../live-teacher/timer-view.ts';
import { useServerNow } from '../../live-teacher/use-server-now.ts';
import { createTimer } from '../../shared/timer.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { playEndSignal } from './signal.ts';

interface Props extends DeckContext {
  id: string;
  durationMs: number;
  label?: string;
}

/**
 * A timer on the board of a live lesson: the session's countdown (the same on every phone), in
 * big type, run from the board by its buttons or T. Paused is shown so nobody can miss it, and the
 * end sounds in the room unless the teacher turned the sound off.
 */
export default function BoardTimerLive(props: Props) {
  const t = useTranslate(props.lang);
  const session = useStore($session);
  const sound = useStore($boardSound);
  const timer = session?.timers[props.id] ?? createTimer(props.durationMs);
  const view = timerView(timer, useServerNow(runningUntil([timer])));
  const previous = useRef(view.phase);

  useEffect(() => {
    if (previous.current === 'running' && view.phase === 'done' && sound) playEndSignal();
    previous.current = view.phase;
  }, [view.phase, sound]);

  const id = props.id;
  return (
    <div className="widget timer board-timer" data-widget="timer" data-phase={view.phase}>
      {props.label && <p className="timer-label">{props.label}</p>}
      <p className="timer-display" role="timer" aria-label={`${t('timer.remaining')}: ${view.clock}`}>{view.clock}</p>
      <p className="timer-done" role="status">
        {view.phase === 'done' ? t('timer.done') : view.phase === 'paused' ? <span className="board-timer-paused">{t('board.paused')}</span> : ''}
      </p>
      <div className="widget-actions timer-controls">
        <button type="button" className="button" aria-keyshortcuts="T" onClick={() => void boardCommand(view.phase === 'done' ? 'timer:reset' : view.toggle, { id })}>
          {view.phase === 'done' ? t('timer.reset') : t(timerToggleKey(view.phase))}
        </button>
        <button type="button" className="button secondary" onClick={() => void boardCommand('timer:addMinute', { id })}>{t('timer.addMinute')}</button>
        <button type="button" className="button secondary" onClick={() => void boardCommand('timer:reset', { id })}>{t('timer.reset')}</button>
      </div>
    </div>
  );
}
