import { BOARD } from '../shared/moodboard/board.ts';

/** A box on the board in board units. */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** Room kept free along the board's edges, and the step between the cells new items try. */
export const PLACE_MARGIN = BOARD.grid * 2;
export const PLACE_STEP = BOARD.grid * 4;
/** Room kept free between a new item and the others. */
export const PLACE_GAP = BOARD.grid;
/** How far each item lands from the one before it once the board has no free cell. */
export const CASCADE_STEP = BOARD.grid * 2;

type Spot = { x: number; y: number };
type Size = { w: number; h: number };

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** `spot` moved just enough that the item lies on the board (its top-left corner on it when it is bigger). */
const onBoard = (spot: Spot, size: Size): Spot => ({
  x: Math.max(0, Math.min(spot.x, BOARD.width - size.w)),
  y: Math.max(0, Math.min(spot.y, BOARD.height - size.h)),
});

/** The cells (reading order) where a `size` item lies wholly on the board, inside the margin. */
function cells(size: Size): Spot[] {
  const found: Spot[] = [];
  for (let y = PLACE_MARGIN; y + size.h <= BOARD.height; y += PLACE_STEP)
    for (let x = PLACE_MARGIN; x + size.w <= BOARD.width; x += PLACE_STEP) found.push({ x, y });
  return found;
}

/** Diagonally on from the item in front (the last one added), wrapping at the edges, never on another item's spot. */
function cascade(items: readonly (Rect & { z: number })[], size: Size): Spot {
  const front = items.reduce<(Rect & { z: number }) | undefined>((top, item) => (!top || item.z >= top.z ? item : top), undefined);
  let spot = front ? { x: front.x + CASCADE_STEP, y: front.y + CASCADE_STEP } : { x: PLACE_MARGIN, y: PLACE_MARGIN };
  const taken = (candidate: Spot) => items.some((item) => item.x === candidate.x && item.y === candidate.y);
  for (let tries = 0; tries < 100; tries++) {
    spot = {
      x: spot.x + size.w > BOARD.width ? PLACE_MARGIN : spot.x,
      y: spot.y + size.h > BOARD.height ? PLACE_MARGIN : spot.y,
    };
    if (!taken(onBoard(spot, size))) break;
    spot = { x: spot.x + CASCADE_STEP, y: spot.y + CASCADE_STEP };
  }
  return onBoard(spot, size);
}

/**
 * Where a new `size` item goes on a board holding `items`: the first free cell in reading order,
 * or with `near` (a copy of an item) the free cell closest to that spot. A free cell keeps
 * `PLACE_GAP` from every other item and lies wholly on the board. When none is free, each new item lands a cascade step
 * from the last one, so items never pile up on one spot.
 */
export function placeItem(items: readonly (Rect & { z: number })[], size: Size, near?: Spot): Spot {
  let candidates = cells(size);
  if (near) {
    const distance = (spot: Spot) => Math.hypot(spot.x - near.x, spot.y - near.y);
    candidates = candidates.sort((a, b) => distance(a) - distance(b));
  }
  const around = (spot: Spot): Rect => ({
    x: spot.x - PLACE_GAP,
    y: spot.y - PLACE_GAP,
    w: size.w + 2 * PLACE_GAP,
    h: size.h + 2 * PLACE_GAP,
  });
  return candidates.find((spot) => !items.some((item) => overlaps(around(spot), item))) ?? cascade(items, size);
}
