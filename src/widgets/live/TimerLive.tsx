import { useStore } from '@nanostores/react';
import { useEffect, useState } from 'react';
import { serverNow } from '../../live/clock.ts';
import { $session } from '../../live/stores.ts';
import { formatClock } from '../../shared/lesson/duration.ts';
import { createTimer, remainingMs, timerPhase } from '../../shared/timer.ts';
import { useTranslate, type DeckContext } from '../common.ts';

interface Props extends DeckContext {
  id: string;
  durationMs: number;
  label?: string;
}

/** The teacher's timer on a phone: the same countdown as the board, worked out from timestamps. */
export default function TimerLive(props: Props) {
  const t = useTranslate(props.lang);
  const session = useStore($session);
  const timer = session?.timers[props.id] ?? createTimer(props.durationMs);
  const [now, setNow] = useState(() => serverNow());
  const phase = timerPhase(timer, now);

  useEffect(() => {
    if (phase !== 'running') return;
    const interval = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(interval);
  }, [phase]);

  const remaining = formatClock(Math.ceil(remainingMs(timer, phase === 'running' ? now : serverNow()) / 1000));
  return (
    <div className="widget timer" data-widget="timer" data-phase={phase}>
      {props.label && <p className="timer-label">{props.label}</p>}
      <p className="timer-display" role="timer" aria-label={`${t('timer.remaining')}: ${remaining}`}>{remaining}</p>
      <p className="timer-done" role="status">{phase === 'done' ? t('timer.done') : ''}</p>
    </div>
  );
}
