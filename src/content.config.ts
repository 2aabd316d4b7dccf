import { glob } from 'astro/loaders';
import { defineCollection } from 'astro:content';
import { lessonFrontmatterSchema } from './shared/lesson/frontmatter.ts';

/** Lesson decks: `lessons/<module>/<lesson>.mdx` (LESSONS_DIR overrides the folder). */
const lessons = defineCollection({
  loader: glob({ pattern: '**/*.mdx', base: process.env.LESSONS_DIR ?? './lessons' }),
  schema: lessonFrontmatterSchema,
});

export const collections = { lessons };
