import type { BoardDoc, BoardItem, StickyColour } from '../shared/moodboard/board.ts';

/**
 * The editor's contract: a pure reducer over `EditorState` (reduce.ts), a zustand store around it
 * (store.ts), and the sync that saves the doc (sync.ts). The UI only dispatches these actions.
 */

/** Fields of an item the student edits in place (text, colours, captions). */
export type ItemPatch = Partial<{
  text: string;
  colour: StickyColour | string;
  alt: string;
  url: string;
  title: string;
  label: string;
}>;

/**
 * `at` (ms, any clock) on an edit lets a stream of them become one undo step: typing
 * (`setExplanation`, `update` of the same fields of one item) merges while less than a second passes
 * between actions, or always when `at` is left out; dragging (`move`, `resize`, `rotate` of one item)
 * merges only when both actions carry an `at` less than a second apart.
 */
export type EditorAction =
  /** Adds an item (id made by the caller); it goes in front of the others and is selected. */
  | { type: 'add'; item: BoardItem }
  /** Moves an item; the position is snapped to the grid when `snap` is on and kept on the board. */
  | { type: 'move'; id: string; x: number; y: number; at?: number }
  /** Resizes an item (optionally moving its corner); snapped like `move`, never below the minimum size. */
  | { type: 'resize'; id: string; w: number; h: number; x?: number; y?: number; at?: number }
  /** Degrees, normalised to -180..180; snapped to 15° steps when `snap` is on. */
  | { type: 'rotate'; id: string; rotation: number; at?: number }
  | { type: 'bringToFront'; id: string }
  | { type: 'sendToBack'; id: string }
  /** One step forwards or backwards in the list layout (the stacking order). */
  | { type: 'moveInList'; id: string; direction: -1 | 1 }
  | { type: 'delete'; id: string }
  /** Copies an item under `newId` to the free spot nearest to it (see `placeItem`), and selects the copy. */
  | { type: 'duplicate'; id: string; newId: string }
  /**
   * Changes fields of an item. With `size` (what the item's new text needs, see `fitTextBox`) the
   * item grows to it where it is smaller, moving in where it would leave the board; it never shrinks.
   */
  | { type: 'update'; id: string; patch: ItemPatch; at?: number; size?: { w: number; h: number } }
  /** Which required parts the item covers. */
  | { type: 'setParts'; id: string; parts: string[] }
  | { type: 'setExplanation'; text: string; at?: number }
  /** Not in the history: selection and the snap switch. */
  | { type: 'select'; id: string | null }
  | { type: 'setSnap'; snap: boolean }
  /**
   * The doc from the server or another tab: replaces the doc and clears the history (never
   * undoable). With `keepUndo` (the student chose the other version in a conflict) the replaced
   * doc stays one undo step away instead, so that choice can be taken back.
   */
  | { type: 'load'; doc: BoardDoc; keepUndo?: boolean }
  | { type: 'undo' }
  | { type: 'redo' };

export interface EditorState {
  doc: BoardDoc;
  selectedId: string | null;
  snap: boolean;
  /** Earlier docs, newest last (at most `HISTORY_LIMIT`). */
  past: BoardDoc[];
  future: BoardDoc[];
  /**
   * Increases with every change to `doc` that the student made (not with `load`), so the sync
   * knows there is something to save.
   */
  localVersion: number;
  /** The last edit that may merge with the next one (see `EditorAction`); any other change clears it. */
  lastEdit?: { key: string; at: number | undefined } | null;
  /** Part ids `setParts` accepts (the assignment's); without them any `deel-<n>` is accepted. */
  knownParts?: readonly string[];
}

/** Save state as the student sees it next to the board. */
export type SaveStatus =
  /** Everything is on the server. */
  | { kind: 'saved'; at: number }
  /** A change waits for its moment (at most two seconds) or is on its way. */
  | { kind: 'saving' }
  /** No connection: changes are kept on this device and sent when it is back. */
  | { kind: 'offline'; since: number }
  /** Another tab or device saved first: the student chooses (see `BoardSync.resolve`). */
  | { kind: 'conflict'; serverRevision: number; serverUpdatedAt: number }
  /** The server refused the doc (e.g. too many items): its code says why (null: no code); nothing saved is lost. */
  | { kind: 'error'; code: string | null };
