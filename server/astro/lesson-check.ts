import type { AstroIntegration } from 'astro';
import { checkLessons, formatIssues, lessonsDir } from '../lessons/check.ts';

/** Set by `npm start`: build the good lessons and leave the broken ones out, instead of failing. */
export const SKIP_BROKEN_LESSONS = 'LESSONS_SKIP_BROKEN';

/**
 * Checks every lesson before Astro starts: a build (as in CI) stops with one line per problem
 * (`file:line:column message`). The dev server, and a build with LESSONS_SKIP_BROKEN=1 (what
 * `npm start` does), only warn: the lessons with problems are left out (see lesson-loader.ts) and
 * teachers see their problems, so one teacher's typo does not take the other lessons down.
 */
export function lessonCheck(): AstroIntegration {
  return {
    name: 'lesson-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = formatIssues(await checkLessons(lessonsDir()));
        if (problems.length === 0) return;
        if (command === 'build' && process.env[SKIP_BROKEN_LESSONS] !== '1') {
          throw new Error(`De lessen hebben ${problems.length} probleem/problemen:\n${problems.join('\n')}`);
        }
        for (const problem of problems) logger.warn(problem);
      },
    },
  };
}
