import { defineCollection } from 'astro:content';
import { lessonLoader } from '../server/astro/lesson-loader.ts';
import { lessonFrontmatterSchema } from './shared/lesson/frontmatter.ts';

/** Lesson decks: `lessons/<module>/<lesson>.mdx` (LESSONS_DIR overrides the folder); lessons with problems are left out. */
const lessons = defineCollection({
  loader: lessonLoader(process.env.LESSONS_DIR ?? './lessons'),
  schema: lessonFrontmatterSchema,
});

export const collections = { lessons };
