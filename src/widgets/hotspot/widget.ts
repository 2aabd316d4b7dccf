import { z } from 'zod';
import { localAssetSchema } from '../../shared/lesson/paths.ts';
import { defineWidget, type Verdict } from '../definition.ts';
import { requiredText, widgetId } from '../props.ts';
import { clampPercent, inAnyArea, MAX_AREAS, type HotspotArea } from './area.ts';
import { guide } from './guide.ts';

const percent = z
  .number({ error: 'lessonIssue.widget.areaNumbers' })
  .min(0, 'lessonIssue.widget.areaNumbers')
  .max(100, 'lessonIssue.widget.areaNumbers');
const area = z
  .object(
    {
      x: percent,
      y: percent,
      width: percent.min(1, 'lessonIssue.widget.areaNumbers'),
      height: percent.min(1, 'lessonIssue.widget.areaNumbers'),
    },
    { error: 'lessonIssue.widget.area' },
  )
  .strict()
  .refine((box) => box.x + box.width <= 100 && box.y + box.height <= 100, 'lessonIssue.widget.areaOutside');

export const hotspotProps = z
  .object({
    id: widgetId,
    question: requiredText(),
    /** The image to tap on, in public/. */
    image: localAssetSchema('image', 'lessonIssue.widget.hotspotImage'),
    /** What the image shows, for whoever cannot see it. */
    alt: requiredText(),
    /** The right places, in percent of the image; without, every tap counts and the board shows where the class looked. */
    areas: z
      .array(area, { error: 'lessonIssue.widget.areasList' })
      .min(1, 'lessonIssue.widget.areasList')
      .max(MAX_AREAS, 'lessonIssue.widget.areasMax')
      .optional(),
    explanation: z.string().trim().optional(),
  })
  .strict();
export type HotspotProps = z.infer<typeof hotspotProps>;

export interface HotspotItem {
  /** The right areas and the explanation: on the server until the teacher reveals them. */
  reveal?: { correct: string[]; areas: HotspotArea[]; explanation?: string };
}
export type HotspotValue = { kind: 'hotspot'; x: number; y: number };
/** Every tap (x, y in percent); `inside`: taps in a right area, null without areas. */
export type HotspotResults = { kind: 'hotspot'; answered: number; points: [number, number][]; inside: number | null };

/** The areas as lines (what a reveal of an answer carries), from left to right and top to bottom in percent. */
const areaLines = (areas: readonly HotspotArea[]): string[] =>
  areas.map((box) => `${box.x}–${box.x + box.width}% ← →, ${box.y}–${box.y + box.height}% ↑ ↓`);

/** "Wijs aan": a tap on an image; the board shows the taps as a heat map and, once revealed, the right areas. */
export const hotspot = defineWidget({
  kind: 'hotspot',
  component: 'Hotspot',
  props: hotspotProps,
  assetProps: ['image'],
  names: { one: 'kind.hotspot', many: 'kinds.hotspot' },
  messages: 'hotspot',
  guide,
  answers: {
    value: z.object({ kind: z.literal('hotspot'), x: z.number().min(0).max(100), y: z.number().min(0).max(100) }).strict(),
    item: (props): HotspotItem =>
      props.areas
        ? {
            reveal: {
              correct: areaLines(props.areas),
              areas: props.areas,
              ...(props.explanation ? { explanation: props.explanation } : {}),
            },
          }
        : {},
    check: (_item: HotspotItem, value: HotspotValue) =>
      Number.isFinite(value.x) && Number.isFinite(value.y)
        ? { ok: true, value: { kind: 'hotspot', x: clampPercent(value.x), y: clampPercent(value.y) } }
        : { ok: false, code: 'bad_choice' },
    summarise: (item: HotspotItem, answers): Omit<HotspotResults, 'answered'> => {
      const points = answers.map((answer): [number, number] => [answer.value.x, answer.value.y]);
      const areas = item.reveal?.areas;
      return { kind: 'hotspot', points, inside: areas ? answers.filter((answer) => inAnyArea(answer.value, areas)).length : null };
    },
    describe: (props) => ({
      prompt: props.question,
      options: [],
      correct: [],
      hasModel: false,
      // The teacher sees the areas drawn on the image of the results, not as lines.
      ...(props.areas ? { areas: props.areas } : {}),
      image: { src: props.image, alt: props.alt },
    }),
    // In whole percents: a tenth is more than a finger can aim.
    answerText: (_item, value, t) => {
      const x = Math.round(value.x);
      const y = Math.round(value.y);
      return t ? t('hotspot.pointText', { x, y }) : `${x}, ${y}`;
    },
    verdict: (item, value): Verdict => (item.areas ? (inAnyArea(value, item.areas) ? 'right' : 'wrong') : null),
    reveals: 'answer',
    labels: { panel: 'liveTeacher.kind.hotspot', report: 'report.kind.hotspot' },
  },
});
