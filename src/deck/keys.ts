/** What a key press asks the deck to do. */
export type DeckCommand =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'first' }
  | { type: 'last' }
  | { type: 'goto'; index: number }
  | { type: 'overview' }
  | { type: 'presenter' }
  | { type: 'fullscreen' }
  | { type: 'escape' }
  | { type: 'none' };

export interface KeyInput {
  key: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

export interface KeyResult {
  command: DeckCommand;
  /** Digits typed so far for "number + Enter". */
  buffer: string;
}

const NEXT_KEYS = new Set(['ArrowRight', 'ArrowDown', 'PageDown', 'n', 'N']);
const PREVIOUS_KEYS = new Set(['ArrowLeft', 'ArrowUp', 'PageUp', 'Backspace']);
const none: DeckCommand = { type: 'none' };

/**
 * Maps a key to a deck command. Presentation clickers send PageUp/PageDown (some send arrows);
 * digits collect into a slide number that Enter jumps to.
 */
export function commandForKey(input: KeyInput, buffer: string): KeyResult {
  if (input.ctrlKey || input.metaKey || input.altKey) return { command: none, buffer: '' };
  const { key } = input;
  if (/^\d$/.test(key)) return { command: none, buffer: (buffer + key).slice(-3) };
  if (key === 'Enter' && buffer) return { command: { type: 'goto', index: Number(buffer) }, buffer: '' };
  if (key === ' ') return { command: { type: input.shiftKey ? 'previous' : 'next' }, buffer: '' };
  if (NEXT_KEYS.has(key)) return { command: { type: 'next' }, buffer: '' };
  if (PREVIOUS_KEYS.has(key)) return { command: { type: 'previous' }, buffer: '' };
  if (key === 'Home') return { command: { type: 'first' }, buffer: '' };
  if (key === 'End') return { command: { type: 'last' }, buffer: '' };
  if (key === 'o' || key === 'O') return { command: { type: 'overview' }, buffer: '' };
  if (key === 'p' || key === 'P') return { command: { type: 'presenter' }, buffer: '' };
  if (key === 'f' || key === 'F') return { command: { type: 'fullscreen' }, buffer: '' };
  if (key === 'Escape') return { command: { type: 'escape' }, buffer: '' };
  return { command: none, buffer };
}

/** Slide index after a command, kept within 1..total. */
export function targetIndex(command: DeckCommand, current: number, total: number): number | null {
  const clamp = (index: number) => Math.min(Math.max(index, 1), total);
  switch (command.type) {
    case 'next':
      return clamp(current + 1);
    case 'previous':
      return clamp(current - 1);
    case 'first':
      return 1;
    case 'last':
      return total;
    case 'goto':
      return clamp(command.index);
    default:
      return null;
  }
}

/** Keys meant for a form control or button stay with it instead of moving the deck. */
export function keyBelongsToControl(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.closest('input, textarea, select')) return true;
  return (key === ' ' || key === 'Enter') && target.closest('button, a, summary, [role="button"]') !== null;
}
