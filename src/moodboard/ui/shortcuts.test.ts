import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor, type KeyPress } from './shortcuts.ts';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});
const selected = { typing: false, selected: true };

describe('shortcutFor', () => {
  it.each([
    ['ArrowLeft', {}, { do: 'nudge', dx: -1, dy: 0, big: false }],
    ['ArrowDown', { shiftKey: true }, { do: 'nudge', dx: 0, dy: 1, big: true }],
    ['Delete', {}, { do: 'delete' }],
    ['Backspace', {}, { do: 'delete' }],
    ['z', { ctrlKey: true }, { do: 'undo' }],
    ['z', { metaKey: true }, { do: 'undo' }],
    ['Z', { ctrlKey: true, shiftKey: true }, { do: 'redo' }],
    ['z', { metaKey: true, shiftKey: true }, { do: 'redo' }],
    ['y', { ctrlKey: true }, { do: 'redo' }],
    ['d', { ctrlKey: true }, { do: 'duplicate' }],
    [']', {}, { do: 'front' }],
    ['[', {}, { do: 'back' }],
    ['Enter', {}, { do: 'edit' }],
    ['Escape', {}, { do: 'deselect' }],
  ] as const)('%s %o → %o', (key, mods, expected) => {
    expect(shortcutFor(press(key, mods), selected)).toEqual(expected);
  });

  it('leaves every key to a text field while the student types', () => {
    for (const key of ['Delete', 'Backspace', 'ArrowLeft', 'z', 'd', ']']) {
      expect(shortcutFor(press(key, { ctrlKey: key === 'z' || key === 'd' }), { typing: true, selected: true })).toBeNull();
    }
  });

  it('without a selection only undo and redo work', () => {
    const none = { typing: false, selected: false };
    expect(shortcutFor(press('z', { ctrlKey: true }), none)).toEqual({ do: 'undo' });
    expect(shortcutFor(press('y', { ctrlKey: true }), none)).toEqual({ do: 'redo' });
    for (const key of ['Delete', 'ArrowUp', ']', 'Enter']) expect(shortcutFor(press(key), none)).toBeNull();
    expect(shortcutFor(press('d', { ctrlKey: true }), none)).toBeNull();
  });

  it('ignores other keys and combinations the browser or screen reader uses', () => {
    expect(shortcutFor(press('a'), selected)).toBeNull();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }), selected)).toBeNull();
    expect(shortcutFor(press('z', { ctrlKey: true, altKey: true }), selected)).toBeNull();
    expect(shortcutFor(press('c', { ctrlKey: true }), selected)).toBeNull();
  });
});

describe('isTypingTarget', () => {
  it('knows text fields from other controls', () => {
    expect(isTypingTarget({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'text' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'url' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'INPUT', type: 'checkbox' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget({ tagName: 'DIV', isContentEditable: true } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});
