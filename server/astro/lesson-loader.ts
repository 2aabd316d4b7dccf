import path from 'node:path';
import { glob, type Loader } from 'astro/loaders';
import { checkLessons, LessonsDirError } from '../lessons/check.ts';

/** A path as a glob pattern that matches just that path (names may hold spaces, brackets, …). */
const literalPattern = (relative: string): string => relative.replace(/[\\*?[\]{}()!+@]/g, '\\$&');

/**
 * The `lessons` collection's loader: every `.mdx` below `base`, except the lessons that have
 * problems. Those are left out of the site (and listed for teachers by the lesson registry), so that
 * one broken lesson does not stop the others from being built. A build for CI refuses them before
 * this runs (see lesson-check.ts); `npm start` and `npm run dev` build without them.
 */
export function lessonLoader(base: string): Loader {
  return {
    name: 'lesson-loader',
    load: async (context) => {
      const dir = path.resolve(base);
      const checked = await checkLessons(dir).catch((error: unknown) => {
        if (error instanceof LessonsDirError) return [];
        throw error;
      });
      const broken = checked
        .filter(({ lesson }) => lesson.issues.length > 0)
        .map(({ file }) => path.relative(dir, path.resolve(file)).split(path.sep).join('/'));
      for (const file of broken) context.logger.warn(`Les met fouten overgeslagen: ${file}`);
      const pattern = ['**/*.mdx', ...broken.map((file) => `!${literalPattern(file)}`)];
      await glob({ pattern, base }).load(context);
    },
  };
}
