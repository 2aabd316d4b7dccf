import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { analyseLesson, type LessonAnalysis } from './analyse.ts';
import { lessonFrontmatterSchema, type LessonFrontmatter } from './frontmatter.ts';
import type { LessonAsset, LessonIssue } from './slides.ts';

export interface ParsedLesson extends LessonAnalysis {
  /** Valid frontmatter, or null when it has problems (listed in `issues`). */
  frontmatter: LessonFrontmatter | null;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** Frontmatter text, and the body with the frontmatter blanked so that line numbers stay true. */
export function separateFrontmatter(source: string): { yaml: string | null; body: string } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { yaml: null, body: source };
  const blank = match[0].replace(/[^\n]/g, '');
  return { yaml: match[1] ?? '', body: blank + source.slice(match[0].length) };
}

interface FrontmatterCheck {
  frontmatter: LessonFrontmatter | null;
  issues: LessonIssue[];
  /** The cover image, where its value starts. */
  assets: LessonAsset[];
}

function checkFrontmatter(yamlText: string | null): FrontmatterCheck {
  if (yamlText === null) {
    return {
      frontmatter: null,
      issues: [{ line: 1, column: 1, message: 'de les begint niet met frontmatter (--- titel, module, ... ---)' }],
      assets: [],
    };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  if (document.errors.length > 0) {
    return {
      frontmatter: null,
      issues: document.errors.map((error) => ({
        line: 1 + (error.linePos?.[0]?.line ?? 1),
        column: error.linePos?.[0]?.col ?? 1,
        message: `frontmatter is geen geldige YAML: ${(error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '')}`,
      })),
      assets: [],
    };
  }
  const pairOf = (key: string) =>
    isMap(document.contents) ? document.contents.items.find((item) => isScalar(item.key) && item.key.value === key) : undefined;
  const parsed = lessonFrontmatterSchema.safeParse(document.toJS());
  if (parsed.success) {
    const assets: LessonAsset[] = [];
    const cover = pairOf('cover')?.value;
    if (parsed.data.cover !== undefined && isScalar(cover) && cover.range) {
      // Line 1 of the file is the opening ---; a quoted value starts one column after its quote.
      const place = lineCounter.linePos(cover.range[0]);
      const quote = cover.type === 'QUOTE_DOUBLE' || cover.type === 'QUOTE_SINGLE' ? 1 : 0;
      assets.push({ path: parsed.data.cover, line: 1 + place.line, column: place.col + quote });
    }
    return { frontmatter: parsed.data, issues: [], assets };
  }
  const lineOfKey = (key: string): number => {
    const pair = pairOf(key);
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? 2 : 1 + lineCounter.linePos(offset).line;
  };
  return {
    assets: [],
    frontmatter: null,
    issues: parsed.error.issues.map((issue) => {
      const key = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
      const message =
        issue.code === 'unrecognized_keys'
          ? `frontmatter: onbekend veld ${issue.keys.map((k) => `"${k}"`).join(', ')}`
          : `frontmatter ${key}: ${issue.message}`;
      return { line: lineOfKey(key), column: 1, message };
    }),
  };
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses the MDX body of a lesson into mdast (the same dialect the site build uses). */
export function parseBody(body: string): Root {
  return processor.runSync(processor.parse(body)) as Root;
}

/**
 * Parses and checks a lesson file's full source. Never throws for author mistakes: syntax errors
 * become issues with their line.
 */
export function parseLesson(source: string): ParsedLesson {
  const { yaml, body } = separateFrontmatter(source.replace(/^\uFEFF/, ''));
  const front = checkFrontmatter(yaml);
  let analysis: LessonAnalysis;
  try {
    analysis = analyseLesson(parseBody(body), body);
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message?: string };
    // Some MDX errors carry their position only in the text, as "(14:1-14:8)".
    const quoted = /\((\d+):(\d+)(?:-\d+:\d+)?\)/.exec(place.reason ?? place.message ?? '');
    return {
      frontmatter: front.frontmatter,
      slides: [],
      widgets: [],
      assets: front.assets,
      issues: [
        ...front.issues,
        { line: place.line ?? Number(quoted?.[1] ?? 1), column: place.column ?? Number(quoted?.[2] ?? 1), message: `MDX-fout: ${place.reason ?? place.message ?? String(error)}` },
      ],
    };
  }
  return {
    ...analysis,
    frontmatter: front.frontmatter,
    issues: [...front.issues, ...analysis.issues],
    assets: [...front.assets, ...analysis.assets],
  };
}
