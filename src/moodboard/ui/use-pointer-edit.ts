import { useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import type { BoardItem } from '../../shared/moodboard/board.ts';
import type { EditorAction } from '../types.ts';
import { aspectOf, boxOf, dragMove, dragResize, dragRotate, movedEnough, toBoardDelta, type Box, type Point } from './geometry.ts';

export type GestureMode = 'move' | 'resize' | 'rotate';

interface Gesture {
  id: string;
  mode: GestureMode;
  pointerId: number;
  from: Point;
  start: Box;
  /** The item's centre on screen, for turning. */
  centre: Point;
  boardWidth: number;
  aspect: number | undefined;
  box: Box | null;
}

/** The action a finished gesture stands for: one per drag, so one undo step. */
export function gestureAction(mode: GestureMode, id: string, box: Box): EditorAction {
  if (mode === 'move') return { type: 'move', id, x: box.x, y: box.y };
  if (mode === 'resize') return { type: 'resize', id, w: box.w, h: box.h, x: box.x, y: box.y };
  return { type: 'rotate', id, rotation: box.rotation };
}

/**
 * Drag to move, and the resize and rotate handles, with pointer events. While the pointer is down
 * only `preview` changes; the store hears one action when it is let go.
 */
export function usePointerEdit(board: RefObject<HTMLElement | null>, snap: boolean, dispatch: (action: EditorAction) => void) {
  const [preview, setPreview] = useState<{ id: string; box: Box } | null>(null);
  const gesture = useRef<Gesture | null>(null);

  const begin = (event: ReactPointerEvent<HTMLElement>, item: BoardItem, mode: GestureMode) => {
    if (event.button !== 0 || !board.current) return;
    const frame = (event.currentTarget.closest('[data-item-id]') ?? event.currentTarget).getBoundingClientRect();
    gesture.current = {
      id: item.id,
      mode,
      pointerId: event.pointerId,
      from: { x: event.clientX, y: event.clientY },
      start: boxOf(item),
      centre: { x: frame.left + frame.width / 2, y: frame.top + frame.height / 2 },
      boardWidth: board.current.getBoundingClientRect().width,
      aspect: aspectOf(item),
      box: null,
    };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: ReactPointerEvent<HTMLElement>) => {
    const current = gesture.current;
    if (!current || event.pointerId !== current.pointerId) return;
    const dx = event.clientX - current.from.x;
    const dy = event.clientY - current.from.y;
    if (!current.box && !movedEnough(dx, dy)) return;
    const delta = toBoardDelta(dx, dy, current.boardWidth);
    const to = { x: event.clientX, y: event.clientY };
    const box =
      current.mode === 'move'
        ? dragMove(current.start, delta, snap)
        : current.mode === 'resize'
          ? dragResize(current.start, delta, { snap, aspect: current.aspect })
          : { ...current.start, rotation: dragRotate(current.start.rotation, current.centre, current.from, to, snap) };
    current.box = box;
    setPreview({ id: current.id, box });
  };

  const onPointerUp = (event: ReactPointerEvent<HTMLElement>) => {
    const current = gesture.current;
    if (!current || event.pointerId !== current.pointerId) return;
    gesture.current = null;
    setPreview(null);
    if (current.box) dispatch(gestureAction(current.mode, current.id, current.box));
  };

  const onPointerCancel = () => {
    gesture.current = null;
    setPreview(null);
  };

  return { preview, begin, handlers: { onPointerMove, onPointerUp, onPointerCancel } };
}
