import { useStore } from '@nanostores/react';
import { useEffect, useRef, useState } from 'react';
import { serverNow } from '../../live/clock.ts';
import { $session } from '../../live/stores.ts';
import { formatClock } from '../../shared/lesson/duration.ts';
import { createTimer, remainingMs, timerPhase, type TimerPhase } from '../../shared/timer.ts';
import { useHydrated, useTranslate, type DeckContext } from '../common.ts';
import { vibrateEndSignal } from './signal.ts';

interface Props extends DeckContext {
  id: string;
  durationMs: number;
  label?: string;
}

/**
 * The teacher's timer on a phone (and the live board): the same countdown as the board, worked
 * out from timestamps. At zero it shows "Tijd is om!" and, on a phone that can, vibrates.
 */
export default function TimerLive(props: Props) {
  const t = useTranslate(props.lang);
  const session = useStore($session);
  // The server render has no session: the hydrating render shows the idle timer too, then the real one.
  const hydrated = useHydrated();
  const timer = (hydrated ? session?.timers[props.id] : undefined) ?? createTimer(props.durationMs);
  const [now, setNow] = useState(() => serverNow());
  const phase = timerPhase(timer, now);
  const previousPhase = useRef<TimerPhase>(phase);

  useEffect(() => {
    if (phase !== 'running') return;
    const interval = setInterval(() => setNow(serverNow()), 250);
    return () => clearInterval(interval);
  }, [phase]);

  useEffect(() => {
    if (props.mode === 'live' && previousPhase.current === 'running' && phase === 'done') vibrateEndSignal();
    previousPhase.current = phase;
  }, [phase, props.mode]);

  const remaining = formatClock(Math.ceil(remainingMs(timer, phase === 'running' ? now : serverNow()) / 1000));
  return (
    <div className="widget timer" data-widget="timer" data-phase={phase}>
      {props.label && <p className="timer-label">{props.label}</p>}
      <p className="timer-display" role="timer" aria-label={`${t('timer.remaining')}: ${remaining}`}>{remaining}</p>
      <p className="timer-done" role="status">{phase === 'done' ? t('timer.done') : ''}</p>
    </div>
  );
}
