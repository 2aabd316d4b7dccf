import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { parseLesson } from '../../shared/lesson/parse.ts';
import {
  asDrawing,
  clampPoint,
  DRAWING_MAX_POINTS,
  DRAWING_MAX_STROKES,
  fitsLimits,
  pointCount,
  strokePath,
  withPoint,
  type Stroke,
} from './strokes.ts';
import { drawing, type DrawingValue } from './widget.ts';

const rules = (() => {
  if (!drawing.answers) throw new Error('the class answers drawings live');
  return drawing.answers;
})();
const problems = (props: Record<string, unknown>) => {
  const parsed = drawing.props.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const line = (points: number[], colour: Stroke['colour'] = 0, width = 1): Stroke => ({ colour, width, points });
const value = (...strokes: Stroke[]): DrawingValue => ({ kind: 'drawing', strokes });

describe('Drawing', () => {
  it('takes a prompt, and an image in public/ only with its alt', () => {
    expect(problems({ id: 't', prompt: 'Teken een klantreis' })).toEqual([]);
    expect(problems({ id: 't', prompt: 'Teken', image: '/images/x.svg', alt: 'Een winkel' })).toEqual([]);
    expect(problems({ id: 't', prompt: 'Teken', image: '/images/x.svg' })).toEqual([
      'alt: geef bij image ook alt: wat de afbeelding laat zien',
    ]);
    expect(problems({ id: 't', prompt: 'Teken', image: 'https://example.org/x.png', alt: 'x' })).toHaveLength(1);
    expect(problems({ id: 't' })).toHaveLength(1);
  });

  it('names a bad prop with its line and column', () => {
    const parsed = parseLesson(`---
title: "Les"
module: M
subject: S
level: MBO
durationMinutes: 50
language: nl
goals:
  - Doel
---

## Teken

  <Drawing id="teken" prompt="Teken" image="/images/dmu-rollen.svg" />
`);
    expect(parsed.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[14, 3, 'lessonIssue.widget.prop']]);
  });

  it('accepts lines on the canvas within the limits, nothing else', () => {
    const item = rules.item({ id: 't', prompt: 'Teken' });
    const ok = value(line([0, 0, 1000, 750]), line([10, 10], 'eraser', 2));
    expect(rules.check(item, ok)).toEqual({ ok: true, value: ok });
    expect(rules.check(item, value())).toEqual({ ok: false, code: 'empty_answer' });
    expect(rules.check(item, value(line([10, 751])))).toEqual({ ok: false, code: 'bad_choice' });
    expect(rules.check(item, value(line([1001, 10])))).toEqual({ ok: false, code: 'bad_choice' });
    expect(rules.check(item, value(line([1, 2, 3])))).toEqual({ ok: false, code: 'bad_choice' });
    const tooMany = Array.from({ length: 4 }, () => line(Array.from({ length: 2600 }, () => 5)));
    expect(rules.check(item, value(...tooMany))).toEqual({ ok: false, code: 'drawing_too_big', params: { max: DRAWING_MAX_POINTS } });
    // The wire shape: strict, whole numbers, known colours and widths.
    expect(rules.value.safeParse(ok).success).toBe(true);
    expect(rules.value.safeParse(value(line([1.5, 2])))).toMatchObject({ success: false });
    expect(rules.value.safeParse(value(line([1, 2], 5)))).toMatchObject({ success: false });
    expect(rules.value.safeParse(value(line([1, 2], 0, 3)))).toMatchObject({ success: false });
    expect(rules.value.safeParse(value(line([-1, 2])))).toMatchObject({ success: false });
    expect(rules.value.safeParse({ ...ok, extra: 1 }).success).toBe(false);
    expect(rules.value.safeParse(value(...Array.from({ length: DRAWING_MAX_STROKES + 1 }, () => line([1, 1]))))).toMatchObject({
      success: false,
    });
  });

  it('fits the largest drawing it accepts in one live message (64 KB)', () => {
    const perStroke = Math.floor(DRAWING_MAX_POINTS / DRAWING_MAX_STROKES);
    const biggest = value(
      ...Array.from({ length: DRAWING_MAX_STROKES }, () =>
        line(
          Array.from({ length: perStroke * 2 }, (_, index) => (index % 2 === 0 ? 1000 : 750)),
          'eraser',
          2,
        ),
      ),
    );
    expect(pointCount(biggest.strokes)).toBe(DRAWING_MAX_POINTS);
    expect(rules.check({}, biggest).ok).toBe(true);
    const message = JSON.stringify(['answer:submit', { itemId: 'a'.repeat(63), clientAnswerId: 'x'.repeat(36), value: biggest }]);
    expect(message.length).toBeLessThan(64 * 1024);
  });

  it('lists the drawings by size, without their lines, and reads them in the report', () => {
    const answers = [
      { id: 'a', participantId: 'ada', createdAt: 1, value: value(line([1, 1, 5, 5]), line([9, 9])) },
      { id: 'b', participantId: 'bo', createdAt: 2, value: value(line([1, 1, 2, 2, 3, 3], 'eraser', 2)) },
    ];
    expect(rules.summarise({}, answers)).toEqual({
      kind: 'drawing',
      drawings: [
        { id: 'a', by: 'ada', size: 3 },
        { id: 'b', by: 'bo', size: 3 },
      ],
    });
    const described = rules.describe({ id: 't', prompt: 'Teken', image: '/images/x.svg', alt: 'Een winkel' });
    expect(described).toEqual({
      prompt: 'Teken',
      options: [],
      correct: [],
      hasModel: false,
      image: { src: '/images/x.svg', alt: 'Een winkel' },
    });
    expect(rules.answerText(described, answers[0]?.value ?? value(), translator('nl'))).toBe('tekening (lijnen: 2)');
    expect(rules.answerText(described, answers[1]?.value ?? value(), translator('en'))).toBe('drawing (lines: 0)');
    expect(rules.tally).toBeUndefined();
  });

  it('the pad keeps points whole and on the canvas, skips a still finger, and draws a dot for a tap', () => {
    expect(clampPoint(-5, 900.4)).toEqual([0, 750]);
    expect(clampPoint(Number.NaN, 12.6)).toEqual([0, 13]);
    const start = line([100, 100]);
    expect(withPoint(start, 101, 100.5)).toBe(start);
    expect(withPoint(start, 110, 120).points).toEqual([100, 100, 110, 120]);
    expect(strokePath([100, 100])).toBe('M100 100L100 100');
    expect(strokePath([1, 2, 3, 4, 5, 6])).toBe('M1 2L3 4 5 6');
    expect(fitsLimits([line([1, 1])])).toBe(true);
    expect(asDrawing({ strokes: [line([1, 2]), { points: 'x' }, null] })).toEqual([line([1, 2])]);
    expect(asDrawing('nonsense')).toEqual([]);
  });
});
