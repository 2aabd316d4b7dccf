import { describe, expect, it } from 'vitest';
import { answerWindow } from './answer-window.ts';
import { checkAnswer, type AnswerValue } from './answers.ts';
import type { SessionItem } from './state.ts';

const items: Record<string, SessionItem> = {
  single: { kind: 'quiz', slide: 1, optionCount: 3, multiple: false },
  many: { kind: 'quiz', slide: 1, optionCount: 4, multiple: true },
  poll: { kind: 'poll', slide: 2, optionCount: 2, multiple: false },
  map: { kind: 'mindMap', slide: 3, maxEntries: 2 },
  open: { kind: 'openQuestion', slide: 4, maxLength: 10 },
};
const open = (id: string, allowChanges = false, revealed: string[] = []) => ({ openItem: { id, allowChanges }, revealed });

describe('checkAnswer', () => {
  const accepted: { id: string; value: AnswerValue; cleaned: AnswerValue }[] = [
    { id: 'single', value: { kind: 'quiz', choices: ['B'] }, cleaned: { kind: 'quiz', choices: ['B'] } },
    { id: 'many', value: { kind: 'quiz', choices: ['D', 'A', 'A'] }, cleaned: { kind: 'quiz', choices: ['A', 'D'] } },
    { id: 'poll', value: { kind: 'poll', choices: ['A'] }, cleaned: { kind: 'poll', choices: ['A'] } },
    {
      id: 'map',
      value: { kind: 'mindMap', entries: ['  Klant  tevredenheid ', 'klant tevredenhéid', 'Omzet'] },
      cleaned: { kind: 'mindMap', entries: ['Klant tevredenheid', 'Omzet'] },
    },
    { id: 'open', value: { kind: 'openQuestion', text: '  Vaak  ' }, cleaned: { kind: 'openQuestion', text: 'Vaak' } },
  ];
  it.each(accepted)('accepts $id and cleans it', ({ id, value, cleaned }) => {
    expect(checkAnswer(open(id), id, items[id], value, false)).toEqual({ ok: true, value: cleaned });
  });

  const refused: {
    name: string;
    id: string;
    state?: ReturnType<typeof open> | { openItem: null; revealed: string[] };
    value: AnswerValue;
    earlier?: boolean;
    code: string;
    params?: { max: number };
  }[] = [
    {
      name: 'closed item',
      id: 'single',
      state: { openItem: null, revealed: [] },
      value: { kind: 'quiz', choices: ['A'] },
      code: 'item_not_open',
    },
    { name: 'another item is open', id: 'single', state: open('poll'), value: { kind: 'quiz', choices: ['A'] }, code: 'item_not_open' },
    { name: 'unknown item', id: 'nope', state: open('nope'), value: { kind: 'quiz', choices: ['A'] }, code: 'item_not_open' },
    {
      name: 'after the right answer was shown',
      id: 'single',
      state: open('single', true, ['single']),
      value: { kind: 'quiz', choices: ['B'] },
      code: 'answer_revealed',
    },
    { name: 'second answer', id: 'single', value: { kind: 'quiz', choices: ['A'] }, earlier: true, code: 'already_answered' },
    { name: 'wrong kind', id: 'single', value: { kind: 'openQuestion', text: 'x' }, code: 'wrong_kind' },
    { name: 'option beyond the list', id: 'single', value: { kind: 'quiz', choices: ['D'] }, code: 'bad_choice' },
    { name: 'not a letter', id: 'single', value: { kind: 'quiz', choices: ['a'] }, code: 'bad_choice' },
    { name: 'two choices on single choice', id: 'single', value: { kind: 'quiz', choices: ['A', 'B'] }, code: 'one_choice_only' },
    { name: 'no choice', id: 'poll', value: { kind: 'poll', choices: [] }, code: 'empty_answer' },
    {
      name: 'too many ideas',
      id: 'map',
      value: { kind: 'mindMap', entries: ['a', 'b', 'c'] },
      code: 'too_many_entries',
      params: { max: 2 },
    },
    {
      name: 'idea too long',
      id: 'map',
      value: { kind: 'mindMap', entries: ['x'.repeat(81)] },
      code: 'entry_too_long',
      params: { max: 80 },
    },
    { name: 'only spaces', id: 'map', value: { kind: 'mindMap', entries: ['   '] }, code: 'empty_answer' },
    { name: 'text too long', id: 'open', value: { kind: 'openQuestion', text: 'x'.repeat(11) }, code: 'too_long', params: { max: 10 } },
    { name: 'empty text', id: 'open', value: { kind: 'openQuestion', text: ' \n ' }, code: 'empty_answer' },
  ];
  it.each(refused)('refuses: $name', ({ id, state = open(id), value, earlier = false, code, params }) => {
    expect(checkAnswer(state, id, items[id], value, earlier)).toEqual(params ? { ok: false, code, params } : { ok: false, code });
  });

  it('lets a student change an answer when the teacher allows it', () => {
    expect(checkAnswer(open('single', true), 'single', items.single, { kind: 'quiz', choices: ['C'] }, true)).toEqual({
      ok: true,
      value: { kind: 'quiz', choices: ['C'] },
    });
  });
});

describe('answerWindow', () => {
  const cases: { name: string; state: Parameters<typeof answerWindow>[0]; earlier: boolean; expected: ReturnType<typeof answerWindow> }[] = [
    { name: 'open, first answer', state: open('single'), earlier: false, expected: { ok: true } },
    { name: 'open with changes allowed, second answer', state: open('single', true), earlier: true, expected: { ok: true } },
    { name: 'open, second answer', state: open('single'), earlier: true, expected: { ok: false, code: 'already_answered' } },
    { name: 'another item open', state: open('poll'), earlier: false, expected: { ok: false, code: 'item_not_open' } },
    { name: 'nothing open', state: { openItem: null, revealed: [] }, earlier: false, expected: { ok: false, code: 'item_not_open' } },
    { name: 'revealed, not answered', state: open('single', false, ['single']), earlier: false, expected: { ok: false, code: 'answer_revealed' } },
    { name: 'revealed, changes allowed', state: open('single', true, ['single']), earlier: true, expected: { ok: false, code: 'answer_revealed' } },
  ];
  it.each(cases)('$name', ({ state, earlier, expected }) => {
    expect(answerWindow(state, 'single', earlier)).toEqual(expected);
  });
});
