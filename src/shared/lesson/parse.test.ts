import { describe, expect, it } from 'vitest';
import { parseLesson, separateFrontmatter } from './parse.ts';
import { lessonSource as lesson } from '../../../tests/fixtures/lesson-source.ts';
import { widgets } from '../../widgets/index.ts';

/** A one-slide lesson with a heading on line 12 and `widget` on line 14. */
const widgetLesson = (widget: string): string => lesson('', '## Vraag', '', widget);

/** A lesson with the given frontmatter lines (between the two `---`, from line 2) and one slide. */
const withFrontmatter = (...yamlLines: string[]): string => ['---', ...yamlLines, '---', '', '## Dia'].join('\n') + '\n';

const place = (issues: { line: number; column: number; message: string }[]) => issues.map(({ line, column }) => ({ line, column }));

describe('parseLesson: a valid lesson', () => {
  const source = [
    '---',
    'title: "Les 2: Wat is Relatiebeheer?"',
    'module: Relatiebeheer',
    'subject: Handel',
    'level: "MBO Handel, studiejaar 3"',
    'durationMinutes: 100',
    'language: nl',
    'order: 2',
    'goals:',
    '  - Je weet wat relatiebeheer is',
    '---', // 11
    '---', // 12: options block of slide 1, right after the frontmatter
    'layout: title',
    '---',
    '',
    '# Welkom!', // 16
    '',
    'Relatiebeheer',
    '',
    '---', // 20
    '',
    '## Zelfstandige opdracht', // 22
    '',
    'Bedenk per niveau een activiteit.',
    '',
    '<Timer id="timer-zelfstandig" duration="4:00" label="Zelfstandig werken" />', // 26
    '',
    '---',
    '',
    '## Wat is duurder?', // 30
    '',
    '<Quiz id="quiz-kosten" question="Wat is duurder?" options={["het behouden van klanten", "werven van nieuwe klanten"]} correct="B" />', // 32
    '',
    '---',
    '',
    '## Klantenbinding', // 36
    '',
    'Alle acties die erop gericht zijn klanten te behouden.',
    '',
    '<Notes>',
    '',
    'Vraag naar voorbeelden.',
    '',
    '</Notes>',
    '',
  ].join('\n');
  const parsed = parseLesson(source);

  it('has no issues and valid frontmatter', () => {
    expect(parsed.issues).toEqual([]);
    expect(parsed.frontmatter).toEqual({
      title: 'Les 2: Wat is Relatiebeheer?',
      module: 'Relatiebeheer',
      subject: 'Handel',
      level: 'MBO Handel, studiejaar 3',
      durationMinutes: 100,
      language: 'nl',
      order: 2,
      goals: ['Je weet wat relatiebeheer is'],
    });
  });

  it('splits into four slides with their lines, titles, kinds, options and notes', () => {
    expect(
      parsed.slides.map(({ index, line, title, kinds, options, hasNotes }) => ({ index, line, title, kinds, options, hasNotes })),
    ).toEqual([
      { index: 1, line: 13, title: 'Welkom!', kinds: ['text'], options: { layout: 'title' }, hasNotes: false },
      { index: 2, line: 22, title: 'Zelfstandige opdracht', kinds: ['text', 'timer'], options: {}, hasNotes: false },
      { index: 3, line: 30, title: 'Wat is duurder?', kinds: ['quiz'], options: {}, hasNotes: false },
      { index: 4, line: 36, title: 'Klantenbinding', kinds: ['text'], options: {}, hasNotes: true },
    ]);
  });

  it('lists the widgets with their props, slide and line', () => {
    expect(parsed.widgets).toEqual([
      {
        name: 'Timer',
        kind: 'timer',
        id: 'timer-zelfstandig',
        props: { id: 'timer-zelfstandig', duration: '4:00', label: 'Zelfstandig werken' },
        slideIndex: 2,
        line: 26,
      },
      {
        name: 'Quiz',
        kind: 'quiz',
        id: 'quiz-kosten',
        props: {
          id: 'quiz-kosten',
          question: 'Wat is duurder?',
          options: ['het behouden van klanten', 'werven van nieuwe klanten'],
          correct: 'B',
        },
        slideIndex: 3,
        line: 32,
      },
    ]);
    expect(parsed.slides[1]?.widgets.map((widget) => widget.id)).toEqual(['timer-zelfstandig']);
    expect(parsed.slides[0]?.widgets).toEqual([]);
  });

  it('gives the same result for Windows line endings', () => {
    const crlf = parseLesson(source.replace(/\n/g, '\r\n'));
    expect(crlf.issues).toEqual([]);
    expect(crlf.slides.map((slide) => [slide.line, slide.title, slide.kinds])).toEqual(
      parsed.slides.map((slide) => [slide.line, slide.title, slide.kinds]),
    );
    expect(crlf.slides[0]?.options).toEqual({ layout: 'title' });
  });
});

describe('separateFrontmatter', () => {
  it('returns the YAML and a body whose lines keep their numbers', () => {
    const source = '---\ntitle: X\nmodule: Y\n---\n\n## Dia\n';
    const { yaml, body } = separateFrontmatter(source);
    expect(yaml).toBe('title: X\nmodule: Y');
    expect(body).toBe('\n\n\n\n\n## Dia\n');
    expect(body.split('\n')[5]).toBe('## Dia');
  });

  it('returns null YAML and the untouched source without frontmatter', () => {
    expect(separateFrontmatter('## Dia\n\ntekst\n')).toEqual({ yaml: null, body: '## Dia\n\ntekst\n' });
  });

  it('handles CRLF and a file that ends right after the frontmatter', () => {
    expect(separateFrontmatter('---\r\ntitle: X\r\n---\r\n## A').yaml).toBe('title: X');
    expect(separateFrontmatter('---\ntitle: X\n---')).toEqual({ yaml: 'title: X', body: '\n\n' });
  });
});

describe('parseLesson: frontmatter problems are reported on the right line', () => {
  const cases: { name: string; source: string; line: number; column: number; message: string }[] = [
    {
      name: 'missing title (reported on the first frontmatter line)',
      source: withFrontmatter('module: M', 'subject: S', 'level: L', 'durationMinutes: 50', 'language: nl', 'goals:', '  - doel'),
      line: 2,
      column: 1,
      message: 'frontmatter title: titel ontbreekt',
    },
    {
      name: 'durationMinutes as text',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: honderd',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 6,
      column: 1,
      message: 'frontmatter durationMinutes: durationMinutes moet een getal (minuten) zijn',
    },
    {
      name: 'durationMinutes as a quoted number',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: "100"',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 6,
      column: 1,
      message: 'frontmatter durationMinutes: durationMinutes moet een getal (minuten) zijn',
    },
    {
      name: 'durationMinutes not whole',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 47.5',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 6,
      column: 1,
      message: 'frontmatter durationMinutes: durationMinutes moet een heel getal zijn',
    },
    {
      name: 'unknown field',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'author: Iemand',
        'goals:',
        '  - doel',
      ),
      line: 8,
      column: 1,
      message: 'frontmatter: onbekend veld "author"',
    },
    {
      name: 'unknown language',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: de',
        'goals:',
        '  - doel',
      ),
      line: 7,
      column: 1,
      message: 'frontmatter language: language moet "nl" of "en" zijn',
    },
    {
      name: 'no goals',
      source: withFrontmatter('title: T', 'module: M', 'subject: S', 'level: L', 'durationMinutes: 50', 'language: nl', 'goals: []'),
      line: 8,
      column: 1,
      message: 'frontmatter goals: geef minstens één leerdoel (goals)',
    },
    {
      name: 'cover outside public/',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'cover: images/x.jpg',
        'goals:',
        '  - doel',
      ),
      line: 8,
      column: 1,
      message: 'frontmatter cover: cover moet een afbeelding in public/ zijn, zoals /images/cover.jpg',
    },
    {
      name: 'broken YAML: an unquoted colon in the title',
      source: withFrontmatter(
        'title: Les 2: Wat is relatiebeheer?',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 2,
      column: 8,
      message:
        'frontmatter is geen geldige YAML: er staat een tweede dubbele punt in deze waarde; zet de hele waarde tussen aanhalingstekens',
    },
    {
      name: 'broken YAML: a key twice',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'title: U',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 5,
      column: 1,
      message: 'frontmatter is geen geldige YAML: dit veld staat er twee keer; haal een van beide weg',
    },
    {
      name: 'broken YAML: a field indented under the one above',
      source: withFrontmatter(
        'title: T',
        '  module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 3,
      column: 1,
      message: 'frontmatter is geen geldige YAML: deze regel is anders ingesprongen dan de regels erboven',
    },
    {
      name: 'broken YAML: a tab before a goal',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'goals:',
        '\t- doel',
      ),
      line: 9,
      column: 1,
      message: 'frontmatter is geen geldige YAML: er staat een tab vooraan de regel; gebruik spaties',
    },
    {
      name: 'broken YAML: a quote not closed',
      source: withFrontmatter(
        'title: "T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'goals:',
        '  - doel',
      ),
      line: 9,
      column: 9,
      message: 'frontmatter is geen geldige YAML: een aanhalingsteken wordt niet gesloten',
    },
    {
      name: 'a field without a space after the colon (the frontmatter is one text)',
      source: withFrontmatter('title:T'),
      line: 2,
      column: 1,
      message:
        'de frontmatter is geen lijst van velden: schrijf elk veld op een eigen regel als naam: waarde, met een spatie na de dubbele punt',
    },
    {
      name: 'missing durationMinutes says it is missing',
      source: withFrontmatter('title: T', 'module: M', 'subject: S', 'level: L', 'language: nl', 'goals:', '  - doel'),
      line: 2,
      column: 1,
      message: 'frontmatter durationMinutes: durationMinutes ontbreekt',
    },
    {
      name: 'a goal indented three spaces runs into the one above',
      source: withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 50',
        'language: nl',
        'goals:',
        '  - Eerste doel',
        '   - Tweede doel',
        '  - Derde doel',
      ),
      line: 10,
      column: 1,
      message: 'dit leerdoel loopt door op de volgende regel en wordt één doel met het vorige',
    },
    {
      name: 'no frontmatter at all',
      source: '## Geen frontmatter\n\nTekst.\n',
      line: 1,
      column: 1,
      message: 'de les begint niet met frontmatter (--- titel, module, ... ---)',
    },
  ];

  it.each(cases)('$name', ({ source, line, column, message }) => {
    const parsed = parseLesson(source);
    expect(parsed.frontmatter).toBeNull();
    expect(place(parsed.issues)).toEqual([{ line, column }]);
    expect(parsed.issues[0]?.message).toContain(message);
    // The body is still read: the single slide is there.
    expect(parsed.slides).toHaveLength(1);
  });

  it('accepts a lesson in English with every optional field', () => {
    const parsed = parseLesson(
      withFrontmatter(
        'title: T',
        'module: M',
        'subject: S',
        'level: L',
        'durationMinutes: 5',
        'language: en',
        'order: 0',
        'description: Kort.',
        'cover: /images/cover.webp',
        'goals:',
        '  - doel',
      ),
    );
    expect(parsed.issues).toEqual([]);
    expect(parsed.frontmatter).toMatchObject({
      language: 'en',
      order: 0,
      durationMinutes: 5,
      cover: '/images/cover.webp',
      description: 'Kort.',
    });
  });
});

describe('parseLesson: widget problems are reported on the widget line', () => {
  const cases: { name: string; widget: string; message: string }[] = [
    {
      name: 'missing widget id',
      widget: '<Quiz question="Klopt dit?" options={["Ja", "Nee"]} correct="A" />',
      message: '<Quiz> eigenschap "id": id ontbreekt',
    },
    {
      name: 'id with capitals and spaces',
      widget: '<Poll id="Poll 1" question="Q" options={["Ja", "Nee"]} />',
      message: '<Poll> eigenschap "id": id mag alleen kleine letters, cijfers en streepjes bevatten',
    },
    {
      name: 'quiz letter beyond the options',
      widget: '<Quiz id="q" question="Q" options={["Ja", "Nee"]} correct="C" />',
      message: '<Quiz> eigenschap "correct": "C" is geen optie van deze quiz (kies uit A-B)',
    },
    {
      name: 'quiz letter list with one beyond',
      widget: '<Quiz id="q" question="Q" options={["a", "b", "c"]} correct={["A", "D"]} />',
      message: '"D" is geen optie van deze quiz (kies uit A-C)',
    },
    {
      name: 'quiz without correct',
      widget: '<Quiz id="q" question="Q" options={["Ja", "Nee"]} />',
      message: '<Quiz> eigenschap "correct": correct moet een letter zijn ("B") of een lijst letters ({["A", "C"]})',
    },
    {
      name: 'quiz correct as a number',
      widget: '<Quiz id="q" question="Q" options={["Ja", "Nee"]} correct={1} />',
      message: '<Quiz> eigenschap "correct": correct moet een letter zijn ("B")',
    },
    {
      name: 'quiz letter twice',
      widget: '<Quiz id="q" question="Q" options={["a", "b", "c"]} correct={["A", "A"]} />',
      message: 'een letter staat dubbel in correct',
    },
    {
      name: 'quiz with one option',
      widget: '<Quiz id="q" question="Q" options={["Ja"]} correct="A" />',
      message: '<Quiz> eigenschap "options": geef minstens 2 opties',
    },
    {
      name: 'quiz without question',
      widget: '<Quiz id="q" options={["Ja", "Nee"]} correct="A" />',
      message: '<Quiz> eigenschap "question": question ontbreekt',
    },
    {
      name: 'timer "4:70"',
      widget: '<Timer id="t" duration="4:70" />',
      message: '<Timer> eigenschap "duration": "4:70" is geen geldige duur; gebruik m:ss, zoals 4:00',
    },
    { name: 'timer "abc"', widget: '<Timer id="t" duration="abc" />', message: '"abc" is geen geldige duur' },
    {
      name: 'timer "0:01" (too short)',
      widget: '<Timer id="t" duration="0:01" />',
      message: '<Timer> eigenschap "duration": een timer duurt tussen 0:05 en 90:00',
    },
    { name: 'timer "120:00" (too long)', widget: '<Timer id="t" duration="120:00" />', message: 'een timer duurt tussen 0:05 en 90:00' },
    { name: 'timer without duration', widget: '<Timer id="t" />', message: 'duration ontbreekt (zoals "4:00")' },
    {
      name: 'video without a source',
      widget: '<Video id="v" title="Klantbehoud" />',
      message: '<Video> eigenschap "src": video zonder bron',
    },
    {
      name: 'video with two sources',
      widget: '<Video title="V" youtube="dQw4w9WgXcQ" vimeo="123456" />',
      message: 'geef precies één bron: youtube, vimeo of src',
    },
    {
      name: 'video with a youtube link instead of an id',
      widget: '<Video title="V" youtube="https://youtu.be/dQw4w9WgXcQ" />',
      message: '<Video> eigenschap "youtube": youtube is de video-id van 11 tekens',
    },
    { name: 'video with a short youtube id', widget: '<Video title="V" youtube="abc" />', message: 'youtube is de video-id van 11 tekens' },
    {
      name: 'video that ends before it starts',
      widget: '<Video title="V" vimeo="123456" start="1:00" end="0:30" />',
      message: '<Video> eigenschap "end": end moet na start liggen',
    },
    {
      name: 'video file that is not mp4/webm',
      widget: '<Video title="V" src="/videos/les.mov" />',
      message: 'src is een .mp4- of .webm-bestand in public/',
    },
    {
      name: 'video file on another site',
      widget: '<Video title="V" src="https://evil.example/les.mp4" />',
      message:
        '<Video> eigenschap "src": src is een .mp4- of .webm-bestand in public/, zoals /videos/les.mp4; geen adres van een andere site',
    },
    {
      name: 'single-answer quiz with several correct letters',
      widget: '<Quiz id="q" question="Q" options={["a", "b", "c"]} correct={["A", "C"]} multiple={false} />',
      message: '<Quiz> eigenschap "multiple": multiple={false} maar correct heeft meer letters',
    },
    {
      name: 'unknown widget',
      widget: '<Foo />',
      message: `onbekend onderdeel <Foo> (bekend: ${[...widgets.components.keys()].join(', ')})`,
    },
    {
      name: 'unknown prop on a known widget',
      widget: '<Poll id="p" question="Q" options={["Ja", "Nee"]} colour="red" />',
      message: '<Poll> kent de eigenschap "colour" niet',
    },
    {
      name: 'non-literal prop',
      widget: '<Poll id="p" question="Q" options={someVariable} />',
      message: 'eigenschap "options" van <Poll> moet een vaste waarde zijn',
    },
    {
      name: 'prop from a template with an expression',
      widget: '<OpenQuestion id="o" question={`Vraag ${nummer}`} />',
      message: 'eigenschap "question" van <OpenQuestion> moet een vaste waarde zijn',
    },
    { name: 'spread props', widget: '<Poll {...props} />', message: 'gebruik geen {...} zonder naam in <Poll>' },
    {
      name: 'the same prop twice',
      widget: '<Poll id="p" id="q" question="Q" options={["Ja", "Nee"]} />',
      message: 'eigenschap "id" staat twee keer in <Poll>',
    },
    {
      name: 'open question maxLength too small',
      widget: '<OpenQuestion id="o" question="Q" maxLength={10} />',
      message: '<OpenQuestion> eigenschap "maxLength": maxLength is minstens 20',
    },
    { name: 'props on Notes', widget: '<Notes speaker="x">\n\nTekst\n\n</Notes>', message: '<Notes> kent de eigenschap "speaker" niet' },
  ];

  it.each(cases)('$name', ({ widget, message }) => {
    const parsed = parseLesson(widgetLesson(widget));
    expect(parsed.frontmatter).not.toBeNull();
    expect(place(parsed.issues)).toEqual([{ line: 14, column: 1 }]);
    expect(parsed.issues[0]?.message).toContain(message);
  });

  it('reports a widget inside a column at its own line and column', () => {
    const parsed = parseLesson(lesson('', '## Twee kolommen', '', '<Column>', '', '  <Timer id="t" duration="4:70" />', '', '</Column>'));
    expect(parsed.issues).toMatchObject([
      { line: 16, column: 3, message: '<Timer> eigenschap "duration": "4:70" is geen geldige duur; gebruik m:ss, zoals 4:00' },
    ]);
  });

  it('reports a duplicate id on the second use, naming the line of the first', () => {
    const parsed = parseLesson(
      lesson(
        '',
        '## Eerste',
        '',
        '<Timer id="werk" duration="4:00" />',
        '',
        '---',
        '',
        '## Tweede',
        '',
        '<Poll id="werk" question="Q" options={["Ja", "Nee"]} />',
      ),
    );
    expect(parsed.issues).toMatchObject([
      { line: 20, column: 1, message: 'id "werk" bestaat al (regel 14); elk onderdeel heeft een eigen id' },
    ]);
    // Both widgets are still listed.
    expect(parsed.widgets.map((widget) => [widget.name, widget.id, widget.line])).toEqual([
      ['Timer', 'werk', 14],
      ['Poll', 'werk', 20],
    ]);
  });

  it('does not treat two videos without id as duplicates', () => {
    const parsed = parseLesson(lesson('', '## Video', '', '<Video title="A" pending />', '', '<Video title="B" pending />'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.widgets.map((widget) => widget.id)).toEqual([undefined, undefined]);
  });

  it('lists several problems sorted by line', () => {
    const parsed = parseLesson(
      lesson('', '## A', '', '<Foo />', '', '---', '', '## B', '', '<Timer id="t" duration="abc" />', '', '<Bar />'),
    );
    expect(parsed.issues.map((issue) => issue.line)).toEqual([14, 20, 22]);
  });

  const accepted: { name: string; widget: string; kinds: string[] }[] = [
    { name: 'a pending video', widget: '<Video id="video-13" title="Klantbehoud" pending />', kinds: ['video'] },
    {
      name: 'a youtube video with start and end',
      widget: '<Video title="V" youtube="dQw4w9WgXcQ" start="0:10" end="1:30" />',
      kinds: ['video'],
    },
    { name: 'a vimeo video', widget: '<Video title="V" vimeo="76979871" />', kinds: ['video'] },
    { name: 'a video file', widget: '<Video title="V" src="/videos/les.mp4" />', kinds: ['video'] },
    {
      name: 'a multiple-choice quiz',
      widget: '<Quiz id="q" question="Q" options={["a", "b", "c"]} correct={["A", "C"]} />',
      kinds: ['quiz'],
    },
    { name: 'a timer in seconds', widget: '<Timer id="t" duration={240} />', kinds: ['timer'] },
    { name: 'the shortest timer', widget: '<Timer id="t" duration="0:05" />', kinds: ['timer'] },
    { name: 'the longest timer', widget: '<Timer id="t" duration="90:00" />', kinds: ['timer'] },
    {
      name: 'a mind map with model answers',
      widget: '<MindMap id="m" term="Relatiebeheer?" model={["Klantretentie"]} maxEntries={3} />',
      kinds: ['mindMap'],
    },
    { name: 'an open question', widget: '<OpenQuestion id="o" question="Q" maxLength={500} />', kinds: ['openQuestion'] },
    {
      name: 'an assignment',
      widget: '<Assignment id="a" title="Moodboard" parts={["Doel", "Doorlooptijd"]} explanationRequired />',
      kinds: ['assignment'],
    },
    { name: 'a lowercase HTML element (not a widget)', widget: '<div>tekst</div>', kinds: ['text'] },
  ];

  it.each(accepted)('accepts $name', ({ widget, kinds }) => {
    const parsed = parseLesson(widgetLesson(widget));
    expect(parsed.issues).toEqual([]);
    expect(parsed.slides.map((slide) => slide.kinds)).toEqual([kinds]);
  });
});

describe('parseLesson: MDX syntax errors become issues', () => {
  it('reports a closing tag that does not match at its line, without throwing', () => {
    const source = lesson('', '## Kolommen', '', '<Column>', '', '- links', '', '</Notes>');
    let parsed: ReturnType<typeof parseLesson> | undefined;
    expect(() => (parsed = parseLesson(source))).not.toThrow();
    expect(parsed?.issues).toHaveLength(1);
    expect(parsed?.issues[0]).toMatchObject({ line: 18, column: 1 });
    expect(parsed?.issues[0]?.message).toBe('</Notes> sluit <Column> niet; sluit eerst <Column> met </Column>, of verbeter de naam');
    expect(parsed?.slides).toEqual([]);
    expect(parsed?.widgets).toEqual([]);
  });

  it('reports an unclosed widget tag (no "/>") where the file runs out', () => {
    const parsed = parseLesson(lesson('', '## Quiz', '', '<Quiz id="q" question="Q" options={["Ja", "Nee"]} correct="A"'));
    expect(place(parsed.issues)).toEqual([{ line: 15, column: 1 }]);
    expect(parsed.issues[0]?.message).toMatch(/^het bestand houdt op midden in een tag; sluit de tag af met \/>/);
  });

  it('reports a stray closing slash at its line and column', () => {
    const parsed = parseLesson(lesson('', '## A', '', 'tekst </b> meer'));
    expect(place(parsed.issues)).toEqual([{ line: 14, column: 8 }]); // the slash of </b>
    expect(parsed.issues[0]?.message).toContain('sluit niets, want er staat geen open tag voor');
  });

  it('keeps the valid frontmatter and adds frontmatter issues before the syntax error', () => {
    const good = parseLesson(lesson('', '<Column>', '', '</Notes>'));
    expect(good.frontmatter?.title).toBe('Testles');
    const bad = parseLesson(['---', 'title: T', '---', '', '<Column>', '', '</Notes>'].join('\n'));
    expect(bad.frontmatter).toBeNull();
    expect(bad.issues.at(-1)?.code).toBe('lessonIssue.mdx.wrongClose');
    expect(bad.issues.at(-1)?.line).toBe(7);
    expect(bad.issues.slice(0, -1).every((issue) => issue.message.startsWith('frontmatter'))).toBe(true);
  });
});

describe('parseLesson: a literal < in prose', () => {
  it('explains how to write the sign, where it stands', () => {
    const parsed = parseLesson(lesson('', '## Prijs', '', 'Minder dan <10 euro.'));
    expect(place(parsed.issues)).toEqual([{ line: 14, column: 12 }]);
    expect(parsed.issues[0]?.code).toBe('lessonIssue.mdx.lessThan');
    expect(parsed.issues[0]?.message).toContain('schrijf \\< of &lt;');
  });

  it.each(['Minder dan &lt;10 euro.', 'Minder dan \\<10 euro.', 'Kost a < b euro.'])('accepts %s as the written sign', (line) => {
    const parsed = parseLesson(lesson('', '## Prijs', '', line));
    expect(parsed.issues).toEqual([]);
    expect(parsed.slides).toHaveLength(1);
  });

  it('tells an HTML comment apart', () => {
    const parsed = parseLesson(lesson('', '## A', '', '<!-- later -->'));
    expect(parsed.issues[0]?.message).toContain('{/* opmerking */}');
  });
});

describe('parseLesson: an unclosed component', () => {
  it('names the tag and how to close it, not the library message', () => {
    const parsed = parseLesson(lesson('', '## Opdracht', '', '<Assignment id="a" title="T">', '', 'Tekst.'));
    expect(place(parsed.issues)).toEqual([{ line: 14, column: 1 }]);
    expect(parsed.issues[0]?.message).toBe(
      '<Assignment> wordt niet gesloten; schrijf </Assignment> na de inhoud, of sluit de tag zelf af met /> (zoals <Assignment … />)',
    );
    expect(parsed.issues[0]?.message).not.toContain('Expected');
  });
});

describe('parseLesson: empty lessons', () => {
  it('reports a lesson without slides', () => {
    const parsed = parseLesson(lesson(''));
    expect(parsed.slides).toEqual([]);
    expect(parsed.issues).toMatchObject([{ line: 1, column: 1, message: "de les heeft nog geen dia's" }]);
  });
});
