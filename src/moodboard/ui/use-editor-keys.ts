import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { makeId } from '../reduce.ts';
import type { EditorStore } from '../store.ts';
import { boxOf, nudge } from './geometry.ts';
import { isTextItem } from './InPlaceText.tsx';
import { isTypingTarget, shortcutFor } from './shortcuts.ts';

/**
 * The editor's keyboard handler: undo and redo anywhere in the editor, the item shortcuts only
 * while focus is on the board (`[data-mb-keys]`), nothing while the student types in a field.
 */
export function editorKeyHandler(store: EditorStore, ui: { setEditingId: (id: string | null) => void; focusItem: (id: string) => void }) {
  return (event: ReactKeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    // Keys in an open dialog (hand in, conflict, add a link) belong to the dialog, not the board behind it.
    if (target.closest('dialog, [role="dialog"], [role="alertdialog"]')) return;
    const onBoard = target.closest('[data-mb-keys]') !== null;
    const { selectedId, doc, dispatch } = store.getState();
    const shortcut = shortcutFor(event, { typing: isTypingTarget(target), selected: onBoard && selectedId !== null });
    if (!shortcut) return;
    const item = doc.items.find((candidate) => candidate.id === selectedId);
    event.preventDefault();
    switch (shortcut.do) {
      case 'undo':
        return dispatch({ type: 'undo' });
      case 'redo':
        return dispatch({ type: 'redo' });
    }
    if (!item) return;
    switch (shortcut.do) {
      case 'nudge': {
        const to = nudge(boxOf(item), { x: shortcut.dx, y: shortcut.dy }, shortcut.big);
        return dispatch({ type: 'move', id: item.id, ...to, at: Date.now() });
      }
      case 'delete': {
        dispatch({ type: 'delete', id: item.id });
        return target.closest<HTMLElement>('[data-mb-keys]')?.focus();
      }
      case 'duplicate': {
        const newId = makeId();
        dispatch({ type: 'duplicate', id: item.id, newId });
        return ui.focusItem(newId);
      }
      case 'front':
        return dispatch({ type: 'bringToFront', id: item.id });
      case 'back':
        return dispatch({ type: 'sendToBack', id: item.id });
      case 'edit':
        return isTextItem(item) && ui.setEditingId(item.id);
      case 'deselect':
        return dispatch({ type: 'select', id: null });
    }
  };
}
