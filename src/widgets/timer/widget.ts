import { z } from 'zod';
import { parseClock, TIMER_LIMITS } from '../../shared/lesson/duration.ts';
import { timerSeconds } from '../../shared/lesson/widget-values.ts';
import { guide } from './guide.ts';
import { defineWidget } from '../definition.ts';
import { widgetId } from '../props.ts';

export const timerProps = z
  .object({
    id: widgetId,
    duration: z.union([z.string(), z.number()], { error: 'lessonIssue.widget.durationMissing' }),
    label: z.string().trim().optional(),
  })
  .strict()
  .superRefine((timer, ctx) => {
    const seconds = typeof timer.duration === 'number' ? timer.duration : parseClock(timer.duration);
    if (seconds === null || !Number.isInteger(seconds)) {
      ctx.addIssue({
        code: 'custom',
        path: ['duration'],
        message: 'lessonIssue.widget.durationInvalid',
        params: { duration: String(timer.duration) },
      });
    } else if (seconds < TIMER_LIMITS.min || seconds > TIMER_LIMITS.max) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'lessonIssue.widget.durationRange' });
    }
  });
export type TimerProps = z.infer<typeof timerProps>;

/** A countdown that runs on the board and every phone at once. */
export const timer = defineWidget({
  kind: 'timer',
  component: 'Timer',
  props: timerProps,
  names: { one: 'kind.timer', many: 'kinds.timer' },
  messages: 'timer',
  guide,
  timer: {
    durationMs: (props) => timerSeconds(props) * 1000,
    label: (props) => props.label ?? '',
  },
});
