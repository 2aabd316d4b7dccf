import { normaliseEntry } from '../text.ts';
import { ANSWER_LIMITS } from './lesson.ts';
import type { SessionItem, SessionState } from './state.ts';

/** What a student sends for each kind of item. */
export type AnswerValue =
  | { kind: 'quiz'; choices: string[] }
  | { kind: 'poll'; choices: string[] }
  | { kind: 'mindMap'; entries: string[] }
  | { kind: 'openQuestion'; text: string };

export const ANSWER_ERRORS = {
  item_not_open: 'Deze vraag staat niet (meer) open.',
  answer_revealed: 'Het goede antwoord is al getoond; antwoorden kan niet meer.',
  already_answered: 'Je hebt deze vraag al beantwoord.',
  wrong_kind: 'Dit antwoord past niet bij deze vraag.',
  bad_choice: 'Kies een van de getoonde antwoorden.',
  one_choice_only: 'Bij deze vraag kies je één antwoord.',
  empty_answer: 'Je antwoord is leeg.',
  too_many_entries: 'Je hebt te veel ideeën gestuurd.',
  entry_too_long: 'Een idee is te lang.',
  too_long: 'Je antwoord is te lang.',
} as const;
export type AnswerErrorCode = keyof typeof ANSWER_ERRORS;

/**
 * Whether a student may answer the item now, as far as timing goes: it must be open and its right
 * answer not yet shown, and a second answer needs the teacher to allow changes. The phone asks the
 * same question to decide whether to show the answer controls at all.
 */
export function answerWindow(
  state: Pick<SessionState, 'openItem' | 'revealed'>,
  itemId: string,
  hasEarlierAnswer: boolean,
): { ok: true } | { ok: false; code: 'item_not_open' | 'answer_revealed' | 'already_answered' } {
  if (state.openItem?.id !== itemId) return { ok: false, code: 'item_not_open' };
  // Once the right answer is on every phone, a late answer would only copy it.
  if (state.revealed.includes(itemId)) return { ok: false, code: 'answer_revealed' };
  if (hasEarlierAnswer && !state.openItem.allowChanges) return { ok: false, code: 'already_answered' };
  return { ok: true };
}

/**
 * Whether a student's answer may be stored now: the answer window (see answerWindow) must be open
 * and the value must fit the item. Returns the cleaned value.
 */
export function checkAnswer(
  state: Pick<SessionState, 'openItem' | 'revealed'>,
  itemId: string,
  item: SessionItem | undefined,
  value: AnswerValue,
  hasEarlierAnswer: boolean,
): { ok: true; value: AnswerValue } | { ok: false; code: AnswerErrorCode } {
  if (!item) return { ok: false, code: 'item_not_open' };
  const timing = answerWindow(state, itemId, hasEarlierAnswer);
  if (!timing.ok) return timing;
  if (value.kind !== item.kind) return { ok: false, code: 'wrong_kind' };
  switch (value.kind) {
    case 'quiz':
    case 'poll': {
      const choices = [...new Set(value.choices)].sort();
      if (choices.length === 0) return { ok: false, code: 'empty_answer' };
      const count = item.optionCount ?? 0;
      if (choices.some((letter) => !/^[A-H]$/.test(letter) || letter.charCodeAt(0) - 65 >= count)) return { ok: false, code: 'bad_choice' };
      if (choices.length > 1 && !item.multiple) return { ok: false, code: 'one_choice_only' };
      return { ok: true, value: { kind: value.kind, choices } };
    }
    case 'mindMap': {
      const seen = new Set<string>();
      const entries = value.entries.map((entry) => entry.trim().replace(/\s+/g, ' ')).filter((entry) => {
        const key = normaliseEntry(entry);
        if (!key || seen.has(key)) return false;
        seen.add(key);
        return true;
      });
      if (entries.length === 0) return { ok: false, code: 'empty_answer' };
      if (entries.length > (item.maxEntries ?? ANSWER_LIMITS.mindMapEntries)) return { ok: false, code: 'too_many_entries' };
      if (entries.some((entry) => entry.length > ANSWER_LIMITS.mindMapEntryLength)) return { ok: false, code: 'entry_too_long' };
      return { ok: true, value: { kind: 'mindMap', entries } };
    }
    case 'openQuestion': {
      const text = value.text.trim();
      if (!text) return { ok: false, code: 'empty_answer' };
      if (text.length > (item.maxLength ?? ANSWER_LIMITS.openQuestionLength)) return { ok: false, code: 'too_long' };
      return { ok: true, value: { kind: 'openQuestion', text } };
    }
  }
}
