import type { Translate } from '../i18n/index.ts';
import type { ItemCounts, ItemKind } from '../shared/lesson/outline.ts';

/** Order in which a card lists what a lesson holds. */
const SUMMARY_ORDER: ItemKind[] = ['mindMap', 'quiz', 'poll', 'openQuestion', 'video', 'timer'];

/** "31 dia's: 2 mindmaps, 1 quiz, 1 open vraag, 2 video's, 2 timers" in the reader's language. */
export function summaryText(slideCount: number, items: ItemCounts, t: Translate): string {
  const slides = slideCount === 1 ? t('summary.slide') : t('summary.slides', { n: slideCount });
  const parts = SUMMARY_ORDER.filter((kind) => items[kind] > 0).map((kind) =>
    items[kind] === 1 ? `1 ${t(`kind.${kind}`)}` : t(`kinds.${kind}`, { n: items[kind] }),
  );
  return parts.length > 0 ? `${slides}: ${parts.join(', ')}` : slides;
}
