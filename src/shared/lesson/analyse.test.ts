import { describe, expect, it } from 'vitest';
import { analyseLesson } from './analyse.ts';
import { parseBody } from './parse.ts';

const analyse = (...lines: string[]) => {
  const body = lines.join('\n') + '\n';
  return analyseLesson(parseBody(body), body);
};

describe('analyseLesson: slide kinds', () => {
  const cases: { name: string; lines: string[]; kinds: string[] }[] = [
    { name: 'text only', lines: ['## Agenda', '', '- a', '- b'], kinds: ['text'] },
    { name: 'a heading alone', lines: ['# Wat weet je al?'], kinds: ['text'] },
    { name: 'heading + quiz', lines: ['## Vraag', '', '<Quiz id="q" question="Q" options={["a", "b"]} correct="A" />'], kinds: ['quiz'] },
    { name: 'prose + timer', lines: ['## Opdracht', '', 'Bedenk iets.', '', '<Timer id="t" duration="4:00" />'], kinds: ['text', 'timer'] },
    {
      name: 'prose + poll',
      lines: ['## Stemmen', '', 'Ja: staan', '', '<Poll id="p" question="Q" options={["Ja", "Nee"]} />'],
      kinds: ['text', 'poll'],
    },
    {
      name: 'mind map + notes (notes are not text)',
      lines: ['## Woordweb', '', '<MindMap id="m" term="T" />', '', '<Notes>', '', 'Notitie.', '', '</Notes>'],
      kinds: ['mindMap'],
    },
    {
      name: 'two timers count once',
      lines: ['## Twee', '', '<Timer id="a" duration="1:00" />', '', '<Timer id="b" duration="2:00" />'],
      kinds: ['timer'],
    },
    {
      name: 'video then quiz keeps document order',
      lines: ['<Video title="V" pending />', '', '<Quiz id="q" question="Q" options={["a", "b"]} correct="B" />'],
      kinds: ['video', 'quiz'],
    },
    {
      name: 'columns with content are text',
      lines: ['<Column>', '', '- links', '', '</Column>', '<Column>', '', '- rechts', '', '</Column>'],
      kinds: ['text'],
    },
    { name: 'a table is text', lines: ['| a | b |', '| - | - |', '| 1 | 2 |'], kinds: ['text'] },
    { name: 'an image is text', lines: ['## Foto', '', '![Een winkel](/images/winkel.jpg)'], kinds: ['text'] },
    { name: 'quote is text', lines: ['> citaat', '', '<OpenQuestion id="o" question="Q" />'], kinds: ['text', 'openQuestion'] },
    { name: 'assignment', lines: ['## Opdracht', '', '<Assignment id="a" title="Moodboard" />'], kinds: ['assignment'] },
  ];
  it.each(cases)('$name', ({ lines, kinds }) => {
    const result = analyse(...lines);
    expect(result.issues).toEqual([]);
    expect(result.slides.map((slide) => slide.kinds)).toEqual([kinds]);
  });
});

describe('analyseLesson: slide titles', () => {
  const cases: { name: string; lines: string[]; title: string }[] = [
    { name: 'first heading', lines: ['## Doel van deze les', '', '### Onder', '', 'tekst'], title: 'Doel van deze les' },
    { name: 'heading with markup', lines: ['## Wat is **duurder**?'], title: 'Wat is duurder?' },
    { name: 'options title wins', lines: ['---', 'title: Kort', '---', '', '## Een heel lange kop'], title: 'Kort' },
    {
      name: 'quiz question without heading',
      lines: ['<Quiz id="q" question="Wat is duurder?" options={["a", "b"]} correct="A" />'],
      title: 'Wat is duurder?',
    },
    { name: 'mind map term without heading', lines: ['<MindMap id="m" term="Relatiebeheer?" />'], title: 'Relatiebeheer?' },
    { name: 'video title without heading', lines: ['<Video title="Klantbehoud" pending />'], title: 'Klantbehoud' },
    { name: 'nothing to use', lines: ['Alleen tekst.'], title: 'Dia 1' },
  ];
  it.each(cases)('$name', ({ lines, title }) => {
    const result = analyse(...lines);
    expect(result.issues).toEqual([]);
    expect(result.slides.map((slide) => slide.title)).toEqual([title]);
  });

  it('numbers the fallback title by position', () => {
    const result = analyse('## Een', '', '---', '', 'tekst', '', '---', '', 'meer');
    expect(result.slides.map((slide) => slide.title)).toEqual(['Een', 'Dia 2', 'Dia 3']);
  });
});

describe('analyseLesson: widgets', () => {
  it('finds widgets nested in columns and inline in text, with slide index and line', () => {
    const result = analyse(
      '## Een', // 1
      '',
      '---',
      '',
      '<Column>', // 5
      '',
      '<Poll id="p" question="Q" options={["Ja", "Nee"]} />', // 7
      '',
      '</Column>',
      '',
      'Nog even <Timer id="t" duration="0:30" /> wachten.', // 11
    );
    expect(result.issues).toEqual([]);
    expect(result.widgets.map((widget) => [widget.name, widget.kind, widget.id, widget.slideIndex, widget.line])).toEqual([
      ['Poll', 'poll', 'p', 2, 7],
      ['Timer', 'timer', 't', 2, 11],
    ]);
    expect(result.slides[1]?.kinds).toEqual(['text', 'poll', 'timer']);
  });

  it('does not list Notes and Column as widgets, but marks notes', () => {
    const result = analyse('## A', '', '<Notes>', '', 'x', '', '</Notes>');
    expect(result.widgets).toEqual([]);
    expect(result.slides[0]?.hasNotes).toBe(true);
  });

  it('reads literal props: numbers, booleans, arrays', () => {
    const result = analyse('<OpenQuestion id="o" question="Q" maxLength={500} />', '', '<Video title="V" pending />');
    expect(result.widgets.map((widget) => widget.props)).toEqual([
      { id: 'o', question: 'Q', maxLength: 500 },
      { title: 'V', pending: true },
    ]);
  });
});
