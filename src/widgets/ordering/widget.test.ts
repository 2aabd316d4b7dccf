import { describe, expect, it } from 'vitest';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { isRightOrder, moveItem, shownItems, startOrder } from './order-logic.ts';
import { ordering, type OrderingValue } from './widget.ts';

const rules = (() => {
  if (!ordering.answers) throw new Error('ordering is answered live');
  return ordering.answers;
})();
const props = { id: 'volgorde-plan', question: 'Zet in volgorde', items: ['Analyse', 'Doelen', 'Acties', 'Evalueren'] };
const problems = (value: Record<string, unknown>) => {
  const parsed = ordering.props.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const value = (order: number[]): OrderingValue => ({ kind: 'ordering', order });
/** The order of shown places that puts the items right. */
const rightShown = (start: number[]) => start.map((_, position) => start.indexOf(position));

describe('Ordering', () => {
  it('takes 2 to 8 different items', () => {
    expect(problems(props)).toEqual([]);
    expect(problems({ ...props, items: ['Een'] })).toEqual(['items: geef minstens 2 items']);
    expect(problems({ ...props, items: Array.from({ length: 9 }, (_, index) => `Stap ${index}`) })).toEqual([
      'items: geef hoogstens 8 items',
    ]);
    expect(problems({ ...props, items: ['Een', 'een'] })).toEqual(['items: elk item mag maar één keer voorkomen']);
    expect(problems({ ...props, items: ['Een', ' '] })).toEqual(['items.1: een item mag niet leeg zijn']);
  });

  it('shows the items shuffled the same way every time, never already right, and moves them', () => {
    for (const count of [2, 3, 4, 8]) {
      const start = startOrder('x', count);
      expect(start).toEqual(startOrder('x', count));
      expect([...start].sort()).toEqual(Array.from({ length: count }, (_, index) => index));
      expect(isRightOrder(start)).toBe(false);
    }
    expect(shownItems(props)).toEqual(startOrder(props.id, 4).map((index) => props.items[index]));
    expect(moveItem([0, 1, 2, 3], 3, 0)).toEqual([3, 0, 1, 2]);
    expect(moveItem([0, 1, 2, 3], 0, 2)).toEqual([1, 2, 0, 3]);
  });

  it('accepts each shown place once, and keeps the right order on the server until revealed', () => {
    const item = rules.item(props);
    expect(item).toMatchObject({ count: 4, start: startOrder(props.id, 4), reveal: { correct: props.items } });
    expect(rules.check(item, value([3, 2, 1, 0]))).toEqual({ ok: true, value: value([3, 2, 1, 0]) });
    for (const bad of [
      [0, 1, 2],
      [0, 1, 2, 2],
      [0, 1, 2, 4],
      [0, 1, 2, 0.5],
    ])
      expect(rules.check(item, value(bad))).toEqual({ ok: false, code: 'bad_choice' });
  });

  it('counts who had it all right and where each item went, and reads an answer in the report', () => {
    const item = rules.item(props);
    const right = rightShown(item.start);
    const wrong = [...right].reverse();
    const results = rules.summarise(item, [
      { id: 'a', participantId: 'a', value: value(right), createdAt: 0 },
      { id: 'b', participantId: 'b', value: value(wrong), createdAt: 0 },
    ]);
    expect(results.right).toBe(1);
    expect(results.placed[0]).toEqual([1, 0, 0, 1]);
    expect(results.placed[3]).toEqual([1, 0, 0, 1]);
    const described = rules.describe(props);
    expect(described.options).toEqual(shownItems(props));
    expect(rules.answerText(described, value(right))).toBe('1. Analyse | 2. Doelen | 3. Acties | 4. Evalueren');
    expect(rules.verdict?.(described, value(right))).toBe('right');
    expect(rules.verdict?.(described, value(wrong))).toBe('wrong');
    expect(described.rightAnswer).toEqual(['1. Analyse', '2. Doelen', '3. Acties', '4. Evalueren']);
  });
});
