import { widgets, type ItemResults, type WidgetRegistry } from '../../widgets/index.ts';
import type { AnswerValue } from './answers.ts';
import type { SessionItem } from './state.ts';

export type { ItemResults };

/** One stored answer as results need it. */
export interface ResultAnswer {
  id: string;
  participantId: string;
  value: AnswerValue;
  createdAt: number;
}

/**
 * What the board and the teacher see for one item, by its kind's rules (counts per option, grouped
 * mind-map entries, the wall of open answers). Answers of another kind are left out; `answered`
 * counts students, not entries.
 */
export function summariseItem(item: SessionItem, answers: readonly ResultAnswer[], registry: WidgetRegistry = widgets): ItemResults {
  const answered = new Set(answers.map((answer) => answer.participantId)).size;
  const rules = registry.answerRules(item.kind);
  if (!rules) throw new Error(`No answer rules for kind ${item.kind}`);
  const own = answers.filter((answer) => answer.value.kind === item.kind);
  return { ...rules.summarise(item, own), answered } as ItemResults;
}
