import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { widgets, type WidgetRegistry } from '../../widgets/index.ts';
import { analyseLesson, type LessonAnalysis } from './analyse.ts';
import { LESSON_THEMES, lessonFrontmatterSchema, type LessonFrontmatter } from './frontmatter.ts';
import { issueText, lessonIssue, zodIssueText, type IssueText, type LessonIssue, type LessonIssueCode } from './issues.ts';
import type { LessonAsset } from './slides.ts';

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

/**
 * Where a YAML mistake is and what to change, from the yaml library's error code. A value with
 * a second colon and a line indented under a value give the same error; the line tells them apart.
 */
function yamlIssue(error: YAMLError, lines: readonly string[]): LessonIssue {
  const line = error.linePos?.[0]?.line ?? 1;
  const column = error.linePos?.[0]?.col ?? 1;
  // Line 1 of the file is the opening ---.
  const at = (code: LessonIssueCode, place = { line: 1 + line, column }) => lessonIssue(place, issueText(code));
  switch (error.code) {
    case 'BLOCK_AS_IMPLICIT_KEY':
      return /:(\s|$)/.test((lines[line - 1] ?? '').slice(column - 1))
        ? at('lessonIssue.yaml.colon')
        : at('lessonIssue.yaml.indent', { line: 2 + line, column: 1 });
    case 'BAD_INDENT':
    case 'MULTILINE_IMPLICIT_KEY':
      return at(/Flow sequence/.test(error.message) ? 'lessonIssue.yaml.bracket' : 'lessonIssue.yaml.indent');
    case 'TAB_AS_INDENT':
      return at('lessonIssue.yaml.tab');
    case 'DUPLICATE_KEY':
      return at('lessonIssue.yaml.duplicate');
    case 'MISSING_CHAR':
      return at(/quote/.test(error.message) ? 'lessonIssue.yaml.quote' : 'lessonIssue.yaml.bracket');
    default:
      return at('lessonIssue.yaml.other');
  }
}

/**
 * A list item that runs on: with one `- ` indented further than the one above, YAML reads it as
 * the rest of the previous item ("Eerste doel - Tweede doel"). Reported at the line it starts.
 */
function runOnItems(document: Document, lineCounter: LineCounter, yamlText: string): LessonIssue[] {
  const issues: LessonIssue[] = [];
  if (!isMap(document.contents)) return issues;
  for (const pair of document.contents.items) {
    if (!isSeq(pair.value)) continue;
    for (const item of pair.value.items) {
      if (!isScalar(item) || item.type !== 'PLAIN' || !item.range) continue;
      const source = yamlText.slice(item.range[0], item.range[1]);
      const runOn = /\n[ \t]*- /.exec(source);
      if (!runOn) continue;
      const place = lineCounter.linePos(item.range[0] + runOn.index + 1);
      issues.push(lessonIssue({ line: 1 + place.line, column: 1 }, issueText('lessonIssue.goalRunsOn')));
    }
  }
  return issues;
}

/** Params that a schema's message needs besides the field's name. */
const FIELD_PARAMS: Partial<Record<LessonIssueCode, Record<string, string>>> = {
  'lessonIssue.fm.theme': { themes: LESSON_THEMES.join(', ') },
};

function checkFrontmatter(yamlText: string | null): FrontmatterCheck {
  if (yamlText === null) {
    return { frontmatter: null, issues: [lessonIssue({ line: 1, column: 1 }, issueText('lessonIssue.noFrontmatter'))], assets: [] };
  }
  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter });
  const [firstError] = document.errors;
  if (firstError) {
    // One mistake often gives several errors after it; the first says what to change.
    return { frontmatter: null, issues: [yamlIssue(firstError, yamlText.split('\n'))], assets: [] };
  }
  if (!isMap(document.contents)) {
    return { frontmatter: null, issues: [lessonIssue({ line: 2, column: 1 }, issueText('lessonIssue.notFields'))], assets: [] };
  }
  const fields = document.contents;
  const pairOf = (key: string) => fields.items.find((item) => isScalar(item.key) && item.key.value === key);
  const runOn = runOnItems(document, lineCounter, yamlText);
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
    return runOn.length > 0 ? { frontmatter: null, issues: runOn, assets: [] } : { frontmatter: parsed.data, issues: [], assets };
  }
  const lineOfKey = (key: string): number => {
    const pair = pairOf(key);
    const offset = isScalar(pair?.key) ? pair.key.range?.[0] : undefined;
    return offset === undefined ? 2 : 1 + lineCounter.linePos(offset).line;
  };
  const known = Object.keys(lessonFrontmatterSchema.shape).join(', ');
  const schemaIssues = parsed.error.issues.map((issue) => {
    const key = issue.code === 'unrecognized_keys' ? (issue.keys[0] ?? '') : String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      return lessonIssue(
        { line: lineOfKey(key), column: 1 },
        issueText('lessonIssue.unknownField', { keys: issue.keys.map((k) => `"${k}"`).join(', '), known }),
      );
    }
    const detail = zodIssueText(issue);
    const params = FIELD_PARAMS[detail.code];
    return lessonIssue(
      { line: lineOfKey(key), column: 1 },
      issueText('lessonIssue.field', { key, detail: params ? issueText(detail.code, { ...detail.params, ...params }) : detail }),
    );
  });
  return { assets: [], frontmatter: null, issues: [...runOn, ...schemaIssues].sort((a, b) => a.line - b.line) };
}

/** An MDX error about the character after a `<` is reported at the `<`, which is what the author must change. */
function mdxIssue(place: { line: number; column: number }, text: IssueText): LessonIssue {
  const atLessThan = text.code === 'lessonIssue.mdx.lessThan' || text.code === 'lessonIssue.mdx.htmlComment';
  return lessonIssue(atLessThan && place.column > 1 ? { ...place, column: place.column - 1 } : place, text);
}

/** Words an MDX syntax error: what the author wrote wrong and what to write instead. */
function mdxErrorText(reason: string): IssueText {
  let match: RegExpExecArray | null;
  if ((match = /^Unexpected closing tag `<\/([^`]*)>`, expected corresponding closing tag for `<([^`]*)>`/.exec(reason))) {
    return issueText('lessonIssue.mdx.wrongClose', { closing: match[1] ?? '', open: match[2] ?? '' });
  }
  if ((match = /^Unexpected closing tag `<\/([^`]*)>`/.exec(reason)))
    return issueText('lessonIssue.mdx.strayClose', { closing: match[1] ?? '' });
  if ((match = /^Expected a closing tag for `<([^`]*)>`/.exec(reason)))
    return issueText('lessonIssue.mdx.unclosed', { tag: match[1] ?? '' });
  if (/^Unexpected closing slash/.test(reason)) return issueText('lessonIssue.mdx.closingSlash');
  if (/^Unexpected character `!` \(U\+0021\) before name/.test(reason)) return issueText('lessonIssue.mdx.htmlComment');
  if (/^Unexpected character .* before name/.test(reason)) return issueText('lessonIssue.mdx.lessThan');
  if (/^Unexpected end of file in attribute value|closing quote/.test(reason)) return issueText('lessonIssue.mdx.openQuote');
  if (/^Unexpected end of file/.test(reason)) return issueText('lessonIssue.mdx.endOfFile');
  if (/^Unexpected (character|lazy line).* (in|after|before) (name|member|local|attribute|self-closing)/.test(reason))
    return issueText('lessonIssue.mdx.badTag');
  if (/expression|acorn/i.test(reason)) return issueText('lessonIssue.mdx.expression');
  return issueText('lessonIssue.mdx.other', { reason });
}

const processor = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** Parses the MDX body of a lesson into mdast (the same dialect the site build uses). */
export function parseBody(body: string): Root {
  return processor.runSync(processor.parse(body)) as Root;
}

/**
 * Gives widgets what their kinds take from the lesson (a self-assessment's goals). In place: the
 * slides hold the same widget objects as the lesson's list. A lesson with issues is not shown, whatever it fills in.
 * `parseLesson` does it for a whole file; a body parsed apart from its frontmatter needs it called.
 */
export function fillFromLesson(
  analysis: Pick<LessonAnalysis, 'widgets'>,
  frontmatter: Pick<LessonFrontmatter, 'goals' | 'language'>,
  registry: WidgetRegistry = widgets,
): void {
  for (const widget of analysis.widgets) {
    const fill = registry.kind(widget.kind)?.fromLesson;
    if (fill) widget.props = fill(widget.props, { goals: frontmatter.goals, language: frontmatter.language }) as typeof widget.props;
  }
}

/**
 * Parses and checks a lesson file's full source against the widget registry. Never throws for author mistakes: syntax errors
 * become issues with their line.
 */
export function parseLesson(source: string, registry: WidgetRegistry = widgets): ParsedLesson {
  const { yaml, body } = separateFrontmatter(source.replace(/^\uFEFF/, ''));
  const front = checkFrontmatter(yaml);
  let analysis: LessonAnalysis;
  try {
    analysis = analyseLesson(parseBody(body), body, registry);
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
        mdxIssue(
          { line: place.line ?? Number(quoted?.[1] ?? 1), column: place.column ?? Number(quoted?.[2] ?? 1) },
          mdxErrorText(place.reason ?? place.message ?? String(error)),
        ),
      ],
    };
  }
  if (front.frontmatter) fillFromLesson(analysis, front.frontmatter, registry);
  return {
    ...analysis,
    frontmatter: front.frontmatter,
    issues: [...front.issues, ...analysis.issues],
    assets: [...front.assets, ...analysis.assets],
  };
}
