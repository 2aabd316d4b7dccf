import { widgets, type AnswerValue, type WidgetRegistry } from '../../widgets/index.ts';
import type { AnswerCheck } from '../../widgets/definition.ts';
import { answerWindow } from './answer-window.ts';
import type { SessionItem, SessionState } from './state.ts';

export type { AnswerValue };

/**
 * Whether a student's answer may be stored now: the answer window (see answerWindow) must be open
 * and the value must fit the item, by its kind's rules. Returns the cleaned value.
 */
export function checkAnswer(
  state: Pick<SessionState, 'openItem' | 'revealed'>,
  itemId: string,
  item: SessionItem | undefined,
  value: AnswerValue,
  hasEarlierAnswer: boolean,
  registry: WidgetRegistry = widgets,
): AnswerCheck<AnswerValue> {
  if (!item) return { ok: false, code: 'item_not_open' };
  const timing = answerWindow(state, itemId, hasEarlierAnswer);
  if (!timing.ok) return timing;
  const rules = registry.answerRules(item.kind);
  if (!rules || value.kind !== item.kind) return { ok: false, code: 'wrong_kind' };
  return rules.check(item, value) as AnswerCheck<AnswerValue>;
}
