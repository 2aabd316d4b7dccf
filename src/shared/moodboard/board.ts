import { z } from 'zod';

/**
 * A moodboard as it is stored and sent: a free board of items plus the written explanation. The
 * server parses every save with `boardDocSchema`, so the limits here are the real ones.
 */
export const BOARD = {
  /** The board's own coordinate space; the editor scales it to the screen. */
  width: 1600,
  height: 1000,
  /** Snap step for moving and resizing. */
  grid: 20,
  minItemWidth: 40,
  minItemHeight: 30,
  maxItems: 150,
  maxExplanationLength: 20_000,
} as const;

export const STICKY_COLOURS = ['geel', 'roze', 'blauw', 'groen', 'oranje'] as const;
export type StickyColour = (typeof STICKY_COLOURS)[number];

export const ITEM_KINDS = ['heading', 'note', 'sticky', 'image', 'link', 'swatch', 'answer'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

const id = z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'ongeldig id');
const coordinate = z
  .number()
  .finite()
  .min(-BOARD.width)
  .max(BOARD.width * 2);

const itemBase = {
  id,
  x: coordinate,
  y: coordinate,
  w: z.number().finite().min(BOARD.minItemWidth).max(BOARD.width),
  h: z.number().finite().min(BOARD.minItemHeight).max(BOARD.height),
  /** Degrees, clockwise. */
  rotation: z.number().finite().min(-180).max(180),
  /** Stacking order: higher is in front. */
  z: z.number().int().min(0).max(100_000),
  /** Ids of the assignment's required parts this item covers (see `assignmentParts`). */
  parts: z.array(z.string().max(40)).max(20),
};

const httpUrl = z
  .string()
  .max(2000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
      return false;
    }
  }, 'een link begint met https:// of http://');

export const boardItemSchema = z.discriminatedUnion('kind', [
  z.object({ ...itemBase, kind: z.literal('heading'), text: z.string().max(120) }).strict(),
  z.object({ ...itemBase, kind: z.literal('note'), text: z.string().max(2000) }).strict(),
  z.object({ ...itemBase, kind: z.literal('sticky'), text: z.string().max(500), colour: z.enum(STICKY_COLOURS) }).strict(),
  z
    .object({
      ...itemBase,
      kind: z.literal('image'),
      /** An upload of this board's student (`/api/afbeeldingen/<uploadId>`). */
      uploadId: id,
      alt: z.string().max(200),
      /** Pixel size of the stored image, for the aspect ratio. */
      naturalWidth: z.number().int().positive().max(20_000),
      naturalHeight: z.number().int().positive().max(20_000),
    })
    .strict(),
  z.object({ ...itemBase, kind: z.literal('link'), url: httpUrl, title: z.string().max(200) }).strict(),
  z
    .object({
      ...itemBase,
      kind: z.literal('swatch'),
      colour: z.string().regex(/^#[0-9a-f]{6}$/, 'een kleur is #rrggbb'),
      label: z.string().max(60),
    })
    .strict(),
  z
    .object({
      ...itemBase,
      kind: z.literal('answer'),
      /** Where the answer came from: the student's answer to this item in this live session. */
      source: z.object({ sessionId: id, itemId: z.string().max(80) }).strict(),
      /** The question, as the lesson asked it. */
      question: z.string().max(500),
      /** The answer as text, copied when the card was made (it stays even if the lesson changes). */
      text: z.string().max(2000),
    })
    .strict(),
]);

export type BoardItem = z.infer<typeof boardItemSchema>;
export type BoardItemOf<K extends ItemKind> = Extract<BoardItem, { kind: K }>;

export const boardDocSchema = z
  .object({
    version: z.literal(1),
    items: z
      .array(boardItemSchema)
      .max(BOARD.maxItems, `een moodboard heeft hoogstens ${BOARD.maxItems} onderdelen`)
      .refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'twee onderdelen hebben hetzelfde id'),
    explanation: z.string().max(BOARD.maxExplanationLength),
  })
  .strict();

export type BoardDoc = z.infer<typeof boardDocSchema>;

export const emptyBoard = (): BoardDoc => ({ version: 1, items: [], explanation: '' });

/** Words as a teacher counts them: runs of letters or digits (so "G-Star" and "B2B" are one word each). */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * A stored doc as the current schema reads it. Every save was checked, so this only matters when
 * the schema later grows stricter: then the items that still fit are kept rather than the board lost.
 */
export function readStoredDoc(doc: unknown): BoardDoc {
  const parsed = boardDocSchema.safeParse(doc);
  if (parsed.success) return parsed.data;
  const stored = (typeof doc === 'object' && doc !== null ? doc : {}) as { items?: unknown; explanation?: unknown };
  const items = Array.isArray(stored.items) ? stored.items.flatMap((item) => boardItemSchema.safeParse(item).data ?? []) : [];
  const explanation = typeof stored.explanation === 'string' ? stored.explanation : '';
  return boardDocSchema.safeParse({ ...emptyBoard(), items, explanation }).data ?? emptyBoard();
}
