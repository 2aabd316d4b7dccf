import type { AstroIntegration } from 'astro';
import { checkLessons, formatIssues, lessonsDir } from '../lessons/check.ts';

/**
 * Checks every lesson before Astro starts: a build stops with one line per problem
 * (`file:line:column message`); the dev server only warns, so a teacher can keep writing.
 */
export function lessonCheck(): AstroIntegration {
  return {
    name: 'lesson-check',
    hooks: {
      'astro:config:setup': async ({ command, logger }) => {
        const problems = formatIssues(await checkLessons(lessonsDir()));
        if (problems.length === 0) return;
        if (command === 'build') {
          throw new Error(`De lessen hebben ${problems.length} probleem/problemen:\n${problems.join('\n')}`);
        }
        for (const problem of problems) logger.warn(problem);
      },
    },
  };
}
