import type { Root, RootContent } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx';
import type { VFile } from 'vfile';
import { analyseLesson } from '../shared/lesson/analyse.ts';
import { splitSlides } from '../shared/lesson/slides.ts';

const attribute = (name: string, value: string | undefined): MdxJsxAttribute[] =>
  value === undefined ? [] : [{ type: 'mdxJsxAttribute', name, value }];

/**
 * Remark plugin for lesson decks: wraps each `---`-separated part in a `<Slide>` element carrying
 * its options and outline, and fails the file with line numbers when the lesson has problems.
 */
export default function remarkSlides() {
  return (tree: Root, file: VFile) => {
    const source = String(file.value);
    const analysis = analyseLesson(tree, source);
    if (analysis.issues.length > 0) {
      const where = file.path ?? 'les';
      const list = analysis.issues.map((issue) => `${where}:${issue.line}:${issue.column} ${issue.message}`);
      throw new Error(`De les heeft problemen:\n${list.join('\n')}`);
    }
    const { preamble, slides } = splitSlides(tree, source);
    const wrapped = slides.map((slide): MdxJsxFlowElement => {
      const outline = analysis.slides[slide.index - 1];
      const onlyPendingVideos =
        outline !== undefined &&
        outline.kinds.length === 1 &&
        outline.kinds[0] === 'video' &&
        outline.widgets.every((widget) => widget.props.pending === true);
      return {
        type: 'mdxJsxFlowElement',
        name: 'Slide',
        attributes: [
          ...attribute('index', String(slide.index)),
          ...attribute('title', outline?.title),
          ...attribute('kinds', outline?.kinds.join(' ')),
          ...attribute('layout', slide.options.layout),
          ...attribute('image', slide.options.image),
          ...attribute('imageAlt', slide.options.imageAlt),
          ...attribute('background', slide.options.background),
          ...attribute('skipInStudy', onlyPendingVideos ? 'true' : undefined),
        ],
        children: slide.nodes as MdxJsxFlowElement['children'],
      };
    });
    tree.children = [...preamble, ...(wrapped as RootContent[])];
  };
}
