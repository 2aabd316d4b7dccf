import type { Definition, Nodes, Root } from 'mdast';
import type { MdxJsxAttribute, MdxJsxExpressionAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { assetProblem, linkProblem } from './paths.ts';
import { issueText, lessonIssue, type IssueText, type LessonIssue, type LessonIssueCode } from './issues.ts';
import type { LessonAsset } from './slides.ts';

/**
 * Lowercase (HTML) elements an author may write in a lesson: text markup, lists, tables and
 * details. Everything that loads or runs something (img, a, iframe, script, form, svg, …) is refused.
 */
export const SAFE_ELEMENTS: readonly string[] = [
  'p', 'br', 'div', 'span', 'em', 'strong', 'b', 'i', 'u', 's', 'small', 'mark', 'sup', 'sub', 'abbr', 'kbd', 'code', 'q',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
  'details', 'summary', 'figure', 'figcaption',
]; // prettier-ignore

/** Attributes allowed on those elements, besides `href` and `src` (checked like links and images). */
export const SAFE_ATTRIBUTES: readonly string[] = [
  'title', 'lang', 'dir', 'colspan', 'colSpan', 'rowspan', 'rowSpan', 'scope', 'open', 'start', 'reversed',
]; // prettier-ignore

const isSafeElement = (name: string): boolean => SAFE_ELEMENTS.includes(name);

/** What to write instead of a refused element. */
const INSTEAD: [RegExp, LessonIssueCode][] = [
  [/^img$|^picture$/, 'lessonIssue.instead.image'],
  [/^a$/, 'lessonIssue.instead.link'],
  [/^(video|audio|source|track|iframe|embed|object|frame|frameset)$/, 'lessonIssue.instead.video'],
  [/^(script|noscript|style|link|meta|base|template|slot)$/, 'lessonIssue.instead.code'],
  [/^(form|input|button|select|option|textarea|label|fieldset)$/, 'lessonIssue.instead.form'],
  [/^(svg|canvas|math)$|^svg:/, 'lessonIssue.instead.drawing'],
  [/^h[1-6]$/, 'lessonIssue.instead.heading'],
  [/^hr$/, 'lessonIssue.instead.rule'],
];

function elementProblem(name: string): IssueText {
  const code = INSTEAD.find(([pattern]) => pattern.test(name))?.[1];
  const instead = code
    ? issueText(code)
    : issueText('lessonIssue.instead.allowed', { elements: SAFE_ELEMENTS.map((tag) => `<${tag}>`).join(' ') });
  return issueText('lessonIssue.element', { name, instead });
}

function attributeProblem(element: string, attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): IssueText | null {
  if (attribute.type === 'mdxJsxExpressionAttribute') return issueText('lessonIssue.attr.spread', { element });
  const { name, value } = attribute;
  if (/^on/i.test(name)) return issueText('lessonIssue.attr.event', { name, element });
  if (/^(style|dangerouslySetInnerHTML|srcset)$/i.test(name)) return issueText('lessonIssue.attr.style', { name, element });
  if (value !== null && value !== undefined && typeof value !== 'string') return issueText('lessonIssue.attr.notText', { name, element });
  if (name === 'href') return linkProblem(value ?? '');
  if (name === 'src') {
    const problem = assetProblem(value ?? '', 'image');
    return problem === null ? null : issueText('lessonIssue.attr.src', { element, detail: problem });
  }
  if (!SAFE_ATTRIBUTES.includes(name))
    return issueText('lessonIssue.attr.notAllowed', { name, element, allowed: SAFE_ATTRIBUTES.join(', ') });
  return null;
}

const NO_ALT = issueText('lessonIssue.imageAlt');

type Place = { line: number; column: number };
const placeOf = (node: { position?: { start: Place } | undefined }, fallback?: Place): Place => ({
  line: node.position?.start.line ?? fallback?.line ?? 1,
  column: node.position?.start.column ?? fallback?.column ?? 1,
});

export interface ContentCheck {
  issues: LessonIssue[];
  /** Files in public/ the lesson shows: markdown images (also through a reference) and `src` attributes. */
  assets: LessonAsset[];
}

/**
 * Checks that a lesson body is content only: no HTML that loads or runs something, links only to
 * web pages, mail addresses, paths and anchors, and images only from public/ with a description.
 * Widgets (capitalised components) are checked elsewhere.
 */
export function checkContent(root: Root): ContentCheck {
  const issues: LessonIssue[] = [];
  const assets: LessonAsset[] = [];
  const definitions = new Map<string, Definition>();
  const definitionsUsedAsImage = new Set<Definition>();

  const collectDefinitions = (node: Nodes): void => {
    // The first definition of a label wins, as in markdown.
    if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
    if ('children' in node) for (const child of node.children) collectDefinitions(child);
  };
  collectDefinitions(root);

  const image = (url: string, at: Place): void => {
    const problem = assetProblem(url, 'image');
    if (problem === null) assets.push({ path: url, ...at });
    else issues.push(lessonIssue(at, issueText('lessonIssue.image', { detail: problem })));
  };

  const checkElement = (element: MdxJsxFlowElement | MdxJsxTextElement): void => {
    const { name } = element;
    if (name === null || /^[A-Z]/.test(name)) return;
    const at = placeOf(element);
    if (!isSafeElement(name)) {
      issues.push(lessonIssue(at, elementProblem(name)));
      return;
    }
    for (const attribute of element.attributes) {
      const problem = attributeProblem(name, attribute);
      const place = placeOf(attribute, at);
      if (problem !== null) issues.push(lessonIssue(place, problem));
      else if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'src' && typeof attribute.value === 'string') {
        assets.push({ path: attribute.value, ...place });
      }
    }
  };

  const visit = (node: Nodes): void => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node);
        break;
      case 'link':
      case 'definition': {
        const problem = linkProblem(node.url);
        if (problem !== null) issues.push(lessonIssue(placeOf(node), problem));
        break;
      }
      case 'image':
        if (node.alt === null || node.alt === undefined || node.alt.trim() === '') issues.push(lessonIssue(placeOf(node), NO_ALT));
        image(node.url, placeOf(node));
        break;
      case 'imageReference': {
        if (node.alt === null || node.alt === undefined || node.alt.trim() === '') issues.push(lessonIssue(placeOf(node), NO_ALT));
        // The address is written at the definition (`[label]: /images/x.jpg`): check it there, once.
        const definition = definitions.get(node.identifier);
        if (definition && !definitionsUsedAsImage.has(definition)) {
          definitionsUsedAsImage.add(definition);
          if (linkProblem(definition.url) === null) image(definition.url, placeOf(definition));
        }
        break;
      }
      default:
        break;
    }
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(root);
  return { issues, assets };
}
