import { BOARD, boardItemSchema, type BoardDoc, type BoardItem } from '../shared/moodboard/board.ts';
import { itemsInListOrder } from './items.ts';
import { CASCADE_STEP, placeItem } from './placement.ts';
import { cleanParts, fitPosition, fitRotation, fitSize, growItem, patchItem, sameItem } from './rules.ts';
import type { EditorAction, EditorState } from './types.ts';

export { itemsInListOrder, makeId, newItem, partsCoverage } from './items.ts';

/** Undo steps kept. */
export const HISTORY_LIMIT = 100;
/** Edits of one thing less than this apart (ms) are one undo step. */
export const MERGE_WINDOW_MS = 1000;

const ID_PATTERN = /^[A-Za-z0-9_-]{1,40}$/;

export function initialEditorState(doc: BoardDoc, options: { knownParts?: readonly string[]; snap?: boolean } = {}): EditorState {
  const state: EditorState = { doc, selectedId: null, snap: options.snap ?? true, past: [], future: [], localVersion: 0, lastEdit: null };
  return options.knownParts ? { ...state, knownParts: options.knownParts } : state;
}

type Edit = { key: string; at: number | undefined; mode: 'typing' | 'drag' };

function merges(state: EditorState, edit: Edit | undefined): boolean {
  const last = state.lastEdit;
  if (!edit || !last || last.key !== edit.key) return false;
  if (edit.at === undefined || last.at === undefined) return edit.mode === 'typing';
  return Math.abs(edit.at - last.at) < MERGE_WINDOW_MS;
}

/** A change by the student: one undo step (or part of the last one), and something to save. */
function commit(state: EditorState, doc: BoardDoc, edit?: Edit, selectedId = state.selectedId): EditorState {
  const past = merges(state, edit) ? state.past : [...state.past, state.doc].slice(-HISTORY_LIMIT);
  const lastEdit = edit ? { key: edit.key, at: edit.at } : null;
  return { ...state, doc, selectedId, past, future: [], localVersion: state.localVersion + 1, lastEdit };
}

function changeItem(state: EditorState, id: string, change: (item: BoardItem) => BoardItem | null, edit?: Edit): EditorState {
  const item = state.doc.items.find((candidate) => candidate.id === id);
  const next = item ? change(item) : null;
  if (!item || !next || sameItem(item, next)) return state;
  return commit(state, { ...state.doc, items: state.doc.items.map((candidate) => (candidate === item ? next : candidate)) }, edit);
}

/** The items with z = their place in `order` (ids back to front); untouched items stay the same objects. */
function restack(items: readonly BoardItem[], order: readonly string[]): BoardItem[] {
  return items.map((item) => {
    const z = order.indexOf(item.id);
    return z === item.z ? item : { ...item, z };
  });
}

function reorder(state: EditorState, id: string, place: (order: string[], index: number) => string[] | null): EditorState {
  const order = itemsInListOrder(state.doc).map((item) => item.id);
  const index = order.indexOf(id);
  const next = index < 0 ? null : place(order, index);
  if (!next) return state;
  return commit(state, { ...state.doc, items: restack(state.doc.items, next) });
}

/** `item` added in front of everything and selected, if it is valid, new and fits within `BOARD.maxItems`. */
function addItem(state: EditorState, candidate: BoardItem): EditorState {
  const parsed = boardItemSchema.safeParse(candidate);
  const { items } = state.doc;
  if (!parsed.success || items.length >= BOARD.maxItems || items.some((item) => item.id === candidate.id)) return state;
  const size = fitSize(parsed.data.w, parsed.data.h, state.snap);
  const item: BoardItem = {
    ...parsed.data,
    ...size,
    ...fitPosition(parsed.data.x, parsed.data.y, size.w, size.h, state.snap),
    rotation: fitRotation(parsed.data.rotation, state.snap),
    parts: cleanParts(parsed.data.parts, state.knownParts),
  };
  const order = [...itemsInListOrder(state.doc).map((other) => other.id), item.id];
  return commit(state, { ...state.doc, items: restack([...items, item], order) }, undefined, item.id);
}

const selectable = (doc: BoardDoc, id: string | null): string | null => (id && doc.items.some((item) => item.id === id) ? id : null);

/** The editor's only way to change: pure, and the same state object back when nothing changes. */
export function reduce(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'add':
      return addItem(state, action.item);
    case 'move':
      if (!Number.isFinite(action.x) || !Number.isFinite(action.y)) return state;
      return changeItem(state, action.id, (item) => ({ ...item, ...fitPosition(action.x, action.y, item.w, item.h, state.snap) }), {
        key: `move:${action.id}`,
        at: action.at,
        mode: 'drag',
      });
    case 'resize': {
      const numbers = [action.w, action.h, action.x ?? 0, action.y ?? 0];
      if (!numbers.every(Number.isFinite)) return state;
      return changeItem(
        state,
        action.id,
        (item) => {
          const size = fitSize(action.w, action.h, state.snap);
          const moved = action.x !== undefined || action.y !== undefined;
          return { ...item, ...size, ...fitPosition(action.x ?? item.x, action.y ?? item.y, size.w, size.h, state.snap && moved) };
        },
        { key: `resize:${action.id}`, at: action.at, mode: 'drag' },
      );
    }
    case 'rotate':
      if (!Number.isFinite(action.rotation)) return state;
      return changeItem(state, action.id, (item) => ({ ...item, rotation: fitRotation(action.rotation, state.snap) }), {
        key: `rotate:${action.id}`,
        at: action.at,
        mode: 'drag',
      });
    case 'bringToFront':
      return reorder(state, action.id, (order, index) =>
        index === order.length - 1 ? null : [...order.filter((id) => id !== action.id), action.id],
      );
    case 'sendToBack':
      return reorder(state, action.id, (order, index) => (index === 0 ? null : [action.id, ...order.filter((id) => id !== action.id)]));
    case 'moveInList':
      return reorder(state, action.id, (order, index) => {
        const other = order[index + action.direction];
        if (other === undefined) return null;
        const next = [...order];
        next[index + action.direction] = action.id;
        next[index] = other;
        return next;
      });
    case 'delete': {
      const items = state.doc.items.filter((item) => item.id !== action.id);
      if (items.length === state.doc.items.length) return state;
      return commit(state, { ...state.doc, items }, undefined, state.selectedId === action.id ? null : state.selectedId);
    }
    case 'duplicate': {
      const source = state.doc.items.find((item) => item.id === action.id);
      if (!source || !ID_PATTERN.test(action.newId)) return state;
      // On the free spot nearest to a step from the original, so the copy never hides it.
      const spot = placeItem(state.doc.items, { w: source.w, h: source.h }, { x: source.x + CASCADE_STEP, y: source.y + CASCADE_STEP });
      const copy = { ...source, id: action.newId, ...spot, parts: [...source.parts] };
      return addItem(state, copy);
    }
    case 'update': {
      const fields = Object.keys(action.patch).sort().join(',');
      const { size } = action;
      return changeItem(
        state,
        action.id,
        (item) => {
          const patched = patchItem(item, action.patch);
          return patched && size ? growItem(patched, size) : patched;
        },
        {
          key: `update:${action.id}:${fields}`,
          at: action.at,
          mode: 'typing',
        },
      );
    }
    case 'setParts':
      return changeItem(state, action.id, (item) => ({ ...item, parts: cleanParts(action.parts, state.knownParts) }));
    case 'setExplanation': {
      const explanation = action.text.slice(0, BOARD.maxExplanationLength);
      if (explanation === state.doc.explanation) return state;
      return commit(state, { ...state.doc, explanation }, { key: 'explanation', at: action.at, mode: 'typing' });
    }
    case 'select': {
      const selectedId = selectable(state.doc, action.id);
      return selectedId === state.selectedId || (action.id !== null && selectedId === null) ? state : { ...state, selectedId };
    }
    case 'setSnap':
      return action.snap === state.snap ? state : { ...state, snap: action.snap };
    case 'load': {
      const past = action.keepUndo ? [...state.past, state.doc].slice(-HISTORY_LIMIT) : [];
      return { ...state, doc: action.doc, past, future: [], lastEdit: null, selectedId: selectable(action.doc, state.selectedId) };
    }
    case 'undo': {
      const doc = state.past.at(-1);
      if (!doc) return state;
      const future = [state.doc, ...state.future];
      return {
        ...state,
        doc,
        past: state.past.slice(0, -1),
        future,
        localVersion: state.localVersion + 1,
        lastEdit: null,
        selectedId: selectable(doc, state.selectedId),
      };
    }
    case 'redo': {
      const doc = state.future[0];
      if (!doc) return state;
      const past = [...state.past, state.doc].slice(-HISTORY_LIMIT);
      return {
        ...state,
        doc,
        past,
        future: state.future.slice(1),
        localVersion: state.localVersion + 1,
        lastEdit: null,
        selectedId: selectable(doc, state.selectedId),
      };
    }
  }
}
