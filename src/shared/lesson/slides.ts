import type { Heading, Root, RootContent } from 'mdast';
import type { MdxjsEsm } from 'mdast-util-mdx';
import { z } from 'zod';
import { issueText, lessonIssue, zodIssueText, type LessonIssue } from './issues.ts';
import { assetProblem, localAssetSchema } from './paths.ts';

export type { LessonIssue } from './issues.ts';

/** Layouts a slide can ask for in its options block. */
export const SLIDE_LAYOUTS = ['text', 'title', 'section', 'two-columns', 'image-left', 'image-right', 'full-image'] as const;
export type SlideLayout = (typeof SLIDE_LAYOUTS)[number];

const colour = /^(#[0-9a-f]{3,8}|[a-z]+|(rgb|hsl)a?\([\d\s.,%]+\))$/i;

/** A background is put into a style attribute: only a plain colour or a safe path in public/. */
export const isColour = (value: string): boolean => colour.test(value);

export const slideOptionsSchema = z
  .object({
    layout: z.enum(SLIDE_LAYOUTS, { error: 'lessonIssue.slides.layout' }).optional(),
    title: z.string().trim().min(1, 'lessonIssue.slides.title').optional(),
    image: localAssetSchema('image', 'lessonIssue.slides.image').optional(),
    imageAlt: z.string().trim().optional(),
    background: z
      .string()
      .superRefine((value, ctx) => {
        if (isColour(value)) return;
        const problem = assetProblem(value, 'image');
        if (problem === null) return;
        // Say why a path fails; a word or url(…) just gets the general message.
        const looksLikePath = /[/.]/.test(value) && !/^[a-z-]+\(/i.test(value);
        ctx.addIssue(
          looksLikePath
            ? {
                code: 'custom',
                message: 'lessonIssue.asset',
                params: { base: issueText('lessonIssue.slides.background'), detail: problem },
              }
            : { code: 'custom', message: 'lessonIssue.slides.background' },
        );
      })
      .optional(),
  })
  .strict()
  .superRefine((options, ctx) => {
    const needsImage = options.layout === 'image-left' || options.layout === 'image-right' || options.layout === 'full-image';
    if (needsImage && !options.image) {
      ctx.addIssue({ code: 'custom', path: ['image'], message: 'lessonIssue.slides.needsImage', params: { layout: options.layout } });
    }
    if (options.image && options.imageAlt === undefined) {
      ctx.addIssue({ code: 'custom', path: ['imageAlt'], message: 'lessonIssue.slides.imageAlt' });
    }
  });
export type SlideOptions = z.infer<typeof slideOptionsSchema>;

/** A file in public/ that a lesson uses (image, background, cover or video), where it is named. */
export interface LessonAsset {
  /** The path as written, starting with `/`: `/images/foto.jpg` is `public/images/foto.jpg`. */
  path: string;
  line: number;
  column: number;
}

export interface RawSlide {
  /** 1-based position in the deck. */
  index: number;
  line: number;
  options: SlideOptions;
  nodes: RootContent[];
}

export interface SplitResult {
  /** Imports/exports, kept out of the slides; each one is also reported in `issues`. */
  preamble: RootContent[];
  slides: RawSlide[];
  issues: LessonIssue[];
  /** Images named in the options blocks (`image`, and `background` when it is a path). */
  assets: LessonAsset[];
}

const startOf = (node: RootContent) => ({ line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 });

/** Source of a node, or '' when positions are missing. */
const sourceOf = (node: RootContent, source: string): string => {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? '' : source.slice(start, end);
};

const isSetextH2 = (node: RootContent, source: string): node is Heading =>
  node.type === 'heading' && node.depth === 2 && /\n[ \t]*-+[ \t]*$/.test(sourceOf(node, source));

/** Reads the `key: value` lines of an options block written as a setext heading. */
function parseOptionsBlock(node: Heading, source: string, issues: LessonIssue[], assets: LessonAsset[]): SlideOptions {
  const lines = sourceOf(node, source).split('\n').slice(0, -1);
  const raw: Record<string, string> = {};
  const places = new Map<string, { line: number; column: number }>();
  const { line, column: firstColumn } = startOf(node);
  lines.forEach((text, offset) => {
    const match = /^(\s*([A-Za-z][\w-]*)\s*:\s*)(.*?)\s*$/.exec(text);
    if (!match) {
      issues.push(lessonIssue({ line: line + offset, column: 1 }, issueText('lessonIssue.slides.notOption', { text: text.trim() })));
      return;
    }
    const [, before = '', key = '', value = ''] = match;
    const quoted = /^(["'])(.*)\1$/.exec(value);
    raw[key] = quoted ? (quoted[2] ?? '') : value;
    places.set(key, { line: line + offset, column: (offset === 0 ? firstColumn : 1) + before.length + (quoted ? 1 : 0) });
  });
  const parsed = slideOptionsSchema.safeParse(raw);
  if (parsed.success) {
    const { image, background } = parsed.data;
    const imagePlace = places.get('image');
    const backgroundPlace = places.get('background');
    if (image !== undefined && imagePlace) assets.push({ path: image, ...imagePlace });
    if (background !== undefined && !isColour(background) && backgroundPlace) assets.push({ path: background, ...backgroundPlace });
    return parsed.data;
  }
  for (const issue of parsed.error.issues) {
    const key = issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : String(issue.path[0] ?? '');
    const detail = zodIssueText(issue);
    const text =
      issue.code === 'unrecognized_keys'
        ? issueText('lessonIssue.slides.unknownOption', { key })
        : issueText('lessonIssue.slides.option', {
            key,
            detail: detail.code === 'lessonIssue.slides.layout' ? issueText(detail.code, { layouts: SLIDE_LAYOUTS.join(', ') }) : detail,
          });
    const firstKey = key.split(', ')[0] ?? '';
    const place = issue.code === 'unrecognized_keys' ? undefined : places.get(firstKey);
    const keyLine = lines.findIndex((text) => new RegExp(`^\\s*${firstKey}\\s*:`).test(text));
    issues.push(lessonIssue(place ?? { line: line + Math.max(0, keyLine), column: 1 }, text));
  }
  return {};
}

/**
 * A lesson is content only: an import or export would run code in every student's browser. Each
 * statement is reported at its own line (a block of them is one mdast node).
 */
function esmIssues(node: MdxjsEsm): LessonIssue[] {
  const statements = node.data?.estree?.body ?? [];
  const places =
    statements.length > 0
      ? statements.map((statement) => ({
          line: statement.loc?.start.line ?? startOf(node).line,
          column: (statement.loc?.start.column ?? 0) + 1,
          word: statement.type === 'ImportDeclaration' ? 'import' : 'export',
        }))
      : [{ ...startOf(node), word: /^\s*import\b/.test(node.value) ? 'import' : 'export' }];
  return places.map(({ word, ...place }) => lessonIssue(place, issueText('lessonIssue.slides.esm', { word })));
}

/**
 * Splits a lesson body into slides at `---` lines. A slide may start with a Slidev-style options
 * block (`---` / `layout: title` / `---`), which markdown parses as a setext heading right after
 * the separator.
 */
export function splitSlides(root: Root, source: string): SplitResult {
  const preamble: RootContent[] = [];
  const slides: RawSlide[] = [];
  const issues: LessonIssue[] = [];
  const assets: LessonAsset[] = [];
  let current: RawSlide | null = null;
  let afterSeparator = false;

  const openSlide = (node: RootContent): RawSlide => {
    const slide: RawSlide = { index: slides.length + 1, line: startOf(node).line, options: {}, nodes: [] };
    slides.push(slide);
    return slide;
  };

  for (const node of root.children) {
    if (node.type === 'mdxjsEsm') {
      issues.push(...esmIssues(node));
      preamble.push(node);
      continue;
    }
    if (node.type === 'thematicBreak') {
      current = null;
      afterSeparator = true;
      continue;
    }
    if (afterSeparator && current === null && isSetextH2(node, source)) {
      current = openSlide(node);
      current.options = parseOptionsBlock(node, source, issues, assets);
      afterSeparator = false;
      continue;
    }
    if (isSetextH2(node, source)) {
      issues.push(lessonIssue(startOf(node), issueText('lessonIssue.slides.textAboveSeparator')));
    }
    current ??= openSlide(node);
    current.nodes.push(node);
    afterSeparator = false;
  }
  return { preamble, slides, issues, assets };
}
