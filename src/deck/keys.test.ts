import { describe, expect, it } from 'vitest';
import { commandForKey, targetIndex, type DeckCommand, type KeyInput } from './keys.ts';

const key = (k: string, extra: Omit<KeyInput, 'key'> = {}): KeyInput => ({ key: k, ...extra });

describe('commandForKey', () => {
  const cases: [string, KeyInput, DeckCommand['type']][] = [
    ['ArrowRight', key('ArrowRight'), 'next'],
    ['ArrowDown', key('ArrowDown'), 'next'],
    ['ArrowLeft', key('ArrowLeft'), 'previous'],
    ['ArrowUp', key('ArrowUp'), 'previous'],
    ['PageDown (clicker)', key('PageDown'), 'next'],
    ['PageUp (clicker)', key('PageUp'), 'previous'],
    ['space', key(' '), 'next'],
    ['shift+space', key(' ', { shiftKey: true }), 'previous'],
    ['n', key('n'), 'next'],
    ['N', key('N'), 'next'],
    ['Backspace', key('Backspace'), 'previous'],
    ['Home', key('Home'), 'first'],
    ['End', key('End'), 'last'],
    ['o', key('o'), 'overview'],
    ['O', key('O'), 'overview'],
    ['p', key('p'), 'presenter'],
    ['P', key('P'), 'presenter'],
    ['f', key('f'), 'fullscreen'],
    ['F', key('F'), 'fullscreen'],
    ['Escape', key('Escape'), 'escape'],
    ['shift+ArrowRight still moves', key('ArrowRight', { shiftKey: true }), 'next'],
    ['an unrelated key', key('x'), 'none'],
    ['Tab', key('Tab'), 'none'],
    ['Enter without digits', key('Enter'), 'none'],
  ];
  it.each(cases)('%s -> %s', (_name, input, type) => {
    expect(commandForKey(input, '').command.type).toBe(type);
  });

  it.each([
    ['ctrlKey', { ctrlKey: true }],
    ['metaKey', { metaKey: true }],
    ['altKey', { altKey: true }],
  ] as const)('ignores keys with %s (browser shortcuts) and clears the buffer', (_name, modifier) => {
    for (const k of ['ArrowRight', ' ', 'p', 'f', 'o', 'Home', '3', 'Enter']) {
      expect(commandForKey(key(k, modifier), '12')).toEqual({ command: { type: 'none' }, buffer: '' });
    }
  });

  it('collects digits and jumps on Enter', () => {
    let result = commandForKey(key('1'), '');
    expect(result).toEqual({ command: { type: 'none' }, buffer: '1' });
    result = commandForKey(key('2'), result.buffer);
    expect(result).toEqual({ command: { type: 'none' }, buffer: '12' });
    result = commandForKey(key('Enter'), result.buffer);
    expect(result).toEqual({ command: { type: 'goto', index: 12 }, buffer: '' });
  });

  it('keeps only the last three digits', () => {
    const buffer = ['1', '2', '3', '4'].reduce((typed, digit) => commandForKey(key(digit), typed).buffer, '');
    expect(buffer).toBe('234');
    expect(commandForKey(key('Enter'), buffer).command).toEqual({ type: 'goto', index: 234 });
  });

  it('reads "07" as slide 7', () => {
    expect(commandForKey(key('Enter'), '07').command).toEqual({ type: 'goto', index: 7 });
  });

  it('keeps the buffer over an unrelated key and drops it on a command', () => {
    expect(commandForKey(key('Shift'), '3')).toEqual({ command: { type: 'none' }, buffer: '3' });
    expect(commandForKey(key('ArrowRight'), '3')).toEqual({ command: { type: 'next' }, buffer: '' });
    expect(commandForKey(key('Escape'), '3')).toEqual({ command: { type: 'escape' }, buffer: '' });
  });
});

describe('targetIndex', () => {
  const cases: [string, DeckCommand, number, number, number | null][] = [
    ['next', { type: 'next' }, 3, 31, 4],
    ['next on the last slide stays', { type: 'next' }, 31, 31, 31],
    ['previous', { type: 'previous' }, 3, 31, 2],
    ['previous on the first slide stays', { type: 'previous' }, 1, 31, 1],
    ['first', { type: 'first' }, 17, 31, 1],
    ['last', { type: 'last' }, 2, 31, 31],
    ['goto within range', { type: 'goto', index: 12 }, 1, 31, 12],
    ['goto beyond the end', { type: 'goto', index: 99 }, 1, 31, 31],
    ['goto 0', { type: 'goto', index: 0 }, 5, 31, 1],
    ['overview does not move', { type: 'overview' }, 5, 31, null],
    ['presenter does not move', { type: 'presenter' }, 5, 31, null],
    ['fullscreen does not move', { type: 'fullscreen' }, 5, 31, null],
    ['escape does not move', { type: 'escape' }, 5, 31, null],
    ['none does not move', { type: 'none' }, 5, 31, null],
  ];
  it.each(cases)('%s', (_name, command, current, total, expected) => {
    expect(targetIndex(command, current, total)).toBe(expected);
  });
});
