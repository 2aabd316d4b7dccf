import { BOARD, type BoardItemOf } from '../shared/moodboard/board.ts';
import { wrapText } from './text-wrap.ts';

/**
 * How the board sets the text of headings, text blocks and sticky notes, in board units. The board
 * on screen (`moodboard.css`), the PNG export and the sizing below all follow these numbers.
 */
export const TEXT_STYLES = {
  heading: { size: 48, weight: 800, lineHeight: 1.1, padding: 0 },
  note: { size: 22, weight: 400, lineHeight: 1.3, padding: 12 },
  sticky: { size: 22, weight: 400, lineHeight: 1.3, padding: 14 },
} as const;

export type TextKind = keyof typeof TEXT_STYLES;
export type TextStyle = (typeof TEXT_STYLES)[TextKind];
export type TextItem = BoardItemOf<TextKind>;

/** The page's font (`--font` in global.css), which the board's text uses. */
export const BOARD_FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Liberation Sans', Arial, sans-serif";

/** The CSS/canvas font of a style, e.g. `800 48px system-ui, …`. */
export const fontOf = (style: TextStyle): string => `${style.weight} ${style.size}px ${BOARD_FONT}`;

/** Width of `text` set in `style`, in board units (a canvas's `measureText` with `fontOf(style)`). */
export type TextMeasure = (text: string, style: TextStyle) => number;

export const isTextKind = (kind: string): kind is TextKind => kind in TEXT_STYLES;

/**
 * The lines of a text item as the export draws them in its box: wrapped to the inner width, and
 * cut with an ellipsis when the box is too low. `complete` is false when lines were left out.
 */
export function textItemLines(
  item: Pick<TextItem, 'kind' | 'text' | 'w' | 'h'>,
  measure: TextMeasure,
): { lines: string[]; complete: boolean } {
  const style = TEXT_STYLES[item.kind];
  const width = Math.max(1, item.w - 2 * style.padding);
  // A hair of tolerance, so a box made exactly n lines high holds n lines despite rounding.
  const room = Math.floor((item.h - 2 * style.padding) / (style.size * style.lineHeight) + 1e-6);
  const all = wrapText(item.text, width, (part) => measure(part, style));
  return {
    lines: all.length <= room ? all : wrapText(item.text, width, (part) => measure(part, style), room),
    complete: all.length <= room,
  };
}

/**
 * Share of the inner width the sizing wraps at. Browsers and canvases round text widths a little
 * differently, and a narrower wrap never gives fewer lines, so the box holds the text in both.
 */
export const FIT_WIDTH = 0.94;

/** The widest each kind grows to fit its text, and the shape it grows towards (height per width). */
const GROWTH = {
  heading: { maxWidth: 1200, ratio: 0.3 },
  note: { maxWidth: 960, ratio: 1 },
  sticky: { maxWidth: 600, ratio: 1 },
} as const satisfies Record<TextKind, { maxWidth: number; ratio: number }>;

/** The height (board units) a text item `w` wide needs for all of its text. */
export function neededHeight(kind: TextKind, text: string, w: number, measure: TextMeasure): number {
  const style = TEXT_STYLES[kind];
  const lines = wrapText(text, Math.max(1, (w - 2 * style.padding) * FIT_WIDTH), (part) => measure(part, style)).length;
  return 2 * style.padding + Math.max(1, lines) * style.size * style.lineHeight;
}

/**
 * The size a text item needs so that none of its text is cut: its own size when the text fits;
 * otherwise it grows (never shrinks) in grid steps, first wider towards its kind's shape, then
 * higher, within the board.
 */
export function fitTextBox(item: Pick<TextItem, 'kind' | 'text' | 'w' | 'h'>, measure: TextMeasure): { w: number; h: number } {
  const needs = (w: number) => neededHeight(item.kind, item.text, w, measure);
  if (needs(item.w) <= item.h) return { w: item.w, h: item.h };
  const growth = GROWTH[item.kind];
  const widest = Math.max(item.w, Math.min(growth.maxWidth, BOARD.width));
  let w = item.w;
  while (w < widest && needs(w) > Math.max(item.h, w * growth.ratio)) w = Math.min(widest, w + BOARD.grid);
  const h = Math.min(BOARD.height, Math.max(item.h, Math.ceil(needs(w) / BOARD.grid - 1e-6) * BOARD.grid));
  return { w, h };
}
