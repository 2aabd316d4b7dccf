import { describe, expect, it } from 'vitest';
import { BOARD } from '../../shared/moodboard/board.ts';
import { KEEP_VISIBLE } from '../rules.ts';
import { boxStyle, byStacking, dragMove, dragResize, dragRotate, movedEnough, nudge, toBoardDelta, type Box } from './geometry.ts';

const box = (change: Partial<Box> = {}): Box => ({ x: 100, y: 100, w: 200, h: 100, rotation: 0, ...change });

describe('toBoardDelta', () => {
  it('turns screen pixels into board units by the shown width', () => {
    expect(toBoardDelta(80, -40, 800)).toEqual({ x: 160, y: -80 });
    expect(toBoardDelta(10, 10, 0)).toEqual({ x: 10, y: 10 });
  });
});

describe('dragMove', () => {
  it('moves by the delta, on the grid when snapping', () => {
    expect(dragMove(box(), { x: 33, y: -7 }, false)).toMatchObject({ x: 133, y: 93 });
    expect(dragMove(box(), { x: 33, y: -7 }, true)).toMatchObject({ x: 140, y: 100 });
  });

  it('keeps part of the item on the board, as the reducer does', () => {
    expect(dragMove(box(), { x: -5000, y: 5000 }, false)).toMatchObject({ x: KEEP_VISIBLE - 200, y: BOARD.height - KEEP_VISIBLE });
  });
});

describe('dragResize', () => {
  it('grows from the bottom-right corner, keeping the top-left in place', () => {
    expect(dragResize(box(), { x: 50, y: 30 }, { snap: false })).toEqual(box({ w: 250, h: 130 }));
    expect(dragResize(box(), { x: 47, y: 33 }, { snap: true })).toEqual(box({ w: 240, h: 140 }));
  });

  it('never goes below the minimum size', () => {
    expect(dragResize(box(), { x: -1000, y: -1000 }, { snap: false })).toMatchObject({ w: BOARD.minItemWidth, h: BOARD.minItemHeight });
  });

  it('keeps an image undistorted', () => {
    expect(dragResize(box({ w: 400, h: 300 }), { x: 100, y: 0 }, { snap: false, aspect: 4 / 3 })).toMatchObject({ w: 500, h: 375 });
  });

  it('reads the drag in the item’s own axes when it is turned, and the opposite corner stays put on screen', () => {
    const turned = box({ x: 0, y: 0, w: 200, h: 100, rotation: 90 });
    // Turned a quarter clockwise, the item's width runs down the screen.
    const grown = dragResize(turned, { x: 0, y: 50 }, { snap: false });
    expect(grown.w).toBeCloseTo(250);
    expect(grown.h).toBeCloseTo(100);
    const corner = (b: Box) => {
      // Screen position of the item's own top-left corner after rotation about its centre.
      const r = (b.rotation * Math.PI) / 180;
      const [ox, oy] = [-b.w / 2, -b.h / 2];
      return { x: b.x + b.w / 2 + ox * Math.cos(r) - oy * Math.sin(r), y: b.y + b.h / 2 + ox * Math.sin(r) + oy * Math.cos(r) };
    };
    expect(corner(grown).x).toBeCloseTo(corner(turned).x, 0);
    expect(corner(grown).y).toBeCloseTo(corner(turned).y, 0);
  });
});

describe('dragRotate', () => {
  const centre = { x: 0, y: 0 };
  it('turns by the angle the pointer travelled around the centre', () => {
    expect(dragRotate(0, centre, { x: 0, y: -100 }, { x: 100, y: 0 }, false)).toBe(90);
    expect(dragRotate(10, centre, { x: 0, y: -100 }, { x: -100, y: 0 }, false)).toBe(-80);
  });

  it('snaps to 15° steps and stays within -180..180', () => {
    expect(dragRotate(0, centre, { x: 0, y: -100 }, { x: 100, y: -80 }, true)).toBe(45);
    expect(dragRotate(170, centre, { x: 0, y: -100 }, { x: 100, y: 0 }, false)).toBe(-100);
  });
});

describe('small helpers', () => {
  it('a pointer that barely moved clicked', () => {
    expect(movedEnough(1, 2)).toBe(false);
    expect(movedEnough(3, 0)).toBe(true);
  });

  it('nudges a grid step, five with Shift', () => {
    expect(nudge(box(), { x: 1, y: 0 }, false)).toEqual({ x: 120, y: 100 });
    expect(nudge(box(), { x: 0, y: -1 }, true)).toEqual({ x: 100, y: 0 });
  });

  it('sorts back to front and keeps ties in document order', () => {
    expect(
      byStacking([
        { z: 2, n: 'a' },
        { z: 1, n: 'b' },
        { z: 2, n: 'c' },
      ]).map((i) => i.n),
    ).toEqual(['b', 'a', 'c']);
  });

  it('writes percentages of the board', () => {
    expect(boxStyle(box({ x: 0, y: 0, w: 1600, h: 1000 }), 0)).toMatchObject({ left: '0%', top: '0%', width: '100%', height: '100%' });
    expect(boxStyle(box({ x: 1, y: 1, w: 3, h: 3 }), 0)).toMatchObject({ left: '0.06%', top: '0.1%', width: '0.19%', height: '0.3%' });
  });
});
