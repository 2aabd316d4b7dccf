import { BOARD, type BoardDoc, type BoardItem, type StickyColour } from '../shared/moodboard/board.ts';
import { itemsInListOrder } from './items.ts';
import { BOARD_FONT, fontOf, TEXT_STYLES, textItemLines, type TextItem } from './text-fit.ts';
import { wrapText } from './text-wrap.ts';

/** Gives the picture of an upload, ready to draw (e.g. a decoded `HTMLImageElement`). */
export type ImageLoader = (uploadId: string) => Promise<CanvasImageSource>;

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The board's colours, as the board on screen shows them. */
export const BOARD_COLOURS = {
  background: '#fbfbf8',
  ink: '#14213d',
  inkSoft: '#3d4a63',
  paper: '#ffffff',
  line: '#c9d1de',
  brand: '#1d4e89',
  answer: '#eef3fb',
  missingImage: '#e6e9ef',
} as const;

export const STICKY_FILLS = {
  geel: '#fff1a8',
  roze: '#ffd3e2',
  blauw: '#cfe5ff',
  groen: '#d3f2cf',
  oranje: '#ffd8a8',
} as const satisfies Record<StickyColour, string>;

const MONO = "ui-monospace, 'DejaVu Sans Mono', Menlo, Consolas, monospace";
const TEXT_SIZE = 22;

interface TextStyle {
  size: number;
  weight?: number;
  colour?: string;
  lineHeight?: number;
  family?: string;
}

/** Draws `text` wrapped into the box (ellipsis when it does not fit); returns the height it took. */
function drawText(ctx: Context2D, text: string, x: number, y: number, w: number, h: number, style: TextStyle): number {
  const lineHeight = style.size * (style.lineHeight ?? 1.3);
  ctx.font = `${style.weight ?? 400} ${style.size}px ${style.family ?? BOARD_FONT}`;
  ctx.fillStyle = style.colour ?? BOARD_COLOURS.ink;
  ctx.textBaseline = 'top';
  const lines = wrapText(text, Math.max(1, w), (part) => ctx.measureText(part).width, Math.floor(h / lineHeight));
  lines.forEach((line, index) => ctx.fillText(line, x, y + index * lineHeight + (lineHeight - style.size) / 2));
  return lines.length * lineHeight;
}

/** A heading, text block or sticky note's text, laid out by `textItemLines` (the same rules the board sizes items by). */
function drawTextItem(ctx: Context2D, item: TextItem): void {
  const style = TEXT_STYLES[item.kind];
  const lineHeight = style.size * style.lineHeight;
  const { lines } = textItemLines(item, (text, measured) => {
    ctx.font = fontOf(measured);
    return ctx.measureText(text).width;
  });
  ctx.font = fontOf(style);
  ctx.fillStyle = BOARD_COLOURS.ink;
  ctx.textBaseline = 'top';
  lines.forEach((line, index) => ctx.fillText(line, style.padding, style.padding + index * lineHeight + (lineHeight - style.size) / 2));
}

function card(ctx: Context2D, item: BoardItem, fill: string, border?: { colour: string; width: number; radius?: number }): void {
  ctx.beginPath();
  if (border?.radius && typeof ctx.roundRect === 'function') ctx.roundRect(0, 0, item.w, item.h, border.radius);
  else ctx.rect(0, 0, item.w, item.h);
  ctx.fillStyle = fill;
  ctx.fill();
  if (!border) return;
  ctx.lineWidth = border.width;
  ctx.strokeStyle = border.colour;
  ctx.stroke();
}

const sizeOf = (source: CanvasImageSource, item: Extract<BoardItem, { kind: 'image' }>): { w: number; h: number } => {
  const natural = source as { naturalWidth?: number; naturalHeight?: number; width?: unknown; height?: unknown };
  if (natural.naturalWidth && natural.naturalHeight) return { w: natural.naturalWidth, h: natural.naturalHeight };
  if (typeof natural.width === 'number' && typeof natural.height === 'number' && natural.width > 0)
    return { w: natural.width, h: natural.height };
  return { w: item.naturalWidth, h: item.naturalHeight };
};

function drawItem(ctx: Context2D, item: BoardItem, images: ReadonlyMap<string, CanvasImageSource>): void {
  const { w, h } = item;
  switch (item.kind) {
    case 'heading':
      drawTextItem(ctx, item);
      return;
    case 'note':
      card(ctx, item, BOARD_COLOURS.paper, { colour: BOARD_COLOURS.line, width: 1 });
      drawTextItem(ctx, item);
      return;
    case 'sticky':
      card(ctx, item, STICKY_FILLS[item.colour]);
      drawTextItem(ctx, item);
      return;
    case 'image': {
      const source = images.get(item.uploadId);
      if (!source) {
        card(ctx, item, BOARD_COLOURS.missingImage);
        drawText(ctx, item.alt, 12, 12, w - 24, h - 24, { size: TEXT_SIZE * 0.85, colour: BOARD_COLOURS.inkSoft });
        return;
      }
      // Like `object-fit: contain` on screen: the whole picture, undistorted, centred.
      const natural = sizeOf(source, item);
      const scale = Math.min(w / natural.w, h / natural.h);
      ctx.drawImage(source, (w - natural.w * scale) / 2, (h - natural.h * scale) / 2, natural.w * scale, natural.h * scale);
      return;
    }
    case 'link': {
      card(ctx, item, BOARD_COLOURS.paper, { colour: BOARD_COLOURS.brand, width: 2, radius: 10 });
      const urlSize = TEXT_SIZE * 0.8;
      const urlHeight = urlSize * 1.3;
      const titleHeight = item.title
        ? drawText(ctx, item.title, 12, 12, w - 24, h - 28 - urlHeight, { size: TEXT_SIZE, weight: 700, colour: BOARD_COLOURS.brand })
        : 0;
      drawText(ctx, item.url, 12, 12 + titleHeight + 4, w - 24, urlHeight, {
        size: urlSize,
        colour: item.title ? BOARD_COLOURS.inkSoft : BOARD_COLOURS.brand,
      });
      return;
    }
    case 'swatch': {
      card(ctx, item, BOARD_COLOURS.paper, { colour: BOARD_COLOURS.line, width: 1 });
      const size = TEXT_SIZE * 0.85;
      const textHeight = 12 + size * 1.3 * (item.label ? 2 : 1);
      const block = Math.max(h * 0.4, h - textHeight);
      ctx.fillStyle = item.colour;
      ctx.fillRect(0, 0, w, block);
      let y = block + 6;
      if (item.label) y += drawText(ctx, item.label, 10, y, w - 20, h - y, { size });
      drawText(ctx, item.colour, 10, y, w - 20, h - y, { size, family: MONO, colour: BOARD_COLOURS.inkSoft });
      return;
    }
    case 'answer': {
      card(ctx, item, BOARD_COLOURS.answer);
      ctx.fillStyle = BOARD_COLOURS.brand;
      ctx.fillRect(0, 0, 8, h);
      const inner = { x: 20, y: 12, w: w - 32, h: h - 24 };
      const questionSize = TEXT_SIZE * 0.85;
      // The question never takes more than half the card: the answer is what counts.
      const asked = drawText(ctx, item.question, inner.x, inner.y, inner.w, Math.max(questionSize * 1.3, inner.h / 2), {
        size: questionSize,
        weight: 700,
        colour: BOARD_COLOURS.inkSoft,
      });
      drawText(ctx, item.text, inner.x, inner.y + asked + 4, inner.w, inner.h - asked - 4, { size: TEXT_SIZE });
      return;
    }
  }
}

/** Draws the board in board units (scale the context first for other sizes), back to front. */
export function drawBoard(ctx: Context2D, doc: BoardDoc, images: ReadonlyMap<string, CanvasImageSource>): void {
  ctx.fillStyle = BOARD_COLOURS.background;
  ctx.fillRect(0, 0, BOARD.width, BOARD.height);
  for (const item of itemsInListOrder(doc)) {
    ctx.save();
    ctx.translate(item.x + item.w / 2, item.y + item.h / 2);
    ctx.rotate((item.rotation * Math.PI) / 180);
    ctx.translate(-item.w / 2, -item.h / 2);
    ctx.beginPath();
    ctx.rect(0, 0, item.w, item.h);
    ctx.clip();
    drawItem(ctx, item, images);
    ctx.restore();
  }
}

/** The pictures of the board's images; one that fails to load is left out (its card shows the alt text). */
export async function loadBoardImages(doc: BoardDoc, loadImage: ImageLoader): Promise<Map<string, CanvasImageSource>> {
  const ids = [...new Set(doc.items.flatMap((item) => (item.kind === 'image' ? [item.uploadId] : [])))];
  const loaded = await Promise.all(
    ids.map((id) =>
      loadImage(id).then(
        (source) => [id, source] as const,
        () => null,
      ),
    ),
  );
  return new Map(loaded.filter((entry) => entry !== null));
}

/** An `ImageLoader` for the browser: loads and decodes `urlOf(uploadId)`. */
export const loadImageFrom =
  (urlOf: (uploadId: string) => string): ImageLoader =>
  async (uploadId) => {
    const image = new Image();
    image.src = urlOf(uploadId);
    await image.decode();
    return image;
  };

/** The board as a PNG of `BOARD.width × scale` by `BOARD.height × scale` pixels. */
export async function exportPng(doc: BoardDoc, loadImage: ImageLoader, scale = 1): Promise<Blob> {
  const images = await loadBoardImages(doc, loadImage);
  const width = Math.round(BOARD.width * scale);
  const height = Math.round(BOARD.height * scale);
  if (typeof OffscreenCanvas !== 'undefined') {
    const canvas = new OffscreenCanvas(width, height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2d canvas');
    ctx.scale(scale, scale);
    drawBoard(ctx, doc, images);
    return canvas.convertToBlob({ type: 'image/png' });
  }
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas');
  ctx.scale(scale, scale);
  drawBoard(ctx, doc, images);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no PNG'))), 'image/png'));
}
