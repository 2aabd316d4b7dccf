import type { Nodes } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Inside a paragraph a line break in the source is a space, as Markdown shows it. */
const flat = (node: Nodes): string => toString(node).replace(/\s*\n\s*/g, ' ').trim();

function blocksOf(node: Nodes): string[] {
  if (node.type === 'list') return [node.children.map((item) => `• ${flat(item)}`).join('\n')];
  // Phrasing content (an element written on one line) has no blocks: it is one paragraph.
  if (node.type === 'paragraph' || node.type === 'heading' || !('children' in node) || node.type === 'mdxJsxTextElement')
    return [flat(node)];
  return node.children.flatMap(blocksOf);
}

/**
 * The plain text inside an element with its paragraphs kept: blocks (paragraphs, headings, lists)
 * are separated by an empty line, and each list item starts its own line with "• ".
 */
export function blockText(node: Nodes): string {
  const blocks = 'children' in node && node.type !== 'mdxJsxTextElement' ? node.children.flatMap(blocksOf) : [flat(node)];
  return blocks.filter(Boolean).join('\n\n');
}
