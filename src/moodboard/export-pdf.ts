import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont } from 'pdf-lib';
import { translator, type Language } from '../i18n/index.ts';
import { briefParagraphs, type AssignmentPart } from '../shared/moodboard/assignment.ts';
import { BOARD, type BoardDoc } from '../shared/moodboard/board.ts';
import { exportPng, type ImageLoader } from './export-canvas.ts';
import { partsCoverage } from './items.ts';
import { wrapText } from './text-wrap.ts';
import { toWinAnsi } from './winansi.ts';

/** A piece of text of a given size and weight; `space` (points) comes before it. */
export interface TextBlock {
  text: string;
  size: number;
  bold?: boolean;
  space?: number;
}

/** One line placed on a page: `y` is the baseline, from the bottom (PDF coordinates). */
export interface PlacedLine {
  text: string;
  x: number;
  y: number;
  size: number;
  bold: boolean;
}

export interface PageFrame {
  width: number;
  height: number;
  margin: number;
  /** Room kept free at the bottom for the page number. */
  footer: number;
}

export type FontMeasure = (text: string, size: number, bold: boolean) => number;

/** Portrait A4 in points with 2 cm margins. */
export const TEXT_PAGE: PageFrame = { width: PageSizes.A4[0], height: PageSizes.A4[1], margin: 56.7, footer: 24 };
const LINE_HEIGHT = 1.4;

/**
 * `blocks` wrapped to the frame's width and flowed over as many pages as they need; a page never
 * starts with the space of a block, and every page gets at least one line.
 */
export function layoutPages(blocks: readonly TextBlock[], frame: PageFrame, measure: FontMeasure): PlacedLine[][] {
  const width = frame.width - 2 * frame.margin;
  const top = frame.height - frame.margin;
  const bottom = frame.margin + frame.footer;
  const pages: PlacedLine[][] = [[]];
  let y = top;
  for (const block of blocks) {
    const bold = block.bold ?? false;
    const lineHeight = block.size * LINE_HEIGHT;
    const lines = wrapText(block.text, width, (text) => measure(text, block.size, bold));
    lines.forEach((text, index) => {
      let page = pages.at(-1) ?? [];
      const space = index === 0 && page.length > 0 ? (block.space ?? 0) : 0;
      if (page.length > 0 && y - space - lineHeight < bottom) {
        page = [];
        pages.push(page);
        y = top;
      } else {
        y -= space;
      }
      y -= lineHeight;
      // The baseline sits a little above the bottom of the line box, like in CSS.
      page.push({ text, x: frame.margin, y: y + (lineHeight - block.size) / 2 + block.size * 0.22, size: block.size, bold });
    });
  }
  return pages;
}

/** `inner` scaled to fit in `box`, centred. */
export function fitRect(inner: { width: number; height: number }, box: { x: number; y: number; width: number; height: number }) {
  const scale = Math.min(box.width / inner.width, box.height / inner.height);
  const width = inner.width * scale;
  const height = inner.height * scale;
  return { x: box.x + (box.width - width) / 2, y: box.y + (box.height - height) / 2, width, height };
}

export interface PdfOptions {
  title: string;
  student: string;
  /** The assignment's brief; each of its paragraphs is a paragraph in the PDF. */
  brief?: string;
  explanation: string;
  parts: readonly AssignmentPart[];
  loadImage: ImageLoader;
  lang?: Language;
  /** The board as PNG bytes; by default drawn with `exportPng` at twice the board's size. */
  renderBoard?: (doc: BoardDoc) => Promise<Uint8Array>;
}

/** The text pages' blocks: title, student, the brief, which parts the board covers, and the explanation. */
export function textBlocks(
  doc: BoardDoc,
  options: Pick<PdfOptions, 'title' | 'student' | 'brief' | 'explanation' | 'parts' | 'lang'>,
): TextBlock[] {
  const t = translator(options.lang ?? 'nl');
  const blocks: TextBlock[] = [
    { text: options.title, size: 20, bold: true },
    { text: t('moodboardCore.pdfStudent', { name: options.student }), size: 11, space: 4 },
  ];
  const brief = briefParagraphs(options.brief ?? '');
  if (brief.length > 0) {
    blocks.push({ text: t('moodboardCore.pdfBrief'), size: 13, bold: true, space: 18 });
    brief.forEach((paragraph, index) => blocks.push({ text: paragraph, size: 11, space: index === 0 ? 4 : 8 }));
  }
  if (options.parts.length > 0) {
    blocks.push({ text: t('moodboardCore.pdfParts'), size: 13, bold: true, space: 18 });
    for (const { part, items } of partsCoverage(doc, options.parts)) {
      const line =
        items.length > 0
          ? t('moodboardCore.pdfPartCovered', { part: part.text, count: items.length })
          : t('moodboardCore.pdfPartMissing', { part: part.text });
      blocks.push({ text: line, size: 11, space: 2 });
    }
  }
  blocks.push({ text: t('moodboardCore.pdfExplanation'), size: 13, bold: true, space: 18 });
  const explanation = options.explanation.trim();
  blocks.push({ text: explanation || t('moodboardCore.pdfNoExplanation'), size: 11, space: 4 });
  return blocks.map((block) => ({ ...block, text: toWinAnsi(block.text) }));
}

const INK = rgb(0.078, 0.129, 0.239);
const SOFT = rgb(0.239, 0.29, 0.388);

/**
 * The hand-in as a PDF: page 1 the board (landscape A4, fitted), then the title, student, parts
 * and explanation over as many portrait pages as they need, every page numbered.
 */
export async function exportPdf(doc: BoardDoc, options: PdfOptions): Promise<Uint8Array> {
  const t = translator(options.lang ?? 'nl');
  const pdf = await PDFDocument.create();
  pdf.setTitle(options.title);
  pdf.setAuthor(options.student);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const fontOf = (isBold: boolean): PDFFont => (isBold ? bold : regular);
  const render =
    options.renderBoard ?? (async (board: BoardDoc) => new Uint8Array(await (await exportPng(board, options.loadImage, 2)).arrayBuffer()));
  const image = await pdf.embedPng(await render(doc));

  const [boardWidth, boardHeight] = [PageSizes.A4[1], PageSizes.A4[0]];
  const boardPage = pdf.addPage([boardWidth, boardHeight]);
  const margin = 28;
  const caption = toWinAnsi(`${options.title} - ${options.student}`);
  const captionLine = wrapText(caption, boardWidth - 2 * margin, (text) => bold.widthOfTextAtSize(text, 12), 1)[0] ?? '';
  boardPage.drawText(captionLine, { x: margin, y: boardHeight - margin - 12, size: 12, font: bold, color: INK });
  const area = { x: margin, y: margin + 16, width: boardWidth - 2 * margin, height: boardHeight - 2 * margin - 16 - 24 };
  boardPage.drawImage(image, fitRect({ width: BOARD.width, height: BOARD.height }, area));

  const measure: FontMeasure = (text, size, isBold) => fontOf(isBold).widthOfTextAtSize(text, size);
  const layout = layoutPages(textBlocks(doc, options), TEXT_PAGE, measure);
  for (const lines of layout) {
    const page = pdf.addPage([TEXT_PAGE.width, TEXT_PAGE.height]);
    for (const line of lines) page.drawText(line.text, { x: line.x, y: line.y, size: line.size, font: fontOf(line.bold), color: INK });
  }
  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const label = toWinAnsi(t('moodboardCore.pdfPage', { page: index + 1, pages: pages.length }));
    const size = 9;
    page.drawText(label, {
      x: page.getWidth() - margin - regular.widthOfTextAtSize(label, size),
      y: margin / 2 + 4,
      size,
      font: regular,
      color: SOFT,
    });
  });
  return pdf.save();
}
