import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { assignmentParts } from '../shared/moodboard/assignment.ts';
import type { BoardDoc } from '../shared/moodboard/board.ts';
import { exportPdf, fitRect, layoutPages, textBlocks, TEXT_PAGE, type TextBlock } from './export-pdf.ts';
import { toWinAnsi } from './winansi.ts';

const measure = (text: string, size: number) => Array.from(text).length * size * 0.5;
const doc: BoardDoc = {
  version: 1,
  explanation: '',
  items: [{ id: 's', kind: 'sticky', text: 'Trouw', colour: 'geel', x: 0, y: 0, w: 200, h: 200, rotation: 0, z: 0, parts: ['deel-1'] }],
};
const boardPng = () =>
  sharp({ create: { width: 160, height: 100, channels: 3, background: '#fbfbf8' } })
    .png()
    .toBuffer()
    .then((buffer) => new Uint8Array(buffer));
const noImages = () => Promise.reject(new Error('no images in this test'));

describe('toWinAnsi', () => {
  it.each([
    ['keeps Dutch and other Latin-1 accents', 'één café, reëel, naïef, Ærø, Straße', 'één café, reëel, naïef, Ærø, Straße'],
    ['keeps the WinAnsi extras', '“G-Star” – €120 … ‘cool’ • ™', '“G-Star” – €120 … ‘cool’ • ™'],
    ['drops marks WinAnsi lacks', 'Łódź, Dvořák, Erdős', '?ódz, Dvorák, Erdos'],
    ['look-alikes for dashes and arrows', 'a‐b − c → d', 'a-b - c -> d'],
    ['emoji and other scripts become ?', 'top 👍 日本', 'top ? ??'],
    ['odd spaces become spaces, invisible ones go', 'a\u00a0b\u2003c\u200bd\te', 'a\u00a0b cd e'],
    ['line breaks stay, carriage returns go', 'een\r\ntwee', 'een\ntwee'],
    ['decomposed accents are put together first', 'e\u0301e\u0308', 'éë'],
  ])('%s', (_name, input, output) => expect(toWinAnsi(input)).toBe(output));

  it('gives only text Helvetica can encode', async () => {
    const font = await (await PDFDocument.create()).embedFont(StandardFonts.Helvetica);
    const everything = Array.from({ length: 0x3000 - 0x20 }, (_, index) => String.fromCodePoint(index + 0x20)).join('') + '👍🏽';
    expect(() => font.encodeText(toWinAnsi(everything).replaceAll('\n', ''))).not.toThrow();
    expect(() => font.encodeText('ő')).toThrow();
  });
});

describe('PDF layout', () => {
  const frame = { width: 200, height: 200, margin: 20, footer: 20 };

  it('wraps within the margins and flows over pages', () => {
    const blocks: TextBlock[] = [
      { text: 'Titel', size: 20, bold: true },
      { text: 'woord '.repeat(200), size: 10, space: 10 },
    ];
    const pages = layoutPages(blocks, frame, measure);
    expect(pages.length).toBeGreaterThan(3);
    for (const page of pages) {
      expect(page.length).toBeGreaterThan(0);
      for (const line of page) {
        expect(line.x).toBe(20);
        expect(line.x + measure(line.text, line.size)).toBeLessThanOrEqual(180);
        expect(line.y).toBeGreaterThanOrEqual(40);
        expect(line.y).toBeLessThanOrEqual(180);
      }
      const ys = page.map((line) => line.y);
      expect(ys).toEqual([...ys].sort((a, b) => b - a));
    }
    expect(pages[0]?.[0]).toMatchObject({ text: 'Titel', bold: true, size: 20 });
    const words = pages
      .flat()
      .slice(1)
      .flatMap((line) => line.text.split(' '));
    expect(words).toHaveLength(200);
  });

  it('one short text is one page', () => {
    expect(layoutPages([{ text: 'Kort', size: 11 }], TEXT_PAGE, measure)).toHaveLength(1);
  });

  it('fitRect keeps the aspect ratio and centres', () => {
    expect(fitRect({ width: 1600, height: 1000 }, { x: 0, y: 0, width: 800, height: 800 })).toEqual({
      x: 0,
      y: 150,
      width: 800,
      height: 500,
    });
  });

  it('text blocks: title, student, parts covered or not, explanation in WinAnsi', () => {
    const blocks = textBlocks(doc, {
      title: 'G-Star 🌟',
      student: 'Fenna',
      explanation: 'Mijn uitleg → klaar',
      parts: assignmentParts(['Doelgroep', 'Kleuren']),
    });
    expect(blocks.map((block) => block.text)).toEqual([
      'G-Star ?',
      'Student: Fenna',
      'Onderdelen van de opdracht',
      'Doelgroep: 1 op het bord',
      'Kleuren: nog niet op het bord',
      'Toelichting',
      'Mijn uitleg -> klaar',
    ]);
    expect(textBlocks(doc, { title: 'T', student: 'S', explanation: '  ', parts: [], lang: 'en' }).map((block) => block.text)).toEqual([
      'T',
      'Student: S',
      'Explanation',
      'No explanation has been written (yet).',
    ]);
  });

  it('the brief keeps its paragraphs: each starts on its own line, with room above it', () => {
    const brief =
      'Je wilt dat de Bijenkorf naast spijkerbroeken nog meer producten uit jouw assortiment wil verkopen.\n\nAan het eind van deze module lever jij een moodboard op.';
    const blocks = textBlocks(doc, { title: 'T', student: 'S', brief, explanation: '', parts: [] });
    expect(blocks.slice(2, 5).map((block) => block.text)).toEqual([
      'De opdracht',
      'Je wilt dat de Bijenkorf naast spijkerbroeken nog meer producten uit jouw assortiment wil verkopen.',
      'Aan het eind van deze module lever jij een moodboard op.',
    ]);
    const lines = layoutPages(blocks, TEXT_PAGE, measure).flat();
    const end = lines.findIndex((line) => line.text.endsWith('wil verkopen.'));
    const next = lines[end + 1];
    expect(next?.text.startsWith('Aan het eind')).toBe(true);
    const lineHeight = 11 * 1.4;
    expect((lines[end]?.y ?? 0) - (next?.y ?? 0)).toBeGreaterThan(lineHeight + 4);
  });
});

describe('exportPdf', () => {
  it.each([
    ['a short explanation', 'Korte uitleg met één zin.', 2],
    ['a long explanation', 'Dit is een zin over relatiebeheer bij G-Star. '.repeat(400), 6],
  ])('%s: the board page plus text pages that pdf-lib reads back', async (_name, explanation, pages) => {
    const bytes = await exportPdf(doc, {
      title: 'Moodboard G-Star',
      student: 'Fenna de Vries',
      explanation,
      parts: assignmentParts(['Doelgroep']),
      loadImage: noImages,
      renderBoard: boardPng,
    });
    const loaded = await PDFDocument.load(bytes);
    expect(loaded.getPageCount()).toBe(pages);
    expect(loaded.getTitle()).toBe('Moodboard G-Star');
    const [board, text] = loaded.getPages();
    expect(board && board.getWidth() > board.getHeight()).toBe(true);
    expect(text && text.getWidth() < text.getHeight()).toBe(true);
  });
});
