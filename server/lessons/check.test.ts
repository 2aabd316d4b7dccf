import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BAD_LESSONS, BAD_LESSONS_DIR, GOOD_LESSON, GOOD_LESSONS_DIR } from '../../tests/fixtures/bad-lessons.ts';
import { lessonSource } from '../../tests/fixtures/lesson-source.ts';
import { lessonIssuesEn } from '../../src/i18n/lesson-issues.en.ts';
import { wordIssue } from '../../src/shared/lesson/issues.ts';
import { checkLessons, formatIssues, lessonsDir, LessonsDirError } from './check.ts';

const root = path.resolve(import.meta.dirname, '../..');

describe('checkLessons on the bad fixtures', async () => {
  const checked = await checkLessons(path.join(root, BAD_LESSONS_DIR), root);

  it('finds every fixture, sorted, with paths relative to the working directory', () => {
    expect(checked.map((lesson) => lesson.file)).toEqual(BAD_LESSONS.map((bad) => bad.file));
  });

  it.each(BAD_LESSONS)('$file has exactly its one problem', ({ file, line, column, message }) => {
    const lesson = checked.find((entry) => entry.file === file)?.lesson;
    expect(lesson?.issues.map((issue) => ({ line: issue.line, column: issue.column }))).toEqual([{ line, column }]);
    expect(lesson?.issues[0]?.message).toContain(message);
  });

  it('formats one `file:line:column message` line per problem', () => {
    const lines = formatIssues(checked);
    expect(lines).toHaveLength(BAD_LESSONS.length);
    BAD_LESSONS.forEach((bad, i) => {
      expect(lines[i]?.startsWith(`${bad.file}:${bad.line}:${bad.column} `)).toBe(true);
      expect(lines[i]).toContain(bad.message);
    });
  });
});

describe('checkLessons on the good fixture', () => {
  it('finds no problems', async () => {
    const checked = await checkLessons(path.join(root, GOOD_LESSONS_DIR), root);
    expect(checked.map((lesson) => lesson.file)).toEqual([GOOD_LESSON]);
    expect(formatIssues(checked)).toEqual([]);
    const lesson = checked[0]?.lesson;
    expect(lesson?.slides.map((slide) => [slide.title, slide.kinds])).toEqual([
      ['Welkom', ['text']],
      ['Twee kanten', ['text']],
      ['Dia 3', ['text']],
      ['Met afbeelding', ['text']],
      ['Wat is duurder?', ['quiz']],
      ['Stemmen', ['poll']],
      ['Woordweb', ['mindMap']],
      ['Aan het werk', ['text', 'timer']],
      ['Video', ['video']],
      ['Wanneer is een klant van waarde?', ['openQuestion']],
    ]);
    expect(lesson?.slides[0]?.options).toEqual({ layout: 'title', title: 'Welkom', background: '#1e3a5f' });
    expect(lesson?.slides[2]?.options).toEqual({ layout: 'two-columns' });
    expect(lesson?.slides[3]?.options).toEqual({ layout: 'image-left', image: '/images/voorbeeld-winkel.svg', imageAlt: 'Een voorbeeld' });
  });
});

describe('formatIssues', () => {
  it('prints nothing for lessons without problems and keeps the order given', () => {
    const lesson = (issues: { line: number; column: number; message: string }[]) => ({
      frontmatter: null,
      slides: [],
      widgets: [],
      assets: [],
      issues: issues.map((issue) => ({ ...issue, code: 'lessonIssue.invalid' as const })),
    });
    expect(
      formatIssues([
        { file: 'lessons/a/ok.mdx', lesson: lesson([]) },
        { file: 'lessons/b/x.mdx', lesson: lesson([{ line: 3, column: 5, message: 'een' }, { line: 9, column: 1, message: 'twee' }]) },
      ]),
    ).toEqual(['lessons/b/x.mdx:3:5 een', 'lessons/b/x.mdx:9:1 twee']);
  });
});

describe('lessonsDir', () => {
  const before = process.env.LESSONS_DIR;
  afterEach(() => {
    if (before === undefined) delete process.env.LESSONS_DIR;
    else process.env.LESSONS_DIR = before;
  });

  it('defaults to ./lessons', () => {
    delete process.env.LESSONS_DIR;
    expect(lessonsDir('/srv/app')).toBe(path.resolve('/srv/app/lessons'));
  });

  it('honours LESSONS_DIR, relative to the working directory or absolute', () => {
    process.env.LESSONS_DIR = 'tests/fixtures/lessons-bad';
    expect(lessonsDir('/srv/app')).toBe(path.resolve('/srv/app/tests/fixtures/lessons-bad'));
    process.env.LESSONS_DIR = '/data/lessen';
    expect(lessonsDir('/srv/app')).toBe(path.resolve('/data/lessen'));
  });
});

describe('checkLessons on the shipped lessons', () => {
  it('finds no problems, also no missing files or misplaced lessons', async () => {
    const checked = await checkLessons(path.join(root, 'lessons'), root);
    expect(checked.length).toBeGreaterThan(0);
    expect(formatIssues(checked)).toEqual([]);
  });
});

describe('checkLessons in a folder of its own', () => {
  let dir: string;
  /** Writes `files` (path -> content) under a fresh folder and checks `lessons/` there. */
  const check = async (files: Record<string, string>, publicDir?: string) => {
    await rm(dir, { recursive: true, force: true });
    for (const [file, content] of Object.entries(files)) {
      await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
      await writeFile(path.join(dir, file), content);
    }
    const checked = await checkLessons(path.join(dir, 'lessons'), dir, publicDir);
    return Object.fromEntries(checked.map(({ file, lesson }) => [file, lesson.issues.map(({ line, column, message }) => ({ line, column, message }))]));
  };

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'lessons-check-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reports a lesson that is not exactly one folder deep', async () => {
    const lesson = lessonSource('', '## Dia');
    const issues = await check({ 'lessons/los.mdx': lesson, 'lessons/m/ok.mdx': lesson, 'lessons/m/extra/diep.mdx': lesson });
    const misplaced = {
      line: 1,
      column: 1,
      message: 'de les staat niet op de goede plek: zet haar in lessons/<module>/<les>.mdx (één map diep), anders heeft ze geen pagina',
    };
    expect(issues).toEqual({ 'lessons/los.mdx': [misplaced], 'lessons/m/extra/diep.mdx': [misplaced], 'lessons/m/ok.mdx': [] });
  });

  const files = [
    ['image', ['![Winkel](/images/winkel.jpg)'], 14, 1],
    ['image through a definition', ['![Winkel][w]', '', '[w]: /images/winkel.jpg'], 16, 1],
    ['video file', ['<Video title="V" src="/videos/les.mp4" />'], 14, 18],
    ['option image', ['---', 'layout: image-left', 'image: /images/winkel.jpg', 'imageAlt: x', '---'], 16, 8],
    ['option background', ['---', "background: '/images/winkel.jpg'", '---'], 15, 14],
  ] as const;

  it.each(files)('reports a missing %s where it is named, and accepts it once it exists', async (_name, lines, line, column) => {
    const lesson = lessonSource('', '## Dia', '', ...lines, '', '---', '', '## Twee');
    const missing = await check({ 'lessons/m/les.mdx': lesson });
    const file = lines.join().includes('videos') ? 'public/videos/les.mp4' : 'public/images/winkel.jpg';
    expect(missing).toEqual({
      'lessons/m/les.mdx': [{ line, column, message: `het bestand ${file} bestaat niet; zet het daar neer of verbeter het pad (let op hoofdletters)` }],
    });
    const present = await check({ 'lessons/m/les.mdx': lesson, [file]: 'x' });
    expect(present).toEqual({ 'lessons/m/les.mdx': [] });
  });

  it('refuses a lesson named with spaces and capitals, and says which lesson it would hide', async () => {
    const lesson = lessonSource('', '## Dia');
    const issues = await check({ 'lessons/voorraad/Les 9 Voorraad.mdx': lesson, 'lessons/voorraad/les-9-voorraad.mdx': lesson, 'lessons/Voorraad Beheer/les.mdx': lesson });
    expect(issues).toEqual({
      'lessons/Voorraad Beheer/les.mdx': [
        {
          line: 1,
          column: 1,
          message: 'de naam "Voorraad Beheer" mag alleen kleine letters, cijfers en streepjes hebben (geen spaties of hoofdletters); noem het bestand of de map "voorraad-beheer"',
        },
      ],
      'lessons/voorraad/Les 9 Voorraad.mdx': [
        {
          line: 1,
          column: 1,
          message: 'de naam "Les 9 Voorraad" mag alleen kleine letters, cijfers en streepjes hebben (geen spaties of hoofdletters); noem het bestand of de map "les-9-voorraad"',
        },
        {
          line: 1,
          column: 1,
          message: 'deze les krijgt hetzelfde adres /lessons/voorraad/les-9-voorraad als lessons/voorraad/les-9-voorraad.mdx; geef een van beide een andere naam',
        },
      ],
      'lessons/voorraad/les-9-voorraad.mdx': [],
    });
  });

  it('words every problem in English as well, from the same codes', async () => {
    await check({ 'lessons/m/Les Een.mdx': lessonSource('', '## Prijs', '', 'Minder dan <10 euro.') });
    const [checked] = await checkLessons(path.join(dir, 'lessons'), dir);
    expect(checked?.lesson.issues.map((issue) => wordIssue(issue, lessonIssuesEn))).toEqual([
      'the name "Les Een" may only have lowercase letters, digits and dashes (no spaces or capitals); name the file or folder "les-een"',
      'a < in the text is read as the start of a component; write \\< or &lt; when you mean the sign "less than" (such as \\<10 or &lt;10)',
    ]);
  });

  it('reports a missing cover on its frontmatter line', async () => {
    const lesson = lessonSource('', '## Dia').replace('goals:', 'cover: /images/cover.png\ngoals:');
    expect(await check({ 'lessons/m/les.mdx': lesson })).toEqual({
      'lessons/m/les.mdx': [{ line: 8, column: 8, message: expect.stringContaining('public/images/cover.png bestaat niet') }],
    });
  });

  it('decodes %-codes like the web server does', async () => {
    const lesson = lessonSource('', '![Foto](/images/mijn%20foto.jpg)');
    expect(await check({ 'lessons/m/les.mdx': lesson, 'public/images/mijn foto.jpg': 'x' })).toEqual({ 'lessons/m/les.mdx': [] });
  });

  it('needs the exact name, also in upper and lower case', async () => {
    const lesson = lessonSource('', '![Foto](/images/Winkel.JPG)');
    const issues = await check({ 'lessons/m/les.mdx': lesson, 'public/images/winkel.jpg': 'x' });
    expect(issues['lessons/m/les.mdx']?.map((issue) => issue.line)).toEqual([12]);
  });

  it('does not take a folder for a file', async () => {
    const lesson = lessonSource('', '![Foto](/images/map.jpg)');
    const issues = await check({ 'lessons/m/les.mdx': lesson, 'public/images/map.jpg/x.txt': 'x' });
    expect(issues['lessons/m/les.mdx']).toHaveLength(1);
  });

  it('does not follow a link out of public/', async () => {
    const lesson = lessonSource('', '![Foto](/images/geheim.jpg)');
    await check({ 'lessons/m/les.mdx': lesson, 'buiten/geheim.jpg': 'x', 'public/images/.keep': '' });
    await symlink(path.join(dir, 'buiten/geheim.jpg'), path.join(dir, 'public/images/geheim.jpg'));
    const [checked] = await checkLessons(path.join(dir, 'lessons'), dir);
    expect(checked?.lesson.issues.map((issue) => issue.message)).toEqual([expect.stringContaining('public/images/geheim.jpg bestaat niet')]);
  });

  it('looks in the given public folder', async () => {
    const lesson = lessonSource('', '![Foto](/images/a.jpg)');
    const issues = await check({ 'lessons/m/les.mdx': lesson, 'static/images/a.jpg': 'x' }, path.join(dir, 'static'));
    expect(issues).toEqual({ 'lessons/m/les.mdx': [] });
    const elsewhere = await check({ 'lessons/m/les.mdx': lesson, 'static/images/a.jpg': 'x' });
    expect(elsewhere['lessons/m/les.mdx']?.[0]?.message).toContain('het bestand public/images/a.jpg bestaat niet');
  });

  it('keeps the problems sorted by line', async () => {
    const lesson = lessonSource('', '![Foto](/images/a.jpg)', '', '<Foo />');
    const issues = await check({ 'lessons/los.mdx': lesson });
    expect(issues['lessons/los.mdx']?.map((issue) => issue.line)).toEqual([1, 12, 14]);
  });

  it('throws a LessonsDirError with a Dutch message when the folder does not exist', async () => {
    const missing = path.join(dir, 'bestaat-niet');
    await expect(checkLessons(missing, dir)).rejects.toThrow(LessonsDirError);
    await expect(checkLessons(missing, dir)).rejects.toThrow(`De map met lessen bestaat niet: ${missing}`);
  });

  it('throws a LessonsDirError when the path is a file', async () => {
    await writeFile(path.join(dir, 'lessons.txt'), 'x');
    await expect(checkLessons(path.join(dir, 'lessons.txt'), dir)).rejects.toThrow(LessonsDirError);
  });
});
