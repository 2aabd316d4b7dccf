import { fitTextBox, fontOf, type TextItem, type TextMeasure } from '../text-fit.ts';
import type { EditorAction } from '../types.ts';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;
let context: Context2D | null | undefined;

function canvasContext(): Context2D | null {
  if (context !== undefined) return context;
  if (typeof OffscreenCanvas !== 'undefined') context = new OffscreenCanvas(1, 1).getContext('2d');
  else if (typeof document !== 'undefined') context = document.createElement('canvas').getContext('2d');
  else context = null;
  return context;
}

/** Text widths in board units from a canvas, the way the board and its export set text; null without a canvas. */
export function boardTextMeasure(): TextMeasure | null {
  const ctx = canvasContext();
  if (!ctx) return null;
  return (text, style) => {
    ctx.font = fontOf(style);
    return ctx.measureText(text).width;
  };
}

/** The edit of a text item's words; the item grows with it wherever the text would no longer fit. */
export function textEdit(item: TextItem, text: string, at: number, measure = boardTextMeasure()): EditorAction {
  const action: EditorAction = { type: 'update', id: item.id, patch: { text }, at };
  return measure ? { ...action, size: fitTextBox({ ...item, text }, measure) } : action;
}
