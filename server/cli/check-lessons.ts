import { checkLessons, formatIssues, lessonsDir, LessonsDirError, type CheckedLesson } from '../lessons/check.ts';

const dir = lessonsDir();
let checked: CheckedLesson[];
try {
  checked = await checkLessons(dir);
} catch (error) {
  if (!(error instanceof LessonsDirError)) throw error;
  console.error(error.message);
  process.exit(1);
}
const problems = formatIssues(checked);
if (checked.length === 0) {
  console.error(`Geen lessen gevonden in ${dir} (verwacht: lessons/<module>/<les>.mdx).`);
  process.exit(1);
}
for (const { file, lesson } of checked) {
  const mark = lesson.issues.length === 0 ? 'ok  ' : 'FOUT';
  console.log(`${mark} ${file} (${lesson.slides.length} dia's, ${lesson.widgets.length} onderdelen)`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} probleem/problemen:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`\nAlle ${checked.length} lessen zijn in orde.`);
