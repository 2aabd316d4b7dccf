import type { Expression, Program } from 'estree';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx';
import { issueText, type IssueText } from './issues.ts';

/** A value an author may give a widget prop. */
export type PropValue = string | number | boolean | null | PropValue[] | { [key: string]: PropValue };

type Evaluated = { ok: true; value: PropValue } | { ok: false };

function evaluate(node: Expression | null | undefined): Evaluated {
  if (!node) return { ok: false };
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' || typeof node.value === 'number' || typeof node.value === 'boolean' || node.value === null
        ? { ok: true, value: node.value }
        : { ok: false };
    case 'TemplateLiteral':
      return node.expressions.length === 0 ? { ok: true, value: node.quasis.map((q) => q.value.cooked ?? '').join('') } : { ok: false };
    case 'UnaryExpression': {
      const inner = evaluate(node.argument);
      return node.operator === '-' && inner.ok && typeof inner.value === 'number' ? { ok: true, value: -inner.value } : { ok: false };
    }
    case 'ArrayExpression': {
      const values: PropValue[] = [];
      for (const element of node.elements) {
        if (!element || element.type === 'SpreadElement') return { ok: false };
        const item = evaluate(element);
        if (!item.ok) return item;
        values.push(item.value);
      }
      return { ok: true, value: values };
    }
    case 'ObjectExpression': {
      // Plain keys only (`{ x: 10 }`, `{ "x": 10 }`): no spread, no computed or prototype keys.
      const entries: [string, PropValue][] = [];
      for (const property of node.properties) {
        if (property.type !== 'Property' || property.computed || property.kind !== 'init' || property.method) return { ok: false };
        const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? property.key.value : null;
        if (typeof key !== 'string' || key === '__proto__') return { ok: false };
        const item = evaluate(property.value as Expression);
        if (!item.ok) return item;
        entries.push([key, item.value]);
      }
      return { ok: true, value: Object.fromEntries(entries) };
    }
    default:
      return { ok: false };
  }
}

function evaluateProgram(program: Program | null | undefined): Evaluated {
  const statement = program?.body[0];
  if (!statement || program.body.length !== 1 || statement.type !== 'ExpressionStatement') return { ok: false };
  return evaluate(statement.expression);
}

export interface PropsResult {
  props: Record<string, PropValue>;
  problems: IssueText[];
}

/**
 * Reads a JSX element's attributes as plain values. Widget props must be literals (strings,
 * numbers, booleans, arrays and plain objects of those) so that lessons can be checked and outlined without running them.
 */
export function readProps(element: MdxJsxFlowElement | MdxJsxTextElement): PropsResult {
  const props: Record<string, PropValue> = {};
  const problems: IssueText[] = [];
  for (const attribute of element.attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      problems.push(issueText('lessonIssue.widget.spread', { name: element.name ?? '' }));
      continue;
    }
    if (Object.hasOwn(props, attribute.name)) {
      problems.push(issueText('lessonIssue.widget.twice', { prop: attribute.name, name: element.name ?? '' }));
      continue;
    }
    const { value } = attribute;
    if (value === null || value === undefined) {
      props[attribute.name] = true;
    } else if (typeof value === 'string') {
      props[attribute.name] = value;
    } else {
      const evaluated = evaluateProgram(value.data?.estree);
      if (evaluated.ok) props[attribute.name] = evaluated.value;
      else problems.push(issueText('lessonIssue.widget.notLiteral', { prop: attribute.name, name: element.name ?? '' }));
    }
  }
  return { props, problems };
}
