import type { AssignmentPart } from '../shared/moodboard/assignment.ts';
import { BOARD, type BoardDoc, type BoardItem, type BoardItemOf, type ItemKind } from '../shared/moodboard/board.ts';
import { placeItem } from './placement.ts';

/** A fresh item id (12 random hex digits), valid as a board id. */
export const makeId = (): string => crypto.randomUUID().replaceAll('-', '').slice(0, 12);

type Geometry = 'id' | 'kind' | 'x' | 'y' | 'w' | 'h' | 'rotation' | 'z' | 'parts';
type Content<K extends ItemKind> = Omit<BoardItemOf<K>, Geometry>;
/** Content a kind cannot do without: an image needs its upload, an answer card its answer. */
type Needed = { image: 'uploadId' | 'naturalWidth' | 'naturalHeight'; answer: 'source' | 'question' | 'text'; link: 'url' };
type NeededOf<K extends ItemKind> = K extends keyof Needed ? Needed[K] : never;

export type NewItemOptions<K extends ItemKind> = {
  /** The board it goes on, to find a free spot. */
  doc: BoardDoc;
  id?: string;
  /** Where it goes; a free spot when left out. */
  x?: number;
  y?: number;
  parts?: string[];
} & Partial<Content<K>> &
  Pick<Content<K>, NeededOf<K> & keyof Content<K>>;

/** Default sizes (board units) per kind; images follow their own aspect ratio instead. */
export const DEFAULT_SIZES = {
  heading: { w: 520, h: 80 },
  note: { w: 320, h: 200 },
  sticky: { w: 200, h: 200 },
  image: { w: 360, h: 240 },
  link: { w: 320, h: 120 },
  swatch: { w: 160, h: 180 },
  answer: { w: 360, h: 220 },
} as const satisfies Record<ItemKind, { w: number; h: number }>;

const IMAGE_MAX = 360;

function imageSize(naturalWidth: number, naturalHeight: number): { w: number; h: number } {
  const scale = Math.min(1, IMAGE_MAX / Math.max(naturalWidth, naturalHeight));
  const round = (value: number, min: number) => Math.max(min, Math.round((value * scale) / BOARD.grid) * BOARD.grid);
  return { w: round(naturalWidth, BOARD.grid * 2), h: round(naturalHeight, BOARD.grid * 2) };
}

/** Where a new `w`×`h` item goes on `doc` (see `placeItem`). */
export const freeSpot = (doc: BoardDoc, w: number, h: number): { x: number; y: number } => placeItem(doc.items, { w, h });

const CONTENT_DEFAULTS = {
  heading: { text: '' },
  note: { text: '' },
  sticky: { text: '', colour: 'geel' },
  image: { alt: '' },
  link: { title: '' },
  swatch: { colour: '#1d4ed8', label: '' },
  answer: {},
} as const satisfies Record<ItemKind, object>;

/**
 * A new item of `kind` with sensible defaults, placed on a free spot of `options.doc` unless x/y
 * are given, in front of everything on it. Dispatch it with `{ type: 'add', item }`.
 */
export function newItem<K extends ItemKind>(kind: K, options: NewItemOptions<K>): BoardItemOf<K> {
  const { doc, id = makeId(), x, y, parts = [], ...content } = options;
  const size =
    kind === 'image' && 'naturalWidth' in content && 'naturalHeight' in content
      ? imageSize(Number(content.naturalWidth), Number(content.naturalHeight))
      : DEFAULT_SIZES[kind];
  const spot = x === undefined || y === undefined ? freeSpot(doc, size.w, size.h) : { x, y };
  const z = doc.items.reduce((top, item) => Math.max(top, item.z + 1), 0);
  // The kind and its content come in together, so the union member is the one asked for.
  return { ...CONTENT_DEFAULTS[kind], ...content, kind, id, ...spot, ...size, rotation: 0, z, parts } as unknown as BoardItemOf<K>;
}

/** Items back to front: the stacking order, which is also the order of the list layout (ties keep document order). */
export function itemsInListOrder(doc: BoardDoc): BoardItem[] {
  return doc.items
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.z - b.item.z || a.index - b.index)
    .map(({ item }) => item);
}

/** For each part of the assignment, the items (list order) that say they cover it. */
export function partsCoverage(doc: BoardDoc, parts: readonly AssignmentPart[]): { part: AssignmentPart; items: BoardItem[] }[] {
  const ordered = itemsInListOrder(doc);
  return parts.map((part) => ({ part, items: ordered.filter((item) => item.parts.includes(part.id)) }));
}
