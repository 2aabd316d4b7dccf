import { describe, expect, it } from 'vitest';
import { BOARD } from '../shared/moodboard/board.ts';
import { placeItem, type Rect } from './placement.ts';

const box = (x: number, y: number, w = 200, h = 200, z = 0) => ({ x, y, w, h, z });
const sticky = { w: 200, h: 200 };
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const onBoard = (spot: { x: number; y: number }, size: { w: number; h: number }) =>
  spot.x >= 0 && spot.y >= 0 && spot.x + size.w <= BOARD.width && spot.y + size.h <= BOARD.height;
/** A row of stickies along the top, from x = 40 every 240 units. */
const topRow = Array.from({ length: 6 }, (_, index) => box(40 + index * 240, 40, 200, 200, index));

describe('placeItem: the first free cell in reading order', () => {
  it.each([
    { name: 'an empty board: top left, inside the margin', items: [], size: sticky, spot: { x: 40, y: 40 } },
    { name: 'next to the first item', items: [box(40, 40)], size: sticky, spot: { x: 280, y: 40 } },
    { name: 'a heading next to a sticky', items: [box(40, 40)], size: { w: 520, h: 80 }, spot: { x: 280, y: 40 } },
    { name: 'a full top row: the next row', items: topRow, size: sticky, spot: { x: 40, y: 280 } },
    { name: 'a gap from its neighbour', items: [box(40, 40, 720, 220)], size: sticky, spot: { x: 840, y: 40 } },
    {
      name: 'a hole left by a deleted item is filled',
      items: topRow.filter((_, index) => index !== 2),
      size: sticky,
      spot: { x: 520, y: 40 },
    },
    { name: 'an item does not fit past the right edge', items: [box(40, 40, 1400, 200)], size: sticky, spot: { x: 40, y: 280 } },
    { name: 'a moved item frees the top left', items: [box(800, 500)], size: sticky, spot: { x: 40, y: 40 } },
  ])('$name', ({ items, size, spot }) => {
    expect(placeItem(items, size)).toEqual(spot);
  });
});

describe('placeItem: near an item (a copy)', () => {
  it.each([
    { name: 'beside the original, a gap apart', items: [box(600, 400)], near: { x: 640, y: 440 }, spot: { x: 840, y: 440 } },
    { name: 'at the right edge: below it', items: [box(1400, 40)], near: { x: 1440, y: 80 }, spot: { x: 1400, y: 280 } },
    { name: 'in the bottom corner: to its left', items: [box(1400, 800)], near: { x: 1440, y: 840 }, spot: { x: 1160, y: 760 } },
    {
      name: 'boxed in on the left: above it',
      items: [box(1400, 800), box(1000, 600, 380, 400)],
      near: { x: 1440, y: 840 },
      spot: { x: 1400, y: 520 },
    },
  ])('$name', ({ items, near, spot }) => {
    const placed = placeItem(items, sticky, near);
    expect(placed).toEqual(spot);
    for (const item of items) expect(overlaps({ ...placed, ...sticky }, item)).toBe(false);
  });
});

describe('placeItem: a board without a free cell', () => {
  const background = box(0, 0, BOARD.width, BOARD.height, 0);

  it.each([
    { name: 'a background image: a step from it', items: [background], spot: { x: 40, y: 40 } },
    { name: 'a step on from the item in front', items: [background, box(40, 40, 200, 200, 1)], spot: { x: 80, y: 80 } },
    { name: 'wraps at the edges, staying on the board', items: [background, box(1400, 800, 200, 200, 1)], spot: { x: 40, y: 40 } },
    {
      name: 'skips a spot another item already has',
      items: [background, box(80, 80, 200, 200, 1), box(40, 40, 200, 200, 2)],
      spot: { x: 120, y: 120 },
    },
  ])('$name', ({ items, spot }) => {
    expect(placeItem(items, sticky)).toEqual(spot);
  });

  it('thirty items added one by one all get their own spot on the board', () => {
    const items = [background];
    for (let index = 1; index <= 30; index++) items.push({ ...placeItem(items, sticky), ...sticky, z: index });
    const spots = items.slice(1).map((item) => `${item.x},${item.y}`);
    expect(new Set(spots).size).toBe(30);
    for (const item of items) expect(onBoard(item, sticky)).toBe(true);
  });

  it('an item bigger than the board goes to its top left corner', () => {
    expect(placeItem([], { w: BOARD.width, h: BOARD.height })).toEqual({ x: 0, y: 0 });
  });
});

describe('placeItem on an empty board, item after item', () => {
  it('places forty stickies without overlap until the board is full, then still apart', () => {
    const items: (Rect & { z: number })[] = [];
    for (let index = 0; index < 40; index++) items.push({ ...placeItem(items, sticky), ...sticky, z: index });
    const free = items.slice(0, 24);
    for (const [index, a] of free.entries()) for (const b of free.slice(index + 1)) expect(overlaps(a, b)).toBe(false);
    expect(new Set(items.map((item) => `${item.x},${item.y}`)).size).toBe(40);
    for (const item of items) expect(onBoard(item, sticky)).toBe(true);
  });
});
