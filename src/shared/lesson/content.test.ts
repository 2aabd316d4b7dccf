import { describe, expect, it } from 'vitest';
import { SAFE_ELEMENTS } from './content.ts';
import { parseLesson } from './parse.ts';
import { FRONTMATTER, lessonSource as lesson } from '../../../tests/fixtures/lesson-source.ts';

/** A one-slide lesson: a heading on line 12, then `lines` from line 14. */
const slide = (...lines: string[]) => parseLesson(lesson('', '## Dia', '', ...lines));
const places = (issues: { line: number; column: number; message: string }[]) => issues.map(({ line, column }) => ({ line, column }));

describe('content: what an author may write', () => {
  const accepted: { name: string; lines: string[] }[] = [
    { name: 'a line break', lines: ['Regel een<br />regel twee'] },
    { name: 'super- and subscript', lines: ['m<sup>2</sup> en H<sub>2</sub>O'] },
    { name: 'marked, small, underlined, struck', lines: ['<mark>let op</mark> <small>klein</small> <u>onder</u> <s>weg</s>'] },
    { name: 'an abbreviation with a title', lines: ['De <abbr title="Decision Making Unit">DMU</abbr> beslist.'] },
    { name: 'keys', lines: ['Druk op <kbd>Ctrl</kbd> + <kbd>C</kbd>.'] },
    { name: 'emphasis as HTML', lines: ['<em>schuin</em>, <strong>vet</strong>, <b>b</b>, <i>i</i>, <code>x</code>, <q>citaat</q>'] },
    { name: 'a span in another language', lines: ['Een <span lang="en" dir="ltr">customer</span> is een klant.'] },
    { name: 'a div with markdown inside', lines: ['<div>', '', '- een', '- twee', '', '</div>'] },
    { name: 'details with a summary', lines: ['<details open>', '<summary>Antwoord</summary>', '', 'B', '', '</details>'] },
    {
      name: 'an HTML table with spans',
      lines: [
        '<table>',
        '<caption>Kosten</caption>',
        '<tbody>',
        '<tr><th scope="row">A</th><td colSpan="2">1</td></tr>',
        '</tbody>',
        '</table>',
      ],
    },
    { name: 'a numbered list that starts at 3', lines: ['<ol start="3" reversed>', '<li>drie</li>', '</ol>'] },
    {
      name: 'a figure with a caption',
      lines: ['<figure>', '', '![Een winkel](/images/winkel.jpg)', '', '<figcaption>Een winkel</figcaption>', '</figure>'],
    },
    { name: 'a fragment', lines: ['<>tekst</>'] },
    { name: 'a https link', lines: ['[de site](https://example.org/pagina?x=1#deel)'] },
    { name: 'a http link', lines: ['[oud](http://example.org)'] },
    { name: 'a mail link', lines: ['[mail de docent](mailto:docent@school.nl)'] },
    { name: 'a path on this site', lines: ['[volgende les](/lessons/relatiebeheer/relatiemarketing)'] },
    { name: 'a relative path', lines: ['[les 3](../relatiebeheer/les-3)'] },
    { name: 'an anchor', lines: ['[verderop](#samenvatting)'] },
    { name: 'a bare web address', lines: ['Zie https://example.org en www.example.org.'] },
    { name: 'a link through a definition', lines: ['[de site][bron]', '', '[bron]: https://example.org "Bron"'] },
    { name: 'an image in public/', lines: ['![Een winkel](/images/winkel.jpg "Winkel")'] },
    { name: 'an image through a definition', lines: ['![Een winkel][winkel]', '', '[winkel]: /images/winkel.jpg'] },
    { name: 'a definition used as link and image', lines: ['![Logo][logo] en [logo][logo]', '', '[logo]: /images/logo.svg'] },
    { name: 'a href that is a web page', lines: ['<span href="https://example.org">x</span>'] },
    { name: 'a src that is a file in public/', lines: ['<span src="/images/x.png">x</span>'] },
  ];

  it.each(accepted)('accepts $name', ({ lines }) => {
    expect(slide(...lines).issues).toEqual([]);
  });

  it('lists the safe elements it allows', () => {
    expect(SAFE_ELEMENTS).toEqual(expect.arrayContaining(['br', 'sup', 'sub', 'mark', 'abbr', 'kbd', 'table', 'td', 'details', 'summary']));
    for (const tag of [
      'script',
      'iframe',
      'object',
      'embed',
      'style',
      'link',
      'meta',
      'form',
      'input',
      'svg',
      'video',
      'audio',
      'a',
      'img',
    ]) {
      expect(SAFE_ELEMENTS).not.toContain(tag);
    }
  });
});

describe('content: what an author may not write, reported where it is', () => {
  const refused: { name: string; lines: string[]; line?: number; column?: number; message: string }[] = [
    // Elements
    {
      name: 'script',
      lines: ['<script>alert(1)</script>'],
      message: '<script> mag niet in een les; een les bevat alleen inhoud, geen code of opmaak',
    },
    { name: 'style', lines: ['<style />'], message: '<style> mag niet in een les; een les bevat alleen inhoud' },
    { name: 'link', lines: ['<link rel="stylesheet" href="https://evil.example/x.css" />'], message: '<link> mag niet' },
    { name: 'meta', lines: ['<meta httpEquiv="refresh" content="0;url=https://evil.example" />'], message: '<meta> mag niet' },
    {
      name: 'iframe',
      lines: ['<iframe src="https://evil.example" />'],
      message: "<iframe> mag niet in een les; gebruik <Video> voor video's",
    },
    {
      name: 'object',
      lines: ['<object data="https://evil.example/x.swf" />'],
      message: "<object> mag niet in een les; gebruik <Video> voor video's",
    },
    { name: 'embed', lines: ['<embed src="https://evil.example/x.swf" />'], message: "gebruik <Video> voor video's" },
    {
      name: 'video',
      lines: ['<video src="/videos/les.mp4" controls />'],
      message: "<video> mag niet in een les; gebruik <Video> voor video's",
    },
    {
      name: 'audio',
      lines: ['<audio src="https://evil.example/x.mp3" />'],
      message: "<audio> mag niet in een les; gebruik <Video> voor video's",
    },
    {
      name: 'img',
      lines: ['<img src="/images/x.jpg" alt="x" />'],
      message: '<img> mag niet in een les; gebruik ![beschrijving](/images/naam.jpg) voor een afbeelding',
    },
    {
      name: 'a',
      lines: ['<a href="https://example.org">site</a>'],
      message: '<a> mag niet in een les; gebruik [tekst](https://…) voor een link',
    },
    {
      name: 'form',
      lines: ['<form action="https://evil.example" />'],
      message: '<form> mag niet in een les; gebruik <Quiz>, <Poll> of <OpenQuestion> voor vragen',
    },
    {
      name: 'input',
      lines: ['Naam: <input />'],
      column: 7,
      message: '<input> mag niet in een les; gebruik <Quiz>, <Poll> of <OpenQuestion>',
    },
    { name: 'svg', lines: ['<svg viewBox="0 0 10 10" />'], message: '<svg> mag niet in een les; zet een tekening als bestand in public/' },
    { name: 'a namespaced element', lines: ['<svg:rect />'], message: '<svg:rect> mag niet in een les; zet een tekening' },
    { name: 'a member element', lines: ['<foo.bar />'], message: '<foo.bar> mag niet in een les; toegestaan zijn <p> <br>' },
    { name: 'an HTML heading', lines: ['<h2>Kop</h2>'], message: '<h2> mag niet in een les; gebruik # of ## voor een kop' },
    {
      name: 'an unknown element',
      lines: ['<marquee>hoi</marquee>'],
      message: '<marquee> mag niet in een les; toegestaan zijn <p> <br> <div>',
    },
    {
      name: 'a refused element inside an allowed one',
      lines: ['<div>', '', 'tekst', '', '<script />', '', '</div>'],
      line: 18,
      message: '<script> mag niet',
    },
    {
      name: 'a refused element inside a widget',
      lines: ['<Notes>', '', '<iframe src="https://x.example" />', '', '</Notes>'],
      line: 16,
      message: '<iframe> mag niet',
    },
    // Attributes, at their own column
    {
      name: 'an event handler',
      lines: ['<div onClick="alert(1)">x</div>'],
      column: 6,
      message: 'onClick mag niet in <div>: een les voert geen code uit',
    },
    {
      name: 'a lowercase event handler',
      lines: ['Tekst <b onmouseover="alert(1)">vet</b>'],
      column: 10,
      message: 'onmouseover mag niet in <b>',
    },
    {
      name: 'an event handler as expression',
      lines: ['<span onClick={() => alert(1)}>x</span>'],
      column: 7,
      message: 'onClick mag niet in <span>',
    },
    {
      name: 'style',
      lines: ['<span style="color: red">x</span>'],
      column: 7,
      message: 'style mag niet in <span>; de opmaak komt van de site',
    },
    { name: 'style as object', lines: ['<span style={{ color: "red" }}>x</span>'], column: 7, message: 'style mag niet in <span>' },
    {
      name: 'dangerouslySetInnerHTML',
      lines: ['<div dangerouslySetInnerHTML={{ __html: "<img src=x onerror=alert(1)>" }} />'],
      column: 6,
      message: 'dangerouslySetInnerHTML mag niet in <div>',
    },
    { name: 'srcset', lines: ['<span srcset="https://evil.example/x.jpg 1x">x</span>'], column: 7, message: 'srcset mag niet in <span>' },
    {
      name: 'an expression value',
      lines: ['<abbr title={document.cookie}>x</abbr>'],
      column: 7,
      message: 'title van <abbr> moet vaste tekst tussen "" zijn, geen { }',
    },
    { name: 'a spread', lines: ['<span {...props}>x</span>'], column: 7, message: 'gebruik geen {...} in <span>' },
    { name: 'a class', lines: ['<div class="video-frame">x</div>'], column: 6, message: 'class mag niet in <div> (wel: title, lang, dir' },
    {
      name: 'a data attribute',
      lines: ['<div data-embed-src="https://evil.example">x</div>'],
      column: 6,
      message: 'data-embed-src mag niet in <div>',
    },
    { name: 'an id', lines: ['<div id="app">x</div>'], column: 6, message: 'id mag niet in <div>' },
    {
      name: 'a legacy background',
      lines: ['<table><tbody><tr><td background="https://evil.example/x.jpg">1</td></tr></tbody></table>'],
      column: 23,
      message: 'background mag niet in <td>',
    },
    {
      name: 'an Astro directive',
      lines: ['<span set:html="<img src=x onerror=alert(1)>">x</span>'],
      column: 7,
      message: 'set:html mag niet in <span>',
    },
    {
      name: 'a script href',
      lines: ['<span href="javascript:alert(1)">x</span>'],
      column: 7,
      message: 'een link met "javascript:" mag niet',
    },
    {
      name: 'a src on another site',
      lines: ['<span src="https://evil.example/x.jpg">x</span>'],
      column: 7,
      message: 'src van <span>: geen adres van een andere site',
    },
    // Links
    {
      name: 'a javascript: link',
      lines: ['Klik [hier](javascript:alert(1)).'],
      column: 6,
      message: 'een link met "javascript:" mag niet; gebruik https://, mailto:, een pad of een #anker',
    },
    { name: 'a javascript: link in capitals', lines: ['[hier](JAVASCRIPT:alert(1))'], message: 'een link met "javascript:" mag niet' },
    { name: 'a javascript: link with a tab', lines: ['[hier](<java\tscript:alert(1)>)'], message: 'een link met "javascript:" mag niet' },
    {
      name: 'a javascript: link with an entity',
      lines: ['[hier](javascript&#58;alert(1))'],
      message: 'een link met "javascript:" mag niet',
    },
    { name: 'a data: link', lines: ['[hier](data:text/html,hallo)'], message: 'een link met "data:" mag niet' },
    { name: 'a vbscript: link', lines: ['[hier](VBScript:msgbox)'], message: 'een link met "vbscript:" mag niet' },
    {
      name: 'a script definition',
      lines: ['[hier][x]', '', '[x]: javascript:alert(1)'],
      line: 16,
      message: 'een link met "javascript:" mag niet',
    },
    {
      name: 'a link inside a widget',
      lines: ['<Notes>', '', '[x](javascript:alert(1))', '', '</Notes>'],
      line: 16,
      message: 'een link met "javascript:" mag niet',
    },
    // Images
    {
      name: 'an image without description',
      lines: ['![](/images/x.jpg)'],
      message: 'afbeelding zonder beschrijving: beschrijf tussen ![ ] wat erop staat, voor wie de afbeelding niet ziet',
    },
    {
      name: 'an image with only spaces as description',
      lines: ['Zie ![  ](/images/x.jpg)'],
      column: 5,
      message: 'afbeelding zonder beschrijving',
    },
    {
      name: 'an image reference without description',
      lines: ['![][logo]', '', '[logo]: /images/logo.svg'],
      message: 'afbeelding zonder beschrijving',
    },
    {
      name: 'an image on another site',
      lines: ['![Foto](https://evil.example/x.jpg)'],
      message: 'een afbeelding moet een bestand in public/ zijn, zoals ![beschrijving](/images/foto.jpg); geen adres van een andere site',
    },
    {
      name: 'an image on another site without scheme',
      lines: ['![Foto](//evil.example/x.jpg)'],
      message: 'geen adres van een andere site',
    },
    { name: 'an image as data: address', lines: ['![Foto](data:image/png;base64,AAAA)'], message: 'geen data:-adres' },
    { name: 'an image path without /', lines: ['![Foto](images/x.jpg)'], message: 'het pad begint met /' },
    { name: 'an image path with ..', lines: ['![Foto](/images/../../x.jpg)'], message: 'geen .. in het pad' },
    {
      name: 'an image with a quote in its path',
      lines: ["![Foto](/images/x'.jpg)"],
      message: 'alleen letters, cijfers en - _ . / % in het pad',
    },
    { name: 'an image that is not an image', lines: ['![Foto](/docs/les.pdf)'], message: 'het bestand eindigt op .jpg' },
    {
      name: 'an image through a definition on another site',
      lines: ['![Foto][f]', '', '[f]: https://evil.example/x.jpg'],
      line: 16,
      message: 'een afbeelding moet een bestand in public/ zijn',
    },
  ];

  it.each(refused)('refuses $name', ({ lines, line = 14, column = 1, message }) => {
    const parsed = slide(...lines);
    expect(places(parsed.issues)).toEqual([{ line, column }]);
    expect(parsed.issues[0]?.message).toContain(message);
  });

  it('reports every problem in one element', () => {
    const parsed = slide('<div onClick="x" class="c" style="s">x</div>');
    expect(parsed.issues.map(({ column, message }) => [column, message.split(' ')[0]])).toEqual([
      [6, 'onClick'],
      [18, 'class'],
      [28, 'style'],
    ]);
  });

  it('reports a definition used by several images once', () => {
    const parsed = slide('![Een][f] en ![Twee][f]', '', '[f]: https://evil.example/x.jpg');
    expect(places(parsed.issues)).toEqual([{ line: 16, column: 1 }]);
  });

  it('reports a script definition used as an image once, as a link', () => {
    const parsed = slide('![Foto][f]', '', '[f]: javascript:alert(1)');
    expect(parsed.issues.map((issue) => [issue.line, issue.message])).toEqual([[16, expect.stringContaining('"javascript:" mag niet')]]);
  });
});

describe('content: import and export', () => {
  it.each([
    ['import', 'import Foo from "./foo.ts"'],
    ['export', 'export const prijs = 10'],
    ['export', 'export default function Layout() {}'],
  ])('refuses %s at its line', (word, statement) => {
    const parsed = slide('tekst', '', statement);
    expect(parsed.issues).toMatchObject([
      { line: 16, column: 1, message: expect.stringMatching(new RegExp(`^${word} mag niet in een les`)) },
    ]);
  });

  it('reports each statement of a block, also before the first slide', () => {
    const parsed = parseLesson(lesson('import a from "a"', '  export const b = 1', '', '## Dia'));
    expect(places(parsed.issues)).toEqual([
      { line: 11, column: 1 },
      { line: 12, column: 3 },
    ]);
    expect(parsed.slides.map((s) => s.title)).toEqual(['Dia']);
  });
});

describe('content: the files a lesson shows are listed with their place', () => {
  it('lists images, option images, backgrounds, video files, src attributes and the cover', () => {
    const source = [
      ...FRONTMATTER.slice(0, -1),
      'cover: "/images/cover.jpg"', // 10
      '---',
      '---', // 12
      'layout: image-left',
      'image: /images/links.png', // 14
      "imageAlt: 'Links'",
      "background: '/images/achtergrond.webp'", // 16
      '---',
      '',
      '## Dia', // 19
      '',
      'Tekst ![Winkel](/images/winkel.jpg) en ![Logo][logo].', // 21
      '',
      '<Video title="V" src="/videos/les.mp4" />', // 23
      '',
      '<span src="/images/x.svg">x</span>', // 25
      '',
      '[logo]: /images/logo.svg', // 27
      '',
      '---',
      '---',
      'background: "#123456"', // a colour is not a file
      '---',
      '',
      '## Twee',
      '',
    ].join('\n');
    const parsed = parseLesson(source);
    expect(parsed.issues).toEqual([]);
    expect(parsed.assets).toEqual([
      { path: '/images/cover.jpg', line: 10, column: 9 },
      { path: '/images/links.png', line: 14, column: 8 },
      { path: '/images/achtergrond.webp', line: 16, column: 14 },
      { path: '/images/winkel.jpg', line: 21, column: 7 },
      { path: '/videos/les.mp4', line: 23, column: 18 },
      { path: '/images/x.svg', line: 25, column: 7 },
      { path: '/images/logo.svg', line: 27, column: 1 },
    ]);
  });

  it('lists nothing for a lesson without files, and nothing for a pending or youtube video', () => {
    const parsed = slide('<Video title="V" pending />', '', '<Video title="W" youtube="dQw4w9WgXcQ" />');
    expect(parsed.issues).toEqual([]);
    expect(parsed.assets).toEqual([]);
  });

  it('does not list a file whose path was refused', () => {
    const parsed = slide('![Foto](https://evil.example/x.jpg)', '', '<Video title="V" src="/videos/les.mov" />');
    expect(parsed.issues).toHaveLength(2);
    expect(parsed.assets).toEqual([]);
  });
});
