import { useId } from 'react';
import type { Translate } from '../i18n/index.ts';
import type { SessionState } from '../shared/session/state.ts';
import { createTimer } from '../shared/timer.ts';
import { ItemControl } from './ItemControl.tsx';
import type { TeacherLesson } from './lesson-view.ts';
import { itemsOnSlide, timersOnSlide } from './slide-nav.ts';
import { TimerControl } from './TimerControl.tsx';
import { runningUntil } from './timer-view.ts';
import { useServerNow } from './use-server-now.ts';

interface Props {
  lesson: TeacherLesson;
  state: SessionState;
  t: Translate;
}

/** The questions and timers on the slide the class sees now. */
export function SlideItems({ lesson, state, t }: Props) {
  const headingId = useId();
  const items = itemsOnSlide(lesson, state.slide);
  const timers = timersOnSlide(lesson, state.slide).map((timer) => ({
    timer,
    state: state.timers[timer.id] ?? createTimer(timer.durationMs),
  }));
  const now = useServerNow(runningUntil(timers.map(({ state: timer }) => timer)));

  return (
    <section className="tl-panel tl-on-slide" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('liveTeacher.onSlide')}</h2>
      {items.length === 0 && timers.length === 0 && <p className="hint">{t('liveTeacher.nothingOnSlide')}</p>}
      {items.map((item) => (
        <ItemControl key={item.id} item={item} state={state} t={t} />
      ))}
      {timers.map(({ timer, state: timerState }) => (
        <TimerControl key={timer.id} timer={timer} state={timerState} now={now} t={t} />
      ))}
    </section>
  );
}
