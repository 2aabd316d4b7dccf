import type { SessionState } from './state.ts';

// Apart from the answer checks (answers.ts), which know every widget kind: the phone asks this too.

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
