import { BOARD, boardItemSchema, type BoardItem } from '../shared/moodboard/board.ts';
import type { ItemPatch } from './types.ts';

/** How much of an item (board units, each way) stays on the board however far it is dragged. */
export const KEEP_VISIBLE = BOARD.grid * 2;

/** Degrees per step when the snap switch is on. */
export const ROTATION_STEP = 15;

const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
const snapTo = (value: number, step: number): number => Math.round(value / step) * step;
/** Keeps `-0` out of documents, so equal docs also serialise the same. */
const plain = (value: number): number => (value === 0 ? 0 : value);

/** Width and height within the board's limits; on the grid when `snap` (never below the minimum). */
export function fitSize(w: number, h: number, snap: boolean): { w: number; h: number } {
  const grid = snap ? BOARD.grid : 0;
  const round = (value: number, min: number, max: number) => {
    const snapped = grid ? snapTo(value, grid) : value;
    // The smallest size on the grid, so a snapped item never ends up between grid lines.
    const least = grid ? Math.ceil(min / grid) * grid : min;
    return clamp(snapped, least, max);
  };
  return { w: round(w, BOARD.minItemWidth, BOARD.width), h: round(h, BOARD.minItemHeight, BOARD.height) };
}

/** A position for a `w`×`h` item: on the grid when `snap`, and with at least `KEEP_VISIBLE` of it on the board. */
export function fitPosition(x: number, y: number, w: number, h: number, snap: boolean): { x: number; y: number } {
  const sx = snap ? snapTo(x, BOARD.grid) : x;
  const sy = snap ? snapTo(y, BOARD.grid) : y;
  return {
    x: plain(clamp(sx, Math.min(0, KEEP_VISIBLE - w), BOARD.width - Math.min(w, KEEP_VISIBLE))),
    y: plain(clamp(sy, Math.min(0, KEEP_VISIBLE - h), BOARD.height - Math.min(h, KEEP_VISIBLE))),
  };
}

/** Degrees in -180..180 (180 stays 180); 15° steps when `snap`. */
export function fitRotation(degrees: number, snap: boolean): number {
  const normalise = (value: number) => {
    const turned = ((((value + 180) % 360) + 360) % 360) - 180;
    return plain(turned === -180 && value > 0 ? 180 : turned);
  };
  const turned = normalise(degrees);
  return snap ? normalise(snapTo(turned, ROTATION_STEP)) : turned;
}

/** Fields of `ItemPatch` each kind of item has (an answer card is a copy of what was said in class). */
export const EDITABLE_FIELDS = {
  heading: ['text'],
  note: ['text'],
  sticky: ['text', 'colour'],
  image: ['alt'],
  link: ['url', 'title'],
  swatch: ['colour', 'label'],
  answer: [],
} as const satisfies Record<BoardItem['kind'], readonly (keyof ItemPatch)[]>;

/**
 * The item with `patch` applied to the fields its kind has (others are left out), or null when a
 * value is not allowed (a sticky colour outside `STICKY_COLOURS`, a swatch colour that is not
 * #rrggbb, text over the limit, a link that is not http(s)) or nothing applies.
 */
export function patchItem(item: BoardItem, patch: ItemPatch): BoardItem | null {
  const fields: readonly string[] = EDITABLE_FIELDS[item.kind];
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    if (!fields.includes(field) || value === undefined) continue;
    // Colour inputs may answer in capitals; the document stores lower case.
    changes[field] = item.kind === 'swatch' && field === 'colour' && typeof value === 'string' ? value.toLowerCase() : value;
  }
  if (Object.keys(changes).length === 0) return null;
  const parsed = boardItemSchema.safeParse({ ...item, ...changes });
  return parsed.success ? parsed.data : null;
}

/** True when both items have the same fields with the same values. */
export function sameItem(a: BoardItem, b: BoardItem): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  if (keys.length !== Object.keys(right).length) return false;
  return keys.every((key) => {
    const l = left[key];
    const r = right[key];
    if (Array.isArray(l) && Array.isArray(r)) return l.length === r.length && l.every((value, index) => value === r[index]);
    if (typeof l === 'object' && l !== null && typeof r === 'object' && r !== null) return JSON.stringify(l) === JSON.stringify(r);
    return l === r;
  });
}

const PART_PATTERN = /^deel-[1-9]\d?$/;

/** `parts` without unknown ids and doubles, in the order of `known` (or by number without `known`). */
export function cleanParts(parts: readonly string[], known: readonly string[] | undefined): string[] {
  const allowed = (part: string) => (known ? known.includes(part) : PART_PATTERN.test(part));
  const unique = [...new Set(parts.filter(allowed))];
  const rank = (part: string) => (known ? known.indexOf(part) : Number(part.slice('deel-'.length)));
  return unique.sort((a, b) => rank(a) - rank(b)).slice(0, 20);
}

/** `item` grown to at least `size` (within the board's limits), moved in as far as it must to stay on the board. */
export function growItem(item: BoardItem, size: { w: number; h: number }): BoardItem {
  if (!Number.isFinite(size.w) || !Number.isFinite(size.h)) return item;
  const w = clamp(Math.max(item.w, size.w), BOARD.minItemWidth, BOARD.width);
  const h = clamp(Math.max(item.h, size.h), BOARD.minItemHeight, BOARD.height);
  if (w === item.w && h === item.h) return item;
  const inside = (at: number, length: number, board: number) => (at + length > board ? plain(Math.max(0, board - length)) : at);
  return { ...item, w, h, x: inside(item.x, w, BOARD.width), y: inside(item.y, h, BOARD.height) };
}
