// Browser-safe: the phone, the board, the report and the server share these without zod.

/** The canvas in drawing units: 4:3, whatever the screen; points are whole units from the top left. */
export const DRAWING_WIDTH = 1000;
export const DRAWING_HEIGHT = 750;
/** The pen colours, by index: black, red, blue, green, orange (each 4.5:1 or more on white). */
export const DRAWING_COLOURS = ['#1d1d1b', '#c62828', '#1565c0', '#2e7d32', '#b45309'] as const;
export const DRAWING_COLOUR_NAMES = ['black', 'red', 'blue', 'green', 'orange'] as const;
/** Line widths in drawing units: thin, medium, thick; the eraser is always thick. */
export const DRAWING_WIDTHS = [6, 14, 32] as const;
/**
 * What one drawing may hold: enough for a sketch with a few words, and on the wire (at most five
 * bytes a coordinate) always within the 64 KB a live message may be.
 */
export const DRAWING_MAX_STROKES = 250;
export const DRAWING_MAX_POINTS = 5000;
/** Points of one stroke (x and y each count once). */
export const STROKE_MAX_POINTS = 1500;

/** One line: a colour (or the eraser), a width, and its points as [x0, y0, x1, y1, …]. */
export interface Stroke {
  colour: number | 'eraser';
  width: number;
  points: number[];
}

export interface DrawingAnswer {
  kind: 'drawing';
  strokes: Stroke[];
}

/** How many points a drawing has (its size, and how a screen tells a changed drawing from the one it has). */
export const pointCount = (strokes: readonly Stroke[]): number => strokes.reduce((sum, stroke) => sum + stroke.points.length / 2, 0);

/** A point within the canvas, in whole units. */
export function clampPoint(x: number, y: number): [number, number] {
  const fit = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(Number.isFinite(value) ? value : 0)));
  return [fit(x, DRAWING_WIDTH), fit(y, DRAWING_HEIGHT)];
}

/** The stroke with the point added, unless it is within a unit or two of the last one (a still finger adds nothing). */
export function withPoint(stroke: Stroke, x: number, y: number): Stroke {
  const [px, py] = clampPoint(x, y);
  const last = stroke.points.length;
  if (last >= 2 && Math.abs((stroke.points[last - 2] ?? 0) - px) < 2 && Math.abs((stroke.points[last - 1] ?? 0) - py) < 2) return stroke;
  if (last / 2 >= STROKE_MAX_POINTS) return stroke;
  return { ...stroke, points: [...stroke.points, px, py] };
}

/** The SVG path of a stroke; a single point is a dot (a line of no length with round caps). */
export function strokePath(points: readonly number[]): string {
  if (points.length < 2) return '';
  const [x0, y0] = points;
  const rest: string[] = [];
  for (let index = 2; index + 1 < points.length; index += 2) rest.push(`${points[index]} ${points[index + 1]}`);
  return `M${x0} ${y0}L${rest.length > 0 ? rest.join(' ') : `${x0} ${y0}`}`;
}

/** Whether the drawing keeps within what the server accepts (the phone checks before it sends). */
export const fitsLimits = (strokes: readonly Stroke[]): boolean =>
  strokes.length <= DRAWING_MAX_STROKES && pointCount(strokes) <= DRAWING_MAX_POINTS;

/** A drawing read back from the device or the server; anything of another shape counts as empty. */
export function asDrawing(value: unknown): Stroke[] {
  if (typeof value !== 'object' || value === null) return [];
  const strokes = (value as { strokes?: unknown }).strokes;
  if (!Array.isArray(strokes)) return [];
  return strokes.filter(
    (stroke): stroke is Stroke =>
      typeof stroke === 'object' &&
      stroke !== null &&
      Array.isArray((stroke as Stroke).points) &&
      ((stroke as Stroke).colour === 'eraser' || typeof (stroke as Stroke).colour === 'number'),
  );
}
