import { optionLetter } from '../lesson/widget-values.ts';
import { normaliseEntry } from '../text.ts';
import type { AnswerValue } from './answers.ts';
import type { SessionItem } from './state.ts';

/** One stored answer as results need it. */
export interface ResultAnswer {
  id: string;
  participantId: string;
  value: AnswerValue;
  createdAt: number;
}

export type ItemResults =
  | { kind: 'quiz' | 'poll'; answered: number; counts: { letter: string; count: number }[] }
  | { kind: 'mindMap'; answered: number; groups: { label: string; count: number }[] }
  | { kind: 'openQuestion'; answered: number; answers: { id: string; participantId: string; text: string; createdAt: number }[] };

/**
 * What the board and the teacher see for one item: counts per option, mind-map entries grouped
 * when they differ only in case, accents or spaces (most frequent first), or the wall of open
 * answers, newest first. `answered` counts students, not entries.
 */
export function summariseItem(item: SessionItem, answers: readonly ResultAnswer[]): ItemResults {
  const answered = new Set(answers.map((answer) => answer.participantId)).size;
  switch (item.kind) {
    case 'quiz':
    case 'poll': {
      const counts = Array.from({ length: item.optionCount ?? 0 }, (_, index) => ({ letter: optionLetter(index), count: 0 }));
      for (const answer of answers) {
        if (answer.value.kind !== item.kind) continue;
        for (const letter of answer.value.choices) {
          const bucket = counts.find((entry) => entry.letter === letter);
          if (bucket) bucket.count += 1;
        }
      }
      return { kind: item.kind, answered, counts };
    }
    case 'mindMap': {
      const groups = new Map<string, { label: string; count: number }>();
      for (const answer of answers) {
        if (answer.value.kind !== 'mindMap') continue;
        for (const entry of answer.value.entries) {
          const key = normaliseEntry(entry);
          const group = groups.get(key);
          if (group) group.count += 1;
          else groups.set(key, { label: entry, count: 1 });
        }
      }
      const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl'));
      return { kind: 'mindMap', answered, groups: sorted };
    }
    case 'openQuestion': {
      const wall = answers
        .flatMap((answer) => (answer.value.kind === 'openQuestion' ? [{ id: answer.id, participantId: answer.participantId, text: answer.value.text, createdAt: answer.createdAt }] : []))
        .sort((a, b) => b.createdAt - a.createdAt);
      return { kind: 'openQuestion', answered, answers: wall };
    }
  }
}
