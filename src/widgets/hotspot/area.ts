// Places on a hotspot's image, in percent of its width (x, from the left) and height (y, from the
// top), so they hold at every size the image is shown. Zod-free: the phone, the board, the study
// page and the widget's rules share it.

/** A rectangle the author marks as right: its top left corner and its size, in percent. */
export interface HotspotArea {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A tap, in percent. */
export interface HotspotPoint {
  x: number;
  y: number;
}

/** At most this many right areas on one image. */
export const MAX_AREAS = 5;
/** How far an arrow key moves the point, in percent (with Shift: 1). */
export const KEY_STEP = 5;

/** A coordinate to one decimal, kept within the image. */
export const clampPercent = (value: number): number => Math.round(Math.min(100, Math.max(0, value)) * 10) / 10;

export const inArea = (point: HotspotPoint, area: HotspotArea): boolean =>
  point.x >= area.x && point.x <= area.x + area.width && point.y >= area.y && point.y <= area.y + area.height;

export const inAnyArea = (point: HotspotPoint, areas: readonly HotspotArea[]): boolean => areas.some((area) => inArea(point, area));

/** Where a pointer event lands on `element`, in percent of its box. */
export function pointIn(element: Element, clientX: number, clientY: number): HotspotPoint {
  const box = element.getBoundingClientRect();
  return { x: clampPercent(((clientX - box.left) / box.width) * 100), y: clampPercent(((clientY - box.top) / box.height) * 100) };
}
