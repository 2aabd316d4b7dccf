import { memo, useId, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { MessageKey, Translate } from '../../i18n/index.ts';
import { DrawingImage } from './DrawingImage.tsx';
import {
  clampPoint,
  DRAWING_COLOUR_NAMES,
  DRAWING_COLOURS,
  DRAWING_HEIGHT,
  DRAWING_WIDTH,
  DRAWING_WIDTHS,
  fitsLimits,
  strokePath,
  withPoint,
  type Stroke,
} from './strokes.ts';

interface Props {
  prompt: string;
  strokes: readonly Stroke[];
  onChange(strokes: Stroke[]): void;
  image?: { src: string; alt: string } | undefined;
  disabled?: boolean;
  t: Translate;
}

const WIDTH_NAMES: MessageKey[] = ['drawing.width.thin', 'drawing.width.medium', 'drawing.width.thick'];
const ERASER_WIDTH = DRAWING_WIDTHS.length - 1;
/** A keyboard step, and a big one with Shift, in drawing units. */
const STEP = 10;
const BIG_STEP = 50;
const HISTORY = 50;

const Drawn = memo(DrawingImage);

/**
 * Where a student draws: by touch or mouse (pointer events, the page does not scroll under the
 * finger), or by keyboard (arrows move the pen, space puts it down and lifts it). Five colours, three
 * widths, an eraser; undo goes back a line at a time, also after "Wis alles".
 */
export function DrawingPad({ prompt, strokes, onChange, image, disabled = false, t }: Props) {
  const [tool, setTool] = useState<number | 'eraser'>(0);
  const [width, setWidth] = useState(1);
  const [current, setCurrentState] = useState<Stroke | null>(null);
  // The line being drawn, also as a ref: a pointer's last moves and its lift can come before the next render.
  const drawing = useRef<Stroke | null>(null);
  const setCurrent = (stroke: Stroke | null) => {
    drawing.current = stroke;
    setCurrentState(stroke);
  };
  const [history, setHistory] = useState<Stroke[][]>([]);
  const [cursor, setCursor] = useState<{ x: number; y: number } | null>(null);
  const [full, setFull] = useState(false);
  const pointer = useRef<number | null>(null);
  const ids = useId();

  const change = (next: Stroke[]) => {
    setHistory((before) => [...before.slice(-(HISTORY - 1)), [...strokes]]);
    onChange(next);
  };
  const start = (x: number, y: number): Stroke => {
    const [px, py] = clampPoint(x, y);
    return { colour: tool, width: tool === 'eraser' ? ERASER_WIDTH : width, points: [px, py] };
  };
  const finish = (stroke: Stroke | null) => {
    setCurrent(null);
    if (!stroke) return;
    const next = [...strokes, stroke];
    if (!fitsLimits(next)) return setFull(true);
    setFull(false);
    change(next);
  };
  const toUnits = (event: { clientX: number; clientY: number }, box: DOMRect): [number, number] => [
    ((event.clientX - box.left) / box.width) * DRAWING_WIDTH,
    ((event.clientY - box.top) / box.height) * DRAWING_HEIGHT,
  ];

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (disabled || pointer.current !== null || (event.pointerType === 'mouse' && event.button !== 0)) return;
    event.preventDefault();
    // The line goes on when the finger leaves the canvas for a moment; a pointer the browser does not know cannot be captured.
    try {
      event.currentTarget.setPointerCapture(event.pointerId);
    } catch {
      // drawn without capture
    }
    pointer.current = event.pointerId;
    setCursor(null);
    setCurrent(start(...toUnits(event, event.currentTarget.getBoundingClientRect())));
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    if (pointer.current !== event.pointerId) return;
    const points = typeof event.nativeEvent.getCoalescedEvents === 'function' ? event.nativeEvent.getCoalescedEvents() : [];
    const box = event.currentTarget.getBoundingClientRect();
    let next = drawing.current;
    if (!next) return;
    for (const point of points.length > 0 ? points : [event.nativeEvent]) next = withPoint(next, ...toUnits(point, box));
    setCurrent(next);
  };
  const onPointerEnd = (event: PointerEvent<HTMLDivElement>) => {
    if (pointer.current !== event.pointerId) return;
    pointer.current = null;
    finish(drawing.current);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (disabled) return;
    const here = cursor ?? { x: DRAWING_WIDTH / 2, y: DRAWING_HEIGHT / 2 };
    const step = event.shiftKey ? BIG_STEP : STEP;
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (move) {
      event.preventDefault();
      const [x, y] = clampPoint(here.x + move[0], here.y + move[1]);
      setCursor({ x, y });
      if (drawing.current) setCurrent(withPoint(drawing.current, x, y));
    } else if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      setCursor(here);
      if (drawing.current) finish(drawing.current);
      else setCurrent(start(here.x, here.y));
    } else if (event.key === 'Escape' && drawing.current) {
      event.preventDefault();
      finish(drawing.current);
    }
  };

  const undo = () => {
    const previous = history.at(-1);
    if (!previous) return;
    setHistory(history.slice(0, -1));
    setFull(false);
    onChange(previous);
  };

  const penWidth = current ? (DRAWING_WIDTHS[current.width] ?? DRAWING_WIDTHS[0]) : 0;
  return (
    <div className="drawing-pad" data-disabled={disabled || undefined}>
      <div className="drawing-canvas">
        <Drawn strokes={strokes} image={image} />
        <div
          className="drawing-input"
          role="application"
          tabIndex={disabled ? -1 : 0}
          aria-label={t('drawing.pad', { prompt })}
          aria-describedby={`${ids}-help`}
          aria-disabled={disabled || undefined}
          onPointerDown={onPointerDown}
          onPointerMove={onPointerMove}
          onPointerUp={onPointerEnd}
          onPointerCancel={onPointerEnd}
          onKeyDown={onKeyDown}
          onBlur={() => drawing.current && pointer.current === null && finish(drawing.current)}
        >
          <svg viewBox={`0 0 ${DRAWING_WIDTH} ${DRAWING_HEIGHT}`} aria-hidden="true">
            {current && (
              <path
                d={strokePath(current.points)}
                stroke={current.colour === 'eraser' ? 'rgba(120,120,120,0.55)' : (DRAWING_COLOURS[current.colour] ?? DRAWING_COLOURS[0])}
                strokeWidth={penWidth}
                fill="none"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            )}
            {cursor && <circle className="drawing-cursor" cx={cursor.x} cy={cursor.y} r={12} />}
          </svg>
        </div>
      </div>
      <p id={`${ids}-help`} className="hint">
        {t('drawing.padHelp')}
      </p>
      <p className="visually-hidden" aria-live="polite">
        {cursor ? t(current ? 'drawing.penDown' : 'drawing.penUp') : ''}
      </p>
      <div className="drawing-tools">
        <fieldset className="drawing-colours" disabled={disabled}>
          <legend>{t('drawing.tools')}</legend>
          {DRAWING_COLOUR_NAMES.map((name, index) => (
            <label key={name} className="drawing-swatch" title={t(`drawing.colour.${name}`)}>
              <input type="radio" name={`${ids}-tool`} checked={tool === index} onChange={() => setTool(index)} />
              <span className="drawing-swatch-colour" style={{ background: DRAWING_COLOURS[index] }} aria-hidden="true" />
              <span className="visually-hidden">{t(`drawing.colour.${name}`)}</span>
            </label>
          ))}
          <label className="drawing-swatch drawing-eraser">
            <input type="radio" name={`${ids}-tool`} checked={tool === 'eraser'} onChange={() => setTool('eraser')} />
            <span>{t('drawing.eraser')}</span>
          </label>
        </fieldset>
        <fieldset className="drawing-widths" disabled={disabled || tool === 'eraser'}>
          <legend>{t('drawing.width')}</legend>
          {WIDTH_NAMES.map((key, index) => (
            <label key={key} className="drawing-swatch" title={t(key)}>
              <input type="radio" name={`${ids}-width`} checked={width === index} onChange={() => setWidth(index)} />
              <span className="drawing-width-dot" style={{ width: 6 + index * 7, height: 6 + index * 7 }} aria-hidden="true" />
              <span className="visually-hidden">{t(key)}</span>
            </label>
          ))}
        </fieldset>
        <div className="drawing-actions">
          <button type="button" className="button secondary small" disabled={disabled || history.length === 0} onClick={undo}>
            {t('drawing.undo')}
          </button>
          <button type="button" className="button secondary small" disabled={disabled || strokes.length === 0} onClick={() => change([])}>
            {t('drawing.clear')}
          </button>
        </div>
      </div>
      <div role="status" className="feedback-region">
        {full && <p className="hint warning">{t('drawing.full')}</p>}
      </div>
    </div>
  );
}
