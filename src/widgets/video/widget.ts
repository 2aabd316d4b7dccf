import { z } from 'zod';
import { parseClock } from '../../shared/lesson/duration.ts';
import { localAssetSchema } from '../../shared/lesson/paths.ts';
import { guide } from './guide.ts';
import { defineWidget } from '../definition.ts';
import { requiredText, widgetId } from '../props.ts';

const clock = z.string().refine((value) => parseClock(value) !== null, 'lessonIssue.widget.clock');

export const videoProps = z
  .object({
    id: widgetId.optional(),
    title: requiredText(),
    youtube: z
      .string()
      .regex(/^[A-Za-z0-9_-]{11}$/, 'lessonIssue.widget.youtube')
      .optional(),
    vimeo: z
      .string()
      .regex(/^\d{5,12}$/, 'lessonIssue.widget.vimeo')
      .optional(),
    src: localAssetSchema('video', 'lessonIssue.widget.videoSrc').optional(),
    start: clock.optional(),
    end: clock.optional(),
    pending: z.boolean().optional(),
  })
  .strict()
  .superRefine((video, ctx) => {
    const sources = [video.youtube, video.vimeo, video.src].filter((source) => source !== undefined);
    if (sources.length === 0 && !video.pending)
      ctx.addIssue({ code: 'custom', path: ['src'], message: 'lessonIssue.widget.videoNoSource' });
    if (sources.length > 1) ctx.addIssue({ code: 'custom', path: ['src'], message: 'lessonIssue.widget.videoSources' });
    if (video.start && video.end && (parseClock(video.end) ?? 0) <= (parseClock(video.start) ?? 0)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: 'lessonIssue.widget.videoEnd' });
    }
  });
export type VideoProps = z.infer<typeof videoProps>;

/** A video from YouTube, Vimeo or the lesson's own files. */
export const video = defineWidget({
  kind: 'video',
  component: 'Video',
  props: videoProps,
  assetProps: ['src'],
  names: { one: 'kind.video', many: 'kinds.video' },
  messages: 'video',
  guide,
});
