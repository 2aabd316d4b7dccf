import { z } from 'zod';
import { localAssetSchema } from './paths.ts';

/** Languages a lesson can be written in. */
export const LESSON_LANGUAGES = ['nl', 'en'] as const;

/** Slide themes a lesson can choose with `theme:`; the first is the default. */
export const LESSON_THEMES = ['klassiek', 'helder'] as const;
export type LessonTheme = (typeof LESSON_THEMES)[number];
export const DEFAULT_THEME: LessonTheme = 'klassiek';

/** The frontmatter every lesson file must start with. */
export const lessonFrontmatterSchema = z
  .object({
    title: z.string({ error: 'titel ontbreekt' }).trim().min(1, 'titel is leeg'),
    module: z.string({ error: 'module ontbreekt' }).trim().min(1, 'module is leeg'),
    subject: z.string({ error: 'vak (subject) ontbreekt' }).trim().min(1, 'vak is leeg'),
    level: z.string({ error: 'niveau (level) ontbreekt' }).trim().min(1, 'niveau is leeg'),
    durationMinutes: z
      .number({ error: 'durationMinutes moet een getal (minuten) zijn' })
      .int('durationMinutes moet een heel getal zijn')
      .min(5, 'durationMinutes is minstens 5')
      .max(600, 'durationMinutes is hoogstens 600'),
    goals: z
      .array(z.string().trim().min(1, 'een leerdoel is leeg'), {
        error: 'goals moet een lijst met leerdoelen zijn',
      })
      .min(1, 'geef minstens één leerdoel (goals)'),
    language: z.enum(LESSON_LANGUAGES, { error: 'language moet "nl" of "en" zijn' }),
    order: z.number().int().min(0).optional(),
    description: z.string().trim().optional(),
    theme: z.enum(LESSON_THEMES, { error: `theme moet een van ${LESSON_THEMES.join(', ')} zijn` }).optional(),
    cover: localAssetSchema('image', 'cover moet een afbeelding in public/ zijn, zoals /images/cover.jpg').optional(),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
