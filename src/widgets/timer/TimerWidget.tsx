import { useEffect, useRef, useState } from 'react';
import { formatClock } from '../../shared/lesson/duration.ts';
import { timerSeconds } from '../../shared/lesson/widget-values.ts';
import type { TimerProps } from './widget.ts';
import { addMinute, createTimer, pauseTimer, remainingMs, resetTimer, startTimer, timerPhase, type TimerState } from '../../shared/timer.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { playEndSignal } from './signal.ts';

type Props = TimerProps & DeckContext;

/** Board and presenter window tell each other a timer's state; a window that opens late asks for it. */
type TimerMessage = { type: 'timer'; id: string; state: TimerState } | { type: 'timer:ask'; id: string };

/** A countdown with start, pause, +1 minute and reset; board and presenter window stay in step. */
export default function TimerWidget(props: Props) {
  const t = useTranslate(props.lang);
  const durationMs = timerSeconds(props) * 1000;
  const [timer, setTimer] = useState<TimerState>(() => createTimer(durationMs));
  const [now, setNow] = useState(() => Date.now());
  const channel = useRef<BroadcastChannel | null>(null);
  const phase = timerPhase(timer, now);
  const previousPhase = useRef(phase);
  const latest = useRef(timer);
  useEffect(() => {
    latest.current = timer;
  }, [timer]);

  useEffect(() => {
    if (props.mode !== 'present' || typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(`deck:${props.lesson}`);
    opened.onmessage = (event: MessageEvent<TimerMessage>) => {
      if (event.data?.id !== props.id) return;
      if (event.data.type === 'timer') setTimer(event.data.state);
      if (event.data.type === 'timer:ask' && latest.current.startedAt !== null) {
        opened.postMessage({ type: 'timer', id: props.id, state: latest.current } satisfies TimerMessage);
      }
    };
    channel.current = opened;
    opened.postMessage({ type: 'timer:ask', id: props.id } satisfies TimerMessage);
    return () => opened.close();
  }, [props.mode, props.lesson, props.id]);

  useEffect(() => {
    if (phase !== 'running') return;
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, [phase]);

  useEffect(() => {
    // One signal per room: the board sounds it, the presenter window stays quiet.
    const presenterWindow = document.querySelector('[data-deck][data-view="presenter"]') !== null;
    if (previousPhase.current === 'running' && phase === 'done' && !presenterWindow) playEndSignal();
    previousPhase.current = phase;
  }, [phase]);

  const change = (next: (state: TimerState, at: number) => TimerState) => {
    const at = Date.now();
    const state = next(timer, at);
    setNow(at);
    setTimer(state);
    channel.current?.postMessage({ type: 'timer', id: props.id, state } satisfies TimerMessage);
  };

  const remaining = formatClock(Math.ceil(remainingMs(timer, now) / 1000));
  return (
    <div className="widget timer" data-widget="timer" data-phase={phase}>
      {props.label && <p className="timer-label">{props.label}</p>}
      <p className="timer-display" role="timer" aria-label={`${t('timer.remaining')}: ${remaining}`}>
        {remaining}
      </p>
      <p className="timer-done" role="status">{phase === 'done' ? t('timer.done') : ''}</p>
      <div className="widget-actions timer-controls">
        {phase === 'running' ? (
          <button type="button" className="button" onClick={() => change(pauseTimer)}>{t('timer.pause')}</button>
        ) : (
          phase !== 'done' && (
            <button type="button" className="button" onClick={() => change(startTimer)}>
              {phase === 'paused' ? t('timer.resume') : t('timer.start')}
            </button>
          )
        )}
        <button type="button" className="button secondary" onClick={() => change(addMinute)}>{t('timer.addMinute')}</button>
        <button type="button" className="button secondary" onClick={() => change((state) => resetTimer(state, durationMs))}>{t('timer.reset')}</button>
      </div>
    </div>
  );
}
