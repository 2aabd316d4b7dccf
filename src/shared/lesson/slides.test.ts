import { describe, expect, it } from 'vitest';
import { parseBody, parseLesson } from './parse.ts';
import { slideOptionsSchema, splitSlides } from './slides.ts';
import { lessonSource as lesson } from '../../../tests/fixtures/lesson-source.ts';

const split = (body: string) => splitSlides(parseBody(body), body);

describe('splitSlides: separators', () => {
  it('splits at lines with only ---, keeping each slide’s first line', () => {
    const body = ['# Een', '', 'tekst', '', '---', '', '## Twee', '', '---', '', '## Drie', ''].join('\n');
    const result = split(body);
    expect(result.issues).toEqual([]);
    expect(result.slides.map((slide) => [slide.index, slide.line, slide.nodes.map((node) => node.type)])).toEqual([
      [1, 1, ['heading', 'paragraph']],
      [2, 7, ['heading']],
      [3, 11, ['heading']],
    ]);
  });

  it('drops empty slides between two separators', () => {
    const result = split(['## Een', '', '---', '', '---', '', '## Twee'].join('\n'));
    expect(result.slides.map((slide) => [slide.index, slide.line])).toEqual([
      [1, 1],
      [2, 7],
    ]);
  });

  it('keeps imports and exports out of the slides and reports each of them', () => {
    const result = split(['import X from "./x.ts";', '', '## Een', '', 'export const y = 1;'].join('\n'));
    expect(result.preamble.map((node) => node.type)).toEqual(['mdxjsEsm', 'mdxjsEsm']);
    expect(result.slides).toHaveLength(1);
    expect(result.slides[0]?.nodes.map((node) => node.type)).toEqual(['heading']);
    expect(result.issues.map((issue) => [issue.line, issue.column, issue.message.split(' mag niet')[0]])).toEqual([
      [1, 1, 'import'],
      [5, 1, 'export'],
    ]);
  });

  it('does not split at --- inside a <Notes> block', () => {
    const result = split(['## Een', '', '<Notes>', '', 'a', '', '---', '', 'b', '', '</Notes>'].join('\n'));
    expect(result.slides).toHaveLength(1);
  });
});

describe('splitSlides: per-slide options block', () => {
  const cases: { name: string; block: string[]; options: Record<string, string> }[] = [
    { name: 'layout', block: ['layout: two-columns'], options: { layout: 'two-columns' } },
    { name: 'every layout name: title', block: ['layout: title'], options: { layout: 'title' } },
    { name: 'every layout name: text', block: ['layout: text'], options: { layout: 'text' } },
    { name: 'every layout name: section', block: ['layout: section'], options: { layout: 'section' } },
    { name: 'title override', block: ['title: Korte titel'], options: { title: 'Korte titel' } },
    { name: 'quoted title with a colon', block: ['title: "Les 2: kort"'], options: { title: 'Les 2: kort' } },
    { name: 'single-quoted value', block: ["title: 'Kort'"], options: { title: 'Kort' } },
    {
      name: 'image layout with image and alt text',
      block: ['layout: image-right', 'image: /images/relatiebeheer/winkel.jpg', 'imageAlt: Een winkel'],
      options: { layout: 'image-right', image: '/images/relatiebeheer/winkel.jpg', imageAlt: 'Een winkel' },
    },
    {
      name: 'decorative image with empty alt',
      block: ['layout: full-image', 'image: /images/x.png', 'imageAlt: ""'],
      options: { layout: 'full-image', image: '/images/x.png', imageAlt: '' },
    },
    { name: 'background colour', block: ['background: "#1e3a5f"'], options: { background: '#1e3a5f' } },
    { name: 'background colour without quotes', block: ['background: #123456'], options: { background: '#123456' } },
    { name: 'background colour name', block: ['background: navy'], options: { background: 'navy' } },
    { name: 'background image', block: ['background: /images/achtergrond.webp'], options: { background: '/images/achtergrond.webp' } },
    { name: 'spaces around the colon', block: ['layout :  title  '], options: { layout: 'title' } },
  ];

  it.each(cases)('$name', ({ block, options }) => {
    const body = ['## Vorige', '', '---', ...block, '---', '', '## Kop', ''].join('\n');
    const result = split(body);
    expect(result.issues).toEqual([]);
    expect(result.slides).toHaveLength(2);
    expect(result.slides[1]?.options).toEqual(options);
    expect(result.slides[1]?.line).toBe(4);
    // The block is not slide content.
    expect(result.slides[1]?.nodes.map((node) => node.type)).toEqual(['heading']);
  });

  it('reads the first slide’s block right after the frontmatter', () => {
    const parsed = parseLesson(lesson('---', 'layout: title', 'title: Start', '---', '', '# Welkom'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.slides).toHaveLength(1);
    expect(parsed.slides[0]).toMatchObject({ index: 1, line: 12, title: 'Start', options: { layout: 'title', title: 'Start' } });
  });

  it('reads the first slide’s block after an empty line following the frontmatter', () => {
    const parsed = parseLesson(lesson('', '---', 'layout: title', '---', '', '# Welkom'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.slides.map((slide) => [slide.line, slide.title, slide.options])).toEqual([[13, 'Welkom', { layout: 'title' }]]);
  });

  const problems: { name: string; body: string[]; line: number; message: string; kept?: Record<string, string> }[] = [
    {
      name: 'unknown key, reported on its line',
      body: ['', '---', 'layout: title', 'transition: fade', '---', '', '# Welkom'],
      line: 14,
      message: 'onbekende dia-instelling "transition" (bekend: layout, title, image, imageAlt, background)',
    },
    {
      name: 'unknown layout, on the layout line',
      body: ['', '---', 'title: Kort', 'layout: sidebar', '---', '', '# Welkom'],
      line: 14,
      message: 'dia-instelling layout: layout moet een van text, title, section, two-columns, image-left, image-right, full-image zijn',
    },
    {
      name: 'a line that is not key: value',
      body: ['', '---', 'layout: title', 'zomaar tekst', '---', '', '# Welkom'],
      line: 14,
      message: '"zomaar tekst" is geen dia-instelling (gebruik sleutel: waarde)',
      // The good line of the block still counts.
      kept: { layout: 'title' },
    },
    {
      name: 'image layout without image',
      body: ['', '---', 'layout: image-left', '---', '', '## Foto'],
      line: 13,
      message: 'dia-instelling image: layout image-left heeft een image nodig',
    },
    {
      name: 'image without imageAlt',
      body: ['', '---', 'layout: full-image', 'image: /images/x.jpg', '---', '', '## Foto'],
      line: 13,
      message: 'dia-instelling imageAlt: geef imageAlt',
    },
    {
      name: 'image that is not in public/',
      body: ['', '---', 'imageAlt: x', 'image: https://example.org/x.jpg', '---', '', '## Foto'],
      line: 14,
      message: 'dia-instelling image: image moet een afbeelding in public/ zijn',
    },
    {
      name: 'background that is neither colour nor image',
      body: ['', '---', 'background: url(x)', '---', '', '## Foto'],
      line: 13,
      message: 'dia-instelling background: background is een kleur (#1e3a5f) of een afbeelding (/images/x.jpg)',
    },
    {
      name: 'image on another site',
      body: ['', '---', 'image: "https://example.org/x.jpg"', 'imageAlt: x', '---', '', '## Foto'],
      line: 13,
      message: 'image moet een afbeelding in public/ zijn, zoals /images/foto.jpg; geen adres van een andere site',
    },
    {
      name: 'image with .. in its path',
      body: ['', '---', 'imageAlt: x', 'image: /images/../../geheim.png', '---', '', '## Foto'],
      line: 14,
      message: 'dia-instelling image: image moet een afbeelding in public/ zijn, zoals /images/foto.jpg; geen .. in het pad',
    },
    {
      name: 'image starting with //',
      body: ['', '---', 'imageAlt: x', 'image: //evil.example/x.jpg', '---', '', '## Foto'],
      line: 14,
      message: 'geen adres van een andere site',
    },
    {
      name: 'background image on another site',
      body: ['', '---', 'background: https://evil.example/x.jpg', '---', '', '## Foto'],
      line: 13,
      message:
        'dia-instelling background: background is een kleur (#1e3a5f) of een afbeelding (/images/x.jpg); geen adres van een andere site',
    },
    {
      name: 'background that breaks out of the style attribute',
      body: ['', '---', "background: /images/x.jpg');background-image:url('https://evil.example/x.jpg", '---', '', '## Foto'],
      line: 13,
      message: 'alleen letters, cijfers en - _ . / % in het pad (geen spaties, quotes of haakjes)',
    },
    {
      name: 'background with a semicolon',
      body: ['', '---', 'background: "#fff; position: fixed"', '---', '', '## Foto'],
      line: 13,
      message: 'background is een kleur (#1e3a5f) of een afbeelding (/images/x.jpg)',
    },
    {
      name: 'background with url()',
      body: ['', '---', 'background: url(https://evil.example/x.jpg)', '---', '', '## Foto'],
      line: 13,
      message: 'background is een kleur (#1e3a5f) of een afbeelding (/images/x.jpg)',
    },
  ];

  it.each(problems)('$name', ({ body, line, message, kept = {} }) => {
    const parsed = parseLesson(lesson(...body));
    expect(parsed.issues.map((issue) => issue.line)).toEqual([line]);
    expect(parsed.issues[0]?.message).toContain(message);
    // The slide is kept; a block that fails validation gives no options.
    expect(parsed.slides).toHaveLength(1);
    expect(parsed.slides[0]?.options).toEqual(kept);
  });
});

describe('splitSlides: option values', () => {
  it('reports a bad value at the column where the value starts', () => {
    const parsed = parseLesson(lesson('', '---', 'imageAlt: x', 'image:   "/images/a b.png"', '---', '', '## Foto'));
    expect(parsed.issues.map(({ line, column }) => ({ line, column }))).toEqual([{ line: 14, column: 11 }]);
  });

  it('lists the images of a valid block, where their values start', () => {
    const result = split(
      ['## Een', '', '---', 'image: /images/a.png', 'imageAlt: a', "background: '/images/b.jpg'", '---', '', '## Twee'].join('\n'),
    );
    expect(result.issues).toEqual([]);
    expect(result.assets).toEqual([
      { path: '/images/a.png', line: 4, column: 8 },
      { path: '/images/b.jpg', line: 6, column: 14 },
    ]);
  });

  it('lists nothing for a colour background or a block that failed', () => {
    expect(split(['## Een', '', '---', 'background: navy', '---', '', '## Twee'].join('\n')).assets).toEqual([]);
    expect(split(['## Een', '', '---', 'image: /images/a.png', '---', '', '## Twee'].join('\n')).assets).toEqual([]);
  });
});

describe('splitSlides: text directly above ---', () => {
  it('reports the text line (it would become a heading)', () => {
    const parsed = parseLesson(lesson('', '## Eerste dia', '', 'Deze tekst staat direct boven de scheiding', '---', '', '## Tweede dia'));
    expect(parsed.issues).toMatchObject([
      {
        line: 14,
        column: 1,
        message: 'tekst staat direct boven een "---"-regel en wordt zo een kop; zet een lege regel vóór de scheiding tussen dia\'s',
      },
    ]);
    // The separator was swallowed: it is all one slide.
    expect(parsed.slides).toHaveLength(1);
  });

  it('reports every such line', () => {
    const parsed = parseLesson(lesson('', '## A', '', 'een', '---', '', 'twee', '---', ''));
    expect(parsed.issues.map((issue) => issue.line)).toEqual([14, 17]);
  });

  it('does not complain with an empty line before the separator', () => {
    const parsed = parseLesson(lesson('', '## A', '', 'een', '', '---', '', '## B'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.slides.map((slide) => slide.title)).toEqual(['A', 'B']);
  });
});

describe('slideOptionsSchema', () => {
  it.each([
    [{}, true],
    [{ layout: 'title' }, true],
    [{ layout: 'image-left', image: '/images/a.avif', imageAlt: 'a' }, true],
    [{ background: 'rgba(0, 0, 0, 0.5)' }, true],
    [{ background: 'hsl(210, 50%, 30%)' }, true],
    [{ layout: 'Title' }, false],
    [{ title: '   ' }, false],
    [{ image: '/images/a.bmp', imageAlt: 'a' }, false],
    [{ image: '/images/a b.png', imageAlt: 'a' }, false],
    [{ image: 'https://example.org/a.png', imageAlt: 'a' }, false],
    [{ image: '/images/%2e%2e/a.png', imageAlt: 'a' }, false],
    [{ background: '/images/a.png' }, true],
    [{ background: '/images/a.png?x' }, false],
    [{ background: "/images/a.png')" }, false],
    [{ background: 'red;color:blue' }, false],
    [{ layout: 'image-right', imageAlt: 'a' }, false],
    [{ theme: 'dark' }, false],
  ])('%j valid: %s', (options, valid) => {
    expect(slideOptionsSchema.safeParse(options).success).toBe(valid);
  });
});
