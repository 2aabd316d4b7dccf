import { describe, expect, it } from 'vitest';
import { gradeQuiz } from '../../widgets/quiz/quiz-logic.ts';
import { parseLesson } from './parse.ts';
import { lessonSource as lesson } from '../../../tests/fixtures/lesson-source.ts';


describe('problems are reported where the author made them', () => {
  it.each(['Notes', 'Column'])('an unclosed <%s> is reported at the line of its opening tag', (tag) => {
    const parsed = parseLesson(lesson('', '## Dia', '', `<${tag}>`, '', 'tekst'));
    expect(parsed.issues).toHaveLength(1);
    expect(parsed.issues[0]).toMatchObject({ line: 14, column: 1 });
  });

  it('a YAML error message does not cite a line other than the one reported', () => {
    const parsed = parseLesson(['---', 'title: Les 2: Wat is relatiebeheer?', 'module: M', '---', '', '## Dia'].join('\n'));
    expect(parsed.issues[0]?.line).toBe(2);
    expect(parsed.issues[0]?.message).not.toMatch(/at line \d/);
  });

  it('an option key written with a space before the colon is reported on its own line', () => {
    const parsed = parseLesson(lesson('', '---', 'title: Kort', 'layout : sidebar', '---', '', '## Dia'));
    expect(parsed.issues.map((issue) => issue.line)).toEqual([14]);
  });

  it('an empty line inside an options block is reported instead of showing the options as text', () => {
    const parsed = parseLesson(lesson('', '# Een', '', '---', 'layout: title', '', '---', '', '## Twee'));
    expect(parsed.issues).toEqual([expect.objectContaining({ line: 15, message: expect.stringContaining('zonder lege regel') })]);
  });

  it('braces in prose are reported, comments are allowed', () => {
    const parsed = parseLesson(lesson('', '## Dia', '', 'Prijs {korting} euro', '', '{/* opmerking voor de docent */}'));
    expect(parsed.issues).toEqual([expect.objectContaining({ line: 14, column: 7, message: expect.stringContaining('{ }') })]);
  });

  it('a file that starts with a byte-order mark still has its frontmatter read', () => {
    const parsed = parseLesson(`\uFEFF${lesson('', '## Dia')}`);
    expect(parsed.issues).toEqual([]);
    expect(parsed.frontmatter?.title).toBe('Testles');
  });
});

describe('gradeQuiz', () => {
  it('does not count a letter chosen twice as two answers', () => {
    expect(gradeQuiz({ correct: ['A', 'B'] }, ['A', 'A'])).toBe(false);
    expect(gradeQuiz({ correct: ['A', 'B'] }, ['B', 'A'])).toBe(true);
  });
});
