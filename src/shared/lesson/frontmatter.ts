import { z } from 'zod';
import type { LessonIssueCode } from './issues.ts';
import { localAssetSchema } from './paths.ts';

/** Languages a lesson can be written in. */
export const LESSON_LANGUAGES = ['nl', 'en'] as const;

/** Slide themes a lesson can choose with `theme:`; the first is the default. */
export const LESSON_THEMES = ['klassiek', 'helder'] as const;
export type LessonTheme = (typeof LESSON_THEMES)[number];
export const DEFAULT_THEME: LessonTheme = 'klassiek';

/** A required text field; the messages are issue codes (see issues.ts). */
const requiredText = (missing: LessonIssueCode, empty: LessonIssueCode) => z.string({ error: missing }).trim().min(1, empty);

/**
 * The frontmatter every lesson file must start with. Messages are issue codes, worded by the
 * lesson-issues catalogues; a missing field and a wrong one get different words.
 */
export const lessonFrontmatterSchema = z
  .object({
    title: requiredText('lessonIssue.fm.titleMissing', 'lessonIssue.fm.titleEmpty'),
    module: requiredText('lessonIssue.fm.moduleMissing', 'lessonIssue.fm.moduleEmpty'),
    subject: requiredText('lessonIssue.fm.subjectMissing', 'lessonIssue.fm.subjectEmpty'),
    level: requiredText('lessonIssue.fm.levelMissing', 'lessonIssue.fm.levelEmpty'),
    durationMinutes: z
      .number({ error: (issue) => (issue.input === undefined ? 'lessonIssue.fm.durationMissing' : 'lessonIssue.fm.durationNotNumber') })
      .int('lessonIssue.fm.durationWhole')
      .min(5, 'lessonIssue.fm.durationMin')
      .max(600, 'lessonIssue.fm.durationMax'),
    goals: z
      .array(z.string({ error: 'lessonIssue.fm.goalEmpty' }).trim().min(1, 'lessonIssue.fm.goalEmpty'), {
        error: 'lessonIssue.fm.goalsNotList',
      })
      .min(1, 'lessonIssue.fm.goalsNone'),
    language: z.enum(LESSON_LANGUAGES, { error: 'lessonIssue.fm.language' }),
    order: z.number({ error: 'lessonIssue.fm.order' }).int('lessonIssue.fm.order').min(0, 'lessonIssue.fm.order').optional(),
    description: z.string({ error: 'lessonIssue.fm.description' }).trim().optional(),
    theme: z.enum(LESSON_THEMES, { error: 'lessonIssue.fm.theme' }).optional(),
    cover: localAssetSchema('image', 'lessonIssue.fm.cover').optional(),
  })
  .strict();

export type LessonFrontmatter = z.infer<typeof lessonFrontmatterSchema>;
