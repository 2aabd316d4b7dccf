import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseLesson, type ParsedLesson } from '../../src/shared/lesson/parse.ts';
import { decodedSegments } from '../../src/shared/lesson/paths.ts';
import { issueText, lessonIssue, type LessonIssue } from '../../src/shared/lesson/issues.ts';
import type { LessonAsset } from '../../src/shared/lesson/slides.ts';

/** Folder the lessons are read from: LESSONS_DIR, else ./lessons. */
export const lessonsDir = (cwd = process.cwd()): string => path.resolve(cwd, process.env.LESSONS_DIR ?? 'lessons');

export interface CheckedLesson {
  /** Path relative to the working directory, as an author would type it. */
  file: string;
  lesson: ParsedLesson;
}

/** The lessons folder is missing or is not a folder; the message is meant for the author. */
export class LessonsDirError extends Error {
  readonly dir: string;
  constructor(dir: string) {
    super(`De map met lessen bestaat niet: ${dir} (maak lessons/<module>/<les>.mdx of zet LESSONS_DIR).`);
    this.name = 'LessonsDirError';
    this.dir = dir;
  }
}

async function mdxFiles(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new LessonsDirError(dir);
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.mdx'))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/** A lesson gets its pages at /lessons/<module>/<lesson> only when it is exactly one folder deep. */
function placeIssue(dir: string, file: string, cwd: string): LessonIssue | null {
  if (path.relative(dir, file).split(path.sep).length === 2) return null;
  const where = path.relative(cwd, dir) || '.';
  return lessonIssue({ line: 1, column: 1 }, issueText('lessonIssue.place', { where }));
}

/** A name the site's address uses as it is: lowercase letters and digits, words apart by single dashes. */
const GOOD_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The name an author probably meant: `Les 9 Voorraad` becomes `les-9-voorraad`. */
export function suggestedName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Folder and file names become the lesson's address (/lessons/<module>/<lesson>). A name with
 * spaces or capitals would be changed on the way, and could then take the address of another
 * lesson; so it is refused, with the name to use instead.
 */
function nameIssues(dir: string, file: string): LessonIssue[] {
  const segments = path.relative(dir, file).replace(/\.mdx$/, '').split(path.sep);
  return segments
    .filter((segment) => !GOOD_NAME.test(segment))
    .map((name) => lessonIssue({ line: 1, column: 1 }, issueText('lessonIssue.fileName', { name, suggestion: suggestedName(name) || 'les' })));
}

/** The address a file would get if its names were made lowercase-with-dashes, to find clashes. */
const addressOf = (dir: string, file: string): string =>
  path.relative(dir, file).replace(/\.mdx$/, '').split(path.sep).map(suggestedName).join('/');

/**
 * Looks up the files a lesson shows, in public/. The name must match exactly (also in upper and
 * lower case, as on the server) and the file must really lie inside public/.
 */
class PublicFiles {
  private readonly listings = new Map<string, Promise<Set<string> | null>>();
  private readonly dir: string;
  private readonly root: Promise<string | null>;

  constructor(dir: string) {
    this.dir = dir;
    this.root = realpath(dir).catch(() => null);
  }

  private list(dir: string): Promise<Set<string> | null> {
    let listing = this.listings.get(dir);
    if (!listing) {
      listing = readdir(dir).then(
        (names) => new Set(names),
        () => null,
      );
      this.listings.set(dir, listing);
    }
    return listing;
  }

  /** True when `/images/x.jpg` is the file public/images/x.jpg. */
  async has(urlPath: string): Promise<boolean> {
    const segments = decodedSegments(urlPath);
    const root = await this.root;
    if (root === null || segments === null || segments.some((segment) => segment === '' || segment === '.' || segment === '..')) return false;
    let dir = this.dir;
    for (const segment of segments) {
      if (!(await this.list(dir))?.has(segment)) return false;
      dir = path.join(dir, segment);
    }
    const real = await realpath(dir).catch(() => null);
    if (real === null || !(await stat(real).catch(() => null))?.isFile()) return false;
    const inside = path.relative(root, real);
    return inside !== '' && !inside.startsWith('..') && !path.isAbsolute(inside);
  }
}

async function assetIssues(assets: LessonAsset[], files: PublicFiles, publicDir: string, cwd: string): Promise<LessonIssue[]> {
  const where = path.relative(cwd, publicDir) || '.';
  const found = await Promise.all(assets.map((asset) => files.has(asset.path)));
  return assets
    .filter((_asset, i) => !found[i])
    .map((asset) => lessonIssue(asset, issueText('lessonIssue.missingFile', { where, path: asset.path })));
}

/**
 * Parses and checks every lesson under `dir`: the lesson itself, its place in the folder and the
 * files it shows from `publicDir`. Throws a LessonsDirError when `dir` is not a folder.
 */
export async function checkLessons(dir: string, cwd = process.cwd(), publicDir = path.resolve(cwd, 'public')): Promise<CheckedLesson[]> {
  const files = await mdxFiles(dir);
  const publicFiles = new PublicFiles(publicDir);
  // A well-named file keeps its address; a badly named one that would take it is told so.
  const wellNamed = new Map(files.filter((file) => nameIssues(dir, file).length === 0).map((file) => [addressOf(dir, file), file]));
  return Promise.all(
    files.map(async (file) => {
      const lesson = parseLesson(await readFile(file, 'utf8'));
      const place = placeIssue(dir, file, cwd);
      const names = nameIssues(dir, file);
      const other = names.length > 0 ? wellNamed.get(addressOf(dir, file)) : undefined;
      if (other !== undefined) {
        names.push(lessonIssue({ line: 1, column: 1 }, issueText('lessonIssue.nameClash', { slug: addressOf(dir, file), other: path.relative(cwd, other) })));
      }
      const missing = await assetIssues(lesson.assets, publicFiles, publicDir, cwd);
      const issues = [...(place ? [place] : []), ...names, ...lesson.issues, ...missing].sort((a, b) => a.line - b.line || a.column - b.column);
      return { file: path.relative(cwd, file), lesson: { ...lesson, issues } };
    }),
  );
}

/** One line per problem, `file:line:column message`, the form editors and terminals link. */
export function formatIssues(checked: CheckedLesson[]): string[] {
  return checked.flatMap(({ file, lesson }) =>
    lesson.issues.map((issue) => `${file}:${issue.line}:${issue.column} ${issue.message}`),
  );
}
