import { describe, expect, it } from 'vitest';
import { translator } from '../../i18n/index.ts';
import { wordIssue, zodIssueText } from '../../shared/lesson/issues.ts';
import { parseLesson } from '../../shared/lesson/parse.ts';
import { visibleReveals } from '../../shared/session/reveals.ts';
import { inAnyArea } from './area.ts';
import { hotspot, type HotspotValue } from './widget.ts';

const rules = (() => {
  if (!hotspot.answers) throw new Error('a hotspot is answered live');
  return hotspot.answers;
})();
const problems = (props: Record<string, unknown>) => {
  const parsed = hotspot.props.safeParse(props);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${wordIssue(zodIssueText(issue))}`);
};
const base = { id: 'h', question: 'Wie beslist?', image: '/images/dmu-rollen.svg', alt: 'Zes rollen' };
const area = { x: 37, y: 79, width: 26, height: 13 };
const tap = (x: number, y: number): HotspotValue => ({ kind: 'hotspot', x, y });
const answer = (id: string, x: number, y: number) => ({ id, participantId: id, value: tap(x, y), createdAt: 0 });

describe('Hotspot', () => {
  it('takes an image from public/ with a text for it, and up to five right areas within the image', () => {
    expect(problems(base)).toEqual([]);
    expect(problems({ ...base, areas: [area], explanation: 'De beslisser.' })).toEqual([]);
    expect(problems({ ...base, alt: undefined })).toHaveLength(1);
    expect(problems({ ...base, image: 'https://example.com/x.png' })).toHaveLength(1);
    expect(problems({ ...base, areas: [] })).toEqual([
      'areas: areas is een lijst rechthoeken: areas={[{ x: 10, y: 20, width: 30, height: 15 }]}',
    ]);
    expect(problems({ ...base, areas: Array.from({ length: 6 }, () => area) })).toEqual(['areas: hoogstens 5 goede plekken']);
    expect(problems({ ...base, areas: [{ ...area, x: 80 }] })).toEqual([
      'areas.0: de plek valt buiten de afbeelding: x + width en y + height zijn hoogstens 100',
    ]);
    expect(problems({ ...base, areas: [{ ...area, width: 0 }] })).toEqual([
      'areas.0.width: x, y, width en height zijn procenten van 0 tot 100 (width en height minstens 1)',
    ]);
    expect(problems({ ...base, areas: [{ ...area, y: -5 }] })).toHaveLength(1);
    expect(problems({ ...base, areas: [{ ...area, colour: 'rood' }] })).toHaveLength(1);
    expect(problems({ ...base, areas: [[37, 79, 26, 13]] })).toHaveLength(1);
  });

  it('reads areas written as objects in a lesson, lists the image as an asset, and names a bad area with its line and column', () => {
    const lesson = (widget: string) =>
      `---\ntitle: "L"\nmodule: M\nsubject: S\nlevel: MBO\ndurationMinutes: 50\nlanguage: nl\ngoals:\n  - Doel\n---\n\n## Wijs aan\n\n${widget}\n`;
    const good = parseLesson(
      lesson(
        '<Hotspot id="h" question="Wie?" image="/images/dmu-rollen.svg" alt="Rollen" areas={[{ x: 37, y: 79, width: 26, height: 13 }]} />',
      ),
    );
    expect(good.issues).toEqual([]);
    expect(good.widgets[0]?.props.areas).toEqual([area]);
    expect(good.assets).toContainEqual(expect.objectContaining({ path: '/images/dmu-rollen.svg', line: 14 }));
    const bad = parseLesson(
      lesson(
        '<Hotspot id="h" question="Wie?" image="/images/dmu-rollen.svg" alt="Rollen" areas={[{ x: 90, y: 0, width: 20, height: 5 }]} />',
      ),
    );
    expect(bad.issues.map((issue) => [issue.line, issue.column, issue.code])).toEqual([[14, 1, 'lessonIssue.widget.prop']]);
  });

  it('keeps the areas on the server until revealed, and accepts a point on the image only', () => {
    const item = rules.item({ ...base, areas: [area], explanation: 'De beslisser.' });
    expect(item).toEqual({ reveal: { correct: ['37–63% ← →, 79–92% ↑ ↓'], areas: [area], explanation: 'De beslisser.' } });
    expect(rules.item(base)).toEqual({});
    expect(rules.check(item, tap(42.26, 80))).toEqual({ ok: true, value: tap(42.3, 80) });
    expect(rules.value.safeParse(tap(0, 100)).success).toBe(true);
    for (const [x, y] of [
      [-1, 50],
      [50, 100.1],
      [Number.NaN, 2],
    ] as const)
      expect(rules.value.safeParse(tap(x, y)).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'hotspot', x: 1, y: 2, extra: 1 }).success).toBe(false);
    expect(rules.value.safeParse({ kind: 'hotspot', x: '1', y: 2 }).success).toBe(false);
    // What the phones get once the teacher reveals: the areas and the explanation.
    const lesson = { slug: 'l', slideCount: 1, timers: {}, items: { h: { kind: 'hotspot' as const, slide: 1, ...item } } };
    expect(visibleReveals({ revealed: [], modelShown: [] }, lesson)).toEqual({});
    expect(visibleReveals({ revealed: ['h'], modelShown: [] }, lesson).h).toMatchObject({ areas: [area], explanation: 'De beslisser.' });
  });

  it('lists every tap for the heat map and counts those on a right place', () => {
    const item = rules.item({ ...base, areas: [area] });
    expect(rules.summarise(item, [answer('a', 50, 85), answer('b', 10, 10), answer('c', 63, 92)])).toEqual({
      kind: 'hotspot',
      points: [[50, 85], [10, 10], [63, 92]],
      inside: 2,
    }); // prettier-ignore
    expect(rules.summarise(rules.item(base), [answer('a', 50, 85)])).toEqual({ kind: 'hotspot', points: [[50, 85]], inside: null });
    expect(inAnyArea({ x: 36.9, y: 85 }, [area])).toBe(false);
  });

  it("reads a tap in the report in the reader's words, right or wrong by the areas", () => {
    const described = rules.describe({ ...base, areas: [area] });
    expect(described).toMatchObject({ prompt: 'Wie beslist?', image: { src: '/images/dmu-rollen.svg', alt: 'Zes rollen' }, areas: [area] });
    expect(rules.answerText(described, tap(42, 80), translator('nl'))).toBe('42% van links, 80% van boven');
    expect(rules.answerText(described, tap(42, 80), translator('en'))).toBe('42% from the left, 80% from the top');
    expect(rules.verdict?.(described, tap(42, 80))).toBe('right');
    expect(rules.verdict?.(described, tap(10, 80))).toBe('wrong');
    expect(rules.verdict?.(rules.describe(base), tap(10, 80))).toBeNull();
  });
});
