import { describe, expect, it } from 'vitest';
import { parseLesson } from '../shared/lesson/parse.ts';
import { WIDGET_KINDS } from '../widgets/index.ts';
import { GUIDE_SECTIONS, liveExample } from './guide.ts';

const FRONTMATTER = [
  '---',
  'title: T',
  'module: M',
  'subject: S',
  'level: L',
  'durationMinutes: 50',
  'language: nl',
  'goals:',
  '  - doel',
  '---',
  '',
  '## Dia',
  '',
];

describe('the authoring guide', () => {
  it.each(['tekens', 'opdracht'])('shows in "%s" an example the lesson check accepts', (id) => {
    const section = GUIDE_SECTIONS.find((candidate) => candidate.id === id);
    expect(section).toBeDefined();
    const parsed = parseLesson([...FRONTMATTER, section?.code ?? ''].join('\n'));
    expect(parsed.issues).toEqual([]);
  });

  it('has a section from each widget kind’s folder whose example the lesson check accepts, shown live where it says so', () => {
    for (const definition of WIDGET_KINDS) {
      expect(definition.guide.length, definition.kind).toBeGreaterThan(0);
      for (const entry of definition.guide) {
        const section = GUIDE_SECTIONS.find((candidate) => candidate.id === entry.id);
        expect(section?.code).toBe(entry.code);
        const parsed = parseLesson([...FRONTMATTER, entry.code].join('\n'));
        expect(parsed.issues, entry.id).toEqual([]);
        expect(parsed.widgets.some((widget) => widget.name === definition.component), entry.id).toBe(true);
        if (entry.demo !== undefined && section) expect(liveExample(section)?.name).toBe(definition.component);
      }
    }
    expect(new Set(GUIDE_SECTIONS.map((section) => section.id)).size).toBe(GUIDE_SECTIONS.length);
  });

  it('documents <Assignment>, the file names and how to write a literal <', () => {
    const all = GUIDE_SECTIONS.map((section) => `${section.text.nl} ${section.text.en} ${section.code}`).join('\n');
    expect(all).toContain('<Assignment id=');
    expect(all).toContain('alleen kleine letters, cijfers en streepjes: les-9-voorraad.mdx');
    expect(all).toContain('only lowercase letters, digits and dashes: les-9-voorraad.mdx');
    expect(all).toContain('schrijf dan \\< of &lt;');
    expect(all).toContain('write \\< or &lt;');
  });
});
