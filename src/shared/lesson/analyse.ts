import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { toString } from 'mdast-util-to-string';
import type { ZodType } from 'zod';
import { blockText } from './block-text.ts';
import { checkContent } from './content.ts';
import { readProps, type PropValue } from './props.ts';
import { issueText, lessonIssue, zodIssueText, type IssueText, type LessonIssue } from './issues.ts';
import { splitSlides, type LessonAsset, type SlideOptions } from './slides.ts';
import { widgets, type WidgetRegistry } from '../../widgets/index.ts';
import type { SlideKind, WidgetKind, WidgetName } from './widgets.ts';

/** A widget found in a lesson, with its validated props. */
export interface LessonWidget {
  name: WidgetName;
  kind: WidgetKind;
  id: string | undefined;
  props: Record<string, PropValue>;
  slideIndex: number;
  line: number;
  /** The plain text inside the element (the brief of an `<Assignment>`), paragraphs apart by an empty line; only for widgets with content. */
  text?: string;
}

export interface AnalysedSlide {
  index: number;
  line: number;
  title: string;
  kinds: SlideKind[];
  options: SlideOptions;
  widgets: LessonWidget[];
  hasNotes: boolean;
}

export interface LessonAnalysis {
  slides: AnalysedSlide[];
  widgets: LessonWidget[];
  issues: LessonIssue[];
  /** Every file in public/ the lesson shows (images, backgrounds, video files, cover), where it is named. */
  assets: LessonAsset[];
}

type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;
const isJsx = (node: Nodes): node is JsxElement => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
const isComponentName = (name: string | null): name is string => name !== null && /^[A-Z]/.test(name);
const CONTENT_TYPES = new Set(['paragraph', 'list', 'table', 'blockquote', 'code', 'image', 'math']);

function visitJsx(node: Nodes, visit: (element: JsxElement) => void): void {
  if (isJsx(node)) visit(node);
  if ('children' in node) for (const child of node.children) visitJsx(child, visit);
}

/** `{…}` in prose is JavaScript in MDX; authors mostly meant literal braces. Comments are fine. */
function findExpressions(node: Nodes, found: Nodes[]): Nodes[] {
  if ((node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') && !/^\s*(\/\*[\s\S]*\*\/)?\s*$/.test(node.value))
    found.push(node);
  if ('children' in node) for (const child of node.children) findExpressions(child, found);
  return found;
}

const OPTION_LINE = /^(layout|title|image|imageAlt|background)\s*:/;

function validateProps(schema: ZodType, props: Record<string, PropValue>, name: string): IssueText[] {
  const parsed = schema.safeParse(props);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    if (issue.code === 'unrecognized_keys')
      return issueText('lessonIssue.widget.unknownProp', { name, props: issue.keys.map((k) => `"${k}"`).join(', ') });
    const prop = issue.path.join('.');
    const detail = zodIssueText(issue);
    return prop ? issueText('lessonIssue.widget.prop', { name, prop, detail }) : issueText('lessonIssue.widget.props', { name, detail });
  });
}

/** True when the slide shows prose besides its widgets (headings alone do not count). */
function hasText(nodes: RootContent[]): boolean {
  return nodes.some(
    (node) => CONTENT_TYPES.has(node.type) || (node.type === 'mdxJsxFlowElement' && node.name === 'Column' && node.children.length > 0),
  );
}

function slideTitle(nodes: RootContent[], options: SlideOptions, widgets: LessonWidget[], index: number): string {
  if (options.title) return options.title;
  const heading = nodes.find((node) => node.type === 'heading');
  if (heading) return toString(heading).trim();
  for (const widget of widgets) {
    const label = widget.props.question ?? widget.props.term ?? widget.props.title;
    if (typeof label === 'string') return label;
  }
  return `Dia ${index}`;
}

/**
 * Checks a parsed lesson body and outlines it: slides with titles and kinds, the widgets with their
 * props, and every problem an author must fix, with its line.
 */
export function analyseLesson(root: Root, source: string, registry: WidgetRegistry = widgets): LessonAnalysis {
  const split = splitSlides(root, source);
  const content = checkContent(root);
  const issues: LessonIssue[] = [...split.issues, ...content.issues];
  const assets: LessonAsset[] = [...split.assets, ...content.assets];
  const widgets: LessonWidget[] = [];
  const idLines = new Map<string, number>();

  const slides = split.slides.map((slide): AnalysedSlide => {
    const slideWidgets: LessonWidget[] = [];
    let hasNotes = false;
    for (const node of slide.nodes) {
      visitJsx(node, (element) => {
        if (!isComponentName(element.name)) return;
        const line = element.position?.start.line ?? slide.line;
        const column = element.position?.start.column ?? 1;
        const definition = registry.components.get(element.name);
        if (!definition) {
          issues.push(
            lessonIssue(
              { line, column },
              issueText('lessonIssue.widget.unknown', { name: element.name, known: [...registry.components.keys()].join(', ') }),
            ),
          );
          return;
        }
        const { props, problems } = readProps(element);
        const messages = problems.length > 0 ? problems : validateProps(definition.props, props, element.name);
        for (const message of messages) issues.push(lessonIssue({ line, column }, message));
        for (const name of messages.length === 0 ? (definition.definition?.assetProps ?? []) : []) {
          const path = props[name];
          if (typeof path !== 'string') continue;
          const attribute = element.attributes.find((candidate) => candidate.type === 'mdxJsxAttribute' && candidate.name === name);
          assets.push({ path, line: attribute?.position?.start.line ?? line, column: attribute?.position?.start.column ?? column });
        }
        if (element.name === 'Notes') hasNotes = true;
        if (definition.kind === null) return;
        const id = typeof props.id === 'string' ? props.id : undefined;
        if (id !== undefined) {
          const earlier = idLines.get(id);
          if (earlier !== undefined)
            issues.push(lessonIssue({ line, column }, issueText('lessonIssue.widget.duplicateId', { id, line: earlier })));
          else idLines.set(id, line);
        }
        const widget: LessonWidget = { name: element.name as WidgetName, kind: definition.kind as WidgetKind, id, props, slideIndex: slide.index, line };
        if (definition.definition?.keepsText) widget.text = blockText(element);
        slideWidgets.push(widget);
      });
    }
    for (const expression of slide.nodes.flatMap((node) => findExpressions(node, []))) {
      issues.push(
        lessonIssue(
          { line: expression.position?.start.line ?? slide.line, column: expression.position?.start.column ?? 1 },
          issueText('lessonIssue.braces'),
        ),
      );
    }
    const [first] = slide.nodes;
    if (
      first?.type === 'paragraph' &&
      toString(first)
        .split('\n')
        .every((line) => OPTION_LINE.test(line))
    ) {
      issues.push(
        lessonIssue({ line: first.position?.start.line ?? slide.line, column: 1 }, issueText('lessonIssue.slides.optionsNoBlank')),
      );
    }
    const widgetKinds = [...new Set(slideWidgets.map((widget) => widget.kind))];
    const kinds: SlideKind[] = hasText(slide.nodes) || widgetKinds.length === 0 ? ['text', ...widgetKinds] : widgetKinds;
    widgets.push(...slideWidgets);
    return {
      index: slide.index,
      line: slide.line,
      title: slideTitle(slide.nodes, slide.options, slideWidgets, slide.index),
      kinds,
      options: slide.options,
      widgets: slideWidgets,
      hasNotes,
    };
  });

  if (slides.length === 0) issues.push(lessonIssue({ line: 1, column: 1 }, issueText('lessonIssue.slides.none')));
  issues.sort((a, b) => a.line - b.line || a.column - b.column);
  assets.sort((a, b) => a.line - b.line || a.column - b.column);
  return { slides, widgets, issues, assets };
}
