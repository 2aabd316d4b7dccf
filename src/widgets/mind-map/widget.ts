import { z } from 'zod';
import { normaliseEntry } from '../../shared/text.ts';
import { guide } from './guide.ts';
import { defineWidget } from '../definition.ts';
import { listItem } from '../options/choices.ts';
import { requiredText, widgetId } from '../props.ts';
import { MIND_MAP_LIMITS } from './limits.ts';

export const mindMapProps = z
  .object({
    id: widgetId,
    term: requiredText(),
    model: z.array(listItem('lessonIssue.widget.modelEmpty')).optional(),
    maxEntries: z
      .number({ error: 'lessonIssue.widget.maxEntries' })
      .int('lessonIssue.widget.maxEntries')
      .min(1, 'lessonIssue.widget.maxEntries')
      .max(10, 'lessonIssue.widget.maxEntries')
      .optional(),
  })
  .strict();
export type MindMapProps = z.infer<typeof mindMapProps>;

export interface MindMapItem {
  /** Ideas per student. */
  maxEntries?: number;
  /** The lesson's model answers: on the server until the teacher shows them. */
  reveal?: { model: string[] };
}
export type MindMapValue = { kind: 'mindMap'; entries: string[] };
export type MindMapResults = { kind: 'mindMap'; answered: number; groups: { label: string; count: number }[] };

/** Ideas around a term; the board groups the same idea written differently. */
export const mindMap = defineWidget({
  kind: 'mindMap',
  component: 'MindMap',
  props: mindMapProps,
  names: { one: 'kind.mindMap', many: 'kinds.mindMap' },
  messages: 'mindmap',
  guide,
  answers: {
    value: z.object({ kind: z.literal('mindMap'), entries: z.array(z.string().max(200)).min(1).max(10) }).strict(),
    item: (props): MindMapItem => ({
      maxEntries: props.maxEntries ?? MIND_MAP_LIMITS.entries,
      ...(props.model ? { reveal: { model: props.model } } : {}),
    }),
    check: (item: MindMapItem, value: MindMapValue) => {
      const seen = new Set<string>();
      const entries = value.entries
        .map((entry) => entry.trim().replace(/\s+/g, ' '))
        .filter((entry) => {
          const key = normaliseEntry(entry);
          if (!key || seen.has(key)) return false;
          seen.add(key);
          return true;
        });
      if (entries.length === 0) return { ok: false, code: 'empty_answer' };
      const maxEntries = item.maxEntries ?? MIND_MAP_LIMITS.entries;
      if (entries.length > maxEntries) return { ok: false, code: 'too_many_entries', params: { max: maxEntries } };
      if (entries.some((entry) => entry.length > MIND_MAP_LIMITS.entryLength)) {
        return { ok: false, code: 'entry_too_long', params: { max: MIND_MAP_LIMITS.entryLength } };
      }
      return { ok: true, value: { kind: 'mindMap', entries } };
    },
    // Entries that differ only in case, accents or spaces are one group; most frequent first.
    summarise: (_item: MindMapItem, answers): Omit<MindMapResults, 'answered'> => {
      const groups = new Map<string, { label: string; count: number }>();
      for (const answer of answers) {
        for (const entry of answer.value.entries) {
          const key = normaliseEntry(entry);
          const group = groups.get(key);
          if (group) group.count += 1;
          else groups.set(key, { label: entry, count: 1 });
        }
      }
      return { kind: 'mindMap', groups: [...groups.values()].sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'nl')) };
    },
    describe: (props) => ({ prompt: props.term, options: [], correct: [], hasModel: (props.model?.length ?? 0) > 0 }),
    answerText: (_item, value) => value.entries.join(' | '),
    tally: (_item, results: MindMapResults) => ({ heading: 'report.answer', rows: results.groups }),
    reveals: 'model',
    labels: { panel: 'liveTeacher.kind.mindMap', report: 'report.kind.mindMap' },
  },
});
