import { BOARD, type BoardItem } from '../../shared/moodboard/board.ts';
import { fitPosition, fitRotation, fitSize } from '../rules.ts';

/** An item's box in board units (see `BOARD`); rotation in degrees, clockwise, about the centre. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
  rotation: number;
}

export interface Point {
  x: number;
  y: number;
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/**
 * CSS for an item on a board of any width: positions and sizes as percentages of the board, so
 * the server render scales exactly like the browser does, without measuring anything.
 */
export function boxStyle(box: Box, z: number): Record<string, string | number> {
  return {
    left: `${round1((box.x / BOARD.width) * 1000) / 10}%`,
    top: `${round1((box.y / BOARD.height) * 1000) / 10}%`,
    width: `${round1((box.w / BOARD.width) * 1000) / 10}%`,
    height: `${round1((box.h / BOARD.height) * 1000) / 10}%`,
    transform: box.rotation === 0 ? 'none' : `rotate(${box.rotation}deg)`,
    zIndex: z,
  };
}

/** Items back to front, the order they are painted (ties keep the document order). */
export function byStacking<T extends { z: number }>(items: readonly T[]): T[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.z - b.item.z || a.index - b.index)
    .map(({ item }) => item);
}

/** Screen pixels on a board shown `boardWidthPx` wide, in board units. */
export function toBoardDelta(dxPx: number, dyPx: number, boardWidthPx: number): Point {
  const scale = boardWidthPx > 0 ? BOARD.width / boardWidthPx : 1;
  return { x: dxPx * scale, y: dyPx * scale };
}

/** Where a drag by `delta` puts the item, by the editor's own rules (grid, stays visible). */
export function dragMove(start: Box, delta: Point, snap: boolean): Box {
  return { ...start, ...fitPosition(start.x + delta.x, start.y + delta.y, start.w, start.h, snap) };
}

const rotate = (p: Point, degrees: number): Point => {
  const r = (degrees * Math.PI) / 180;
  return { x: p.x * Math.cos(r) - p.y * Math.sin(r), y: p.x * Math.sin(r) + p.y * Math.cos(r) };
};

/**
 * The box after dragging its bottom-right handle by `delta` (board units, screen axes). The
 * drag is read in the item's own (rotated) axes and the opposite corner stays where it is on
 * screen, so a turned item grows the way the pointer goes. `aspect` (w / h) keeps images undistorted.
 */
export function dragResize(start: Box, delta: Point, options: { snap: boolean; aspect?: number }): Box {
  const local = rotate(delta, -start.rotation);
  let { w, h } = fitSize(start.w + local.x, start.h + local.y, options.snap);
  if (options.aspect && options.aspect > 0) {
    h = w / options.aspect;
    if (h > BOARD.height || h < BOARD.minItemHeight) {
      h = clamp(h, BOARD.minItemHeight, BOARD.height);
      w = clamp(h * options.aspect, BOARD.minItemWidth, BOARD.width);
    }
  }
  const centre = { x: start.x + start.w / 2, y: start.y + start.h / 2 };
  const offset = rotate({ x: -start.w / 2, y: -start.h / 2 }, start.rotation);
  const fixed = { x: centre.x + offset.x, y: centre.y + offset.y };
  const half = rotate({ x: w / 2, y: h / 2 }, start.rotation);
  const newCentre = { x: fixed.x + half.x, y: fixed.y + half.y };
  return { ...start, w: round1(w), h: round1(h), x: round1(newCentre.x - w / 2), y: round1(newCentre.y - h / 2) };
}

/**
 * The rotation after turning the rotate handle from `from` to `to` around `centre` (any one
 * coordinate system, e.g. client pixels); 15° steps when `snap`.
 */
export function dragRotate(startRotation: number, centre: Point, from: Point, to: Point, snap: boolean): number {
  const angle = (p: Point) => (Math.atan2(p.y - centre.y, p.x - centre.x) * 180) / Math.PI;
  return Math.round(fitRotation(startRotation + angle(to) - angle(from), snap));
}

/** A pointer that moved less than this (pixels) made a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3;

export const movedEnough = (dxPx: number, dyPx: number) => Math.hypot(dxPx, dyPx) >= DRAG_THRESHOLD_PX;

/** The box an item has now. */
export const boxOf = (item: BoardItem): Box => ({ x: item.x, y: item.y, w: item.w, h: item.h, rotation: item.rotation });

/** The w / h an image should keep, or undefined for items that may be any shape. */
export const aspectOf = (item: BoardItem): number | undefined =>
  item.kind === 'image' ? item.naturalWidth / item.naturalHeight : undefined;

/** Where arrow keys move an item: one grid step, five with Shift (the reducer keeps it on the board). */
export function nudge(box: Box, direction: Point, big: boolean): Point {
  const step = BOARD.grid * (big ? 5 : 1);
  return { x: box.x + direction.x * step, y: box.y + direction.y * step };
}
