import { describe, expect, it } from 'vitest';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { isComplete, pairUp, rightStart, shownRights, unpair } from './match-logic.ts';
import { matching, type MatchingValue } from './widget.ts';

const rules = (() => {
  if (!matching.answers) throw new Error('matching is answered live');
  return matching.answers;
})();
const props = {
  id: 'koppel-binding',
  question: 'Welk voorbeeld hoort waar?',
  pairs: [
    ['Financieel', 'Spaarpunten'],
    ['Sociaal', 'Verjaardagskaart'],
    ['Structureel', 'Abonnement'],
  ] as [string, string][],
};
const problems = (value: Record<string, unknown>) => {
  const parsed = matching.props.safeParse(value);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const value = (pairs: number[]): MatchingValue => ({ kind: 'matching', pairs });
/** For each left item, the shown place of its right match. */
const rightPairs = (start: number[]) => start.map((_, left) => start.indexOf(left));

describe('Matching', () => {
  it('takes 2 to 8 pairs of two texts, each text once per side', () => {
    expect(problems(props)).toEqual([]);
    expect(problems({ ...props, pairs: [['Een', 'Twee']] })).toEqual(['pairs: geef minstens 2 paren']);
    expect(problems({ ...props, pairs: [['Een', 'Twee'], ['Drie']] })[0]).toContain('pairs.1');
    expect(
      problems({
        ...props,
        pairs: [
          ['Een', 'Twee'],
          ['een', 'Drie'],
        ],
      }),
    ).toEqual(['pairs: elke tekst mag links en rechts maar één keer voorkomen']);
    expect(
      problems({
        ...props,
        pairs: [
          ['Een', 'Twee'],
          ['Drie', ' '],
        ],
      }),
    ).toEqual(['pairs.1.1: een kant van een paar mag niet leeg zijn']);
  });

  it('pairs and unpairs, each right item once', () => {
    expect(pairUp([-1, -1, -1], 0, 2)).toEqual([2, -1, -1]);
    expect(pairUp([2, -1, -1], 1, 2)).toEqual([-1, 2, -1]);
    expect(unpair([2, 0, 1], 1)).toEqual([2, -1, 1]);
    expect(isComplete([2, 0, 1], 3)).toBe(true);
    expect(isComplete([2, 0, -1], 3)).toBe(false);
    expect(isComplete([2, 2, 1], 3)).toBe(false);
  });

  it('accepts a complete matching only, and counts who had every pair right', () => {
    const item = rules.item(props);
    expect(item.start).toEqual(rightStart(props.id, 3));
    expect(item.reveal?.correct).toEqual(['Financieel → Spaarpunten', 'Sociaal → Verjaardagskaart', 'Structureel → Abonnement']);
    expect(rules.check(item, value([0, 1, 2]))).toEqual({ ok: true, value: value([0, 1, 2]) });
    for (const bad of [
      [0, 1],
      [0, 0, 1],
      [0, 1, 3],
      [0, 1, -1],
    ])
      expect(rules.check(item, value(bad))).toEqual({ ok: false, code: 'bad_choice' });
    const right = rightPairs(item.start);
    const swapped = [right[1] ?? 0, right[0] ?? 0, right[2] ?? 0];
    const results = rules.summarise(item, [
      { id: 'a', participantId: 'a', value: value(right), createdAt: 0 },
      { id: 'b', participantId: 'b', value: value(swapped), createdAt: 0 },
    ]);
    expect(results.right).toBe(1);
    expect(results.matched).toEqual([
      [1, 1, 0],
      [1, 1, 0],
      [0, 0, 2],
    ]);
  });

  it('reads an answer as pairs in the report, right or wrong', () => {
    const item = rules.item(props);
    const described = rules.describe(props);
    expect(described.options).toEqual(shownRights(props));
    expect(described.lefts).toEqual(['Financieel', 'Sociaal', 'Structureel']);
    const right = rightPairs(item.start);
    expect(rules.answerText(described, value(right))).toBe(
      'Financieel → Spaarpunten | Sociaal → Verjaardagskaart | Structureel → Abonnement',
    );
    expect(rules.verdict?.(described, value(right))).toBe('right');
    expect(rules.verdict?.(described, value([right[1] ?? 0, right[0] ?? 0, right[2] ?? 0]))).toBe('wrong');
  });
});
