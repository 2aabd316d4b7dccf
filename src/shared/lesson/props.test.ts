import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { describe, expect, it } from 'vitest';
import { wordIssue } from './issues.ts';
import { parseBody } from './parse.ts';
import { readProps } from './props.ts';

/** The props of the first element in a one-line MDX snippet. */
const propsOf = (jsx: string) => {
  const node = parseBody(jsx).children[0] as MdxJsxFlowElement;
  expect(node.type).toBe('mdxJsxFlowElement');
  return readProps(node);
};

describe('readProps', () => {
  const values: [string, Record<string, unknown>][] = [
    ['<W a="tekst" />', { a: 'tekst' }],
    ["<W a='enkel' />", { a: 'enkel' }],
    ['<W a={3} />', { a: 3 }],
    ['<W a={-2.5} />', { a: -2.5 }],
    ['<W a={true} b={false} />', { a: true, b: false }],
    ['<W pending />', { pending: true }],
    ['<W a={null} />', { a: null }],
    ['<W a={"in accolades"} />', { a: 'in accolades' }],
    ['<W a={`sjabloon`} />', { a: 'sjabloon' }],
    ['<W a={["A", "C"]} />', { a: ['A', 'C'] }],
    ['<W a={[1, [2, 3]]} />', { a: [1, [2, 3]] }],
    ['<W a={[]} />', { a: [] }],
    ['<W a={[{ x: 10, "y": 20, width: -1 }]} />', { a: [{ x: 10, y: 20, width: -1 }] }],
    ['<W a={{}} />', { a: {} }],
  ];
  it.each(values)('%s', (jsx, props) => {
    expect(propsOf(jsx)).toEqual({ props, problems: [] });
  });

  const rejected: [string, string][] = [
    ['<W a={someVariable} />', 'eigenschap "a" van <W> moet een vaste waarde zijn, zoals "tekst", {3} of {["A", "B"]}'],
    ['<W a={1 + 2} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={`x ${y}`} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={[x]} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={[...lijst]} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={!true} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={/re/} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={{ x }} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={{ [k]: 1 }} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={{ ...b }} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={{ f() {} }} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={{ __proto__: { x: 1 } }} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W a={{ 1: 2 }} />', 'eigenschap "a" van <W> moet een vaste waarde zijn'],
    ['<W {...rest} />', 'gebruik geen {...} zonder naam in <W>'],
    ['<W a="1" a="2" />', 'eigenschap "a" staat twee keer in <W>'],
  ];
  it.each(rejected)('%s', (jsx, problem) => {
    const { problems } = propsOf(jsx);
    expect(problems).toHaveLength(1);
    expect(problems[0] && wordIssue(problems[0])).toContain(problem);
  });

  it('keeps the good props next to a bad one', () => {
    const { props, problems } = propsOf('<W id="x" a={b} n={2} />');
    expect(props).toEqual({ id: 'x', n: 2 });
    expect(problems.map((problem) => wordIssue(problem))).toEqual([
      'eigenschap "a" van <W> moet een vaste waarde zijn, zoals "tekst", {3} of {["A", "B"]}',
    ]);
  });
});
