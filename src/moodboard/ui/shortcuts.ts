/** What a key press asks the editor to do (see `shortcutFor`). */
export type Shortcut =
  | { do: 'nudge'; dx: -1 | 0 | 1; dy: -1 | 0 | 1; big: boolean }
  | { do: 'delete' }
  | { do: 'undo' }
  | { do: 'redo' }
  | { do: 'duplicate' }
  | { do: 'front' }
  | { do: 'back' }
  | { do: 'edit' }
  | { do: 'deselect' };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
}

const ARROWS: Record<string, [-1 | 0 | 1, -1 | 0 | 1]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/**
 * The board's keyboard shortcuts. `typing` is true while focus is in a text field: then every
 * key belongs to the field (its own undo included). `selected` says whether an item is selected;
 * without one only undo and redo work.
 */
export function shortcutFor(press: KeyPress, context: { typing: boolean; selected: boolean }): Shortcut | null {
  if (context.typing) return null;
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  if (command && !press.altKey) {
    if (key === 'z') return press.shiftKey ? { do: 'redo' } : { do: 'undo' };
    if (key === 'y' && !press.shiftKey) return { do: 'redo' };
    if (key === 'd' && !press.shiftKey && context.selected) return { do: 'duplicate' };
    return null;
  }
  if (!context.selected || press.altKey) return null;
  const arrow = ARROWS[press.key];
  if (arrow) return { do: 'nudge', dx: arrow[0], dy: arrow[1], big: press.shiftKey };
  if (press.key === 'Delete' || press.key === 'Backspace') return { do: 'delete' };
  if (press.key === ']') return { do: 'front' };
  if (press.key === '[') return { do: 'back' };
  if (press.key === 'Enter') return { do: 'edit' };
  if (press.key === 'Escape') return { do: 'deselect' };
  return null;
}

/** True when the key goes to a field the student types in (so the board must leave it alone). */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof target !== 'object' || !('tagName' in target)) return false;
  const element = target as { tagName: string; isContentEditable?: boolean; type?: string };
  if (element.isContentEditable) return true;
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT') return true;
  if (element.tagName !== 'INPUT') return false;
  return !['checkbox', 'radio', 'button', 'submit', 'color', 'file', 'range'].includes(element.type ?? 'text');
}
