import { describe, expect, it } from 'vitest';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { scaleMean } from './limits.ts';
import { scale, type ScaleValue } from './widget.ts';

const rules = (() => {
  if (!scale.answers) throw new Error('a scale is answered live');
  return scale.answers;
})();
const problems = (props: Record<string, unknown>) => {
  const parsed = scale.props.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const value = (point: number): ScaleValue => ({ kind: 'scale', value: point });
const answer = (id: string, point: number) => ({ id, participantId: id, value: value(point), createdAt: 0 });

describe('Scale', () => {
  it('takes 1 to 5 by default, 0 or 1 to at most 10, and short labels at the ends', () => {
    expect(problems({ id: 's', question: 'Hoe tevreden?' })).toEqual([]);
    expect(problems({ id: 's', question: 'Hoe tevreden?', min: 0, max: 10, minLabel: 'niet', maxLabel: 'heel', slider: true })).toEqual([]);
    expect(problems({ id: 's', question: 'Hoe?', max: 11 })).toEqual(['max: max is een heel getal van 2 tot en met 10']);
    expect(problems({ id: 's', question: 'Hoe?', max: 1 })).toEqual(['max: max is een heel getal van 2 tot en met 10']);
    expect(problems({ id: 's', question: 'Hoe?', min: 2 })).toEqual(['min: min is 0 of 1']);
    expect(problems({ id: 's', question: 'Hoe?', minLabel: 'x'.repeat(41) })).toEqual([
      'minLabel: een label aan het eind van de schaal is hoogstens 40 tekens',
    ]);
  });

  it('keeps the ends in the session and accepts a whole point between them only', () => {
    const item = rules.item({ id: 's', question: 'Hoe?', max: 4 });
    expect(item).toEqual({ min: 1, max: 4 });
    expect(rules.check(item, value(1))).toEqual({ ok: true, value: value(1) });
    expect(rules.check(item, value(4))).toEqual({ ok: true, value: value(4) });
    for (const bad of [0, 5, 2.5]) expect(rules.check(item, value(bad))).toEqual({ ok: false, code: 'bad_choice' });
    expect(rules.value.safeParse({ kind: 'scale', value: 3 }).success).toBe(true);
    expect(rules.value.safeParse({ kind: 'scale', value: '3' }).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'scale', value: 3, extra: 1 }).success).toBe(false);
  });

  it('counts each point and works out the mean', () => {
    const item = { min: 1, max: 5 };
    expect(rules.summarise(item, [answer('a', 5), answer('b', 4), answer('c', 4), answer('d', 1)])).toEqual({
      kind: 'scale',
      min: 1,
      counts: [1, 0, 0, 2, 1],
      mean: 3.5,
    });
    expect(rules.summarise(item, [])).toEqual({ kind: 'scale', min: 1, counts: [0, 0, 0, 0, 0], mean: null });
    expect(scaleMean(0, [1, 1, 2])).toBe(1.25);
    expect(scaleMean(1, [0, 0])).toBeNull();
  });

  it('reads an answer in the report with the label of its end', () => {
    const props = { id: 's', question: 'Hoe tevreden?', minLabel: 'helemaal niet', maxLabel: 'heel erg' };
    const described = rules.describe(props);
    expect(described.options).toEqual(['1 (helemaal niet)', '2', '3', '4', '5 (heel erg)']);
    expect(rules.answerText(described, value(5))).toBe('5 (heel erg)');
    expect(rules.answerText(described, value(3))).toBe('3');
    expect(rules.verdict).toBeUndefined();
  });
});
