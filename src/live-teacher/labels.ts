import type { MessageKey } from '../i18n/index.ts';
import type { TimerPhase } from '../shared/timer.ts';

const PHASE_KEYS = {
  idle: 'liveTeacher.timer.idle',
  running: 'liveTeacher.timer.running',
  paused: 'liveTeacher.timer.paused',
  done: 'liveTeacher.timer.done',
} as const satisfies Record<TimerPhase, MessageKey>;

export const timerPhaseKey = (phase: TimerPhase): MessageKey => PHASE_KEYS[phase];

/** The label of a timer's start/pause button in `phase`. */
export function timerToggleKey(phase: TimerPhase): MessageKey {
  if (phase === 'running') return 'liveTeacher.timerPause';
  return phase === 'paused' ? 'liveTeacher.timerResume' : 'liveTeacher.timerStart';
}

/** "1 leerling" or "{n} leerlingen". */
export const studentCountKey = (count: number): MessageKey => (count === 1 ? 'liveTeacher.studentsOne' : 'liveTeacher.students');

/** The button text for an item's open/close toggle. */
export function openToggleKey(open: boolean, closedBefore: boolean): MessageKey {
  if (open) return 'liveTeacher.close';
  return closedBefore ? 'liveTeacher.reopen' : 'liveTeacher.open';
}

/** Where an item stands, in words. */
export function itemStatusKey(open: boolean, closedBefore: boolean): MessageKey {
  if (open) return 'liveTeacher.itemOpen';
  return closedBefore ? 'liveTeacher.itemClosed' : 'liveTeacher.itemNew';
}
