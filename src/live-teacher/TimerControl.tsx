import { useId } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { TimerState } from '../shared/timer.ts';
import { timerPhaseKey, timerToggleKey } from './labels.ts';
import type { TeacherTimer } from './lesson-view.ts';
import { timerView } from './timer-view.ts';
import { useRunCommand } from './use-commands.ts';

interface Props {
  timer: TeacherTimer;
  state: TimerState;
  /** Server time to show the timer at. */
  now: number;
  t: Translate;
}

/** A timer on the current slide: the same countdown as the board, and its four controls. */
export function TimerControl({ timer, state, now, t }: Props) {
  const run = useRunCommand();
  const headingId = useId();
  const view = timerView(state, now);
  const id = timer.id;
  return (
    <article className="tl-item tl-timer" aria-labelledby={headingId} data-phase={view.phase}>
      <div className="tl-timer-head">
        <h3 id={headingId}>
          <span className="tl-kind">{t('liveTeacher.kind.timer')}</span> {timer.label}
        </h3>
        <p className="tl-timer-clock" role="timer" aria-label={t('liveTeacher.timerRemaining', { time: view.clock })}>
          {view.clock}
        </p>
        <p className="tl-item-status" role="status">
          {t(timerPhaseKey(view.phase))}
        </p>
      </div>
      <div className="tl-controls">
        <button
          type="button"
          className="button"
          aria-disabled={!view.toggleUseful}
          onClick={() => void (view.toggleUseful && run(view.toggle, { id }))}
        >
          {t(timerToggleKey(view.phase))}
        </button>
        <button type="button" className="button secondary" onClick={() => void run('timer:addMinute', { id })}>
          {t('liveTeacher.timerAddMinute')}
        </button>
        <button type="button" className="button secondary" onClick={() => void run('timer:reset', { id })}>
          {t('liveTeacher.timerReset')}
        </button>
      </div>
    </article>
  );
}
