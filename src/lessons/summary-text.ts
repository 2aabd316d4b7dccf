import type { Translate } from '../i18n/index.ts';
import { ITEM_KINDS, type ItemCounts } from '../shared/lesson/outline.ts';
import { widgetKind } from '../widgets/index.ts';

/** "31 dia's: 2 mindmaps, 1 quiz, 1 peiling, 1 open vraag, 2 video's, 2 timers" in the reader's language, the counted kinds in registry order. */
export function summaryText(slideCount: number, items: ItemCounts, t: Translate): string {
  const slides = slideCount === 1 ? t('summary.slide') : t('summary.slides', { n: slideCount });
  const parts = ITEM_KINDS.filter((kind) => items[kind] > 0).flatMap((kind) => {
    const names = widgetKind(kind)?.names;
    if (!names) return [];
    return [items[kind] === 1 ? `1 ${t(names.one)}` : t(names.many, { n: items[kind] })];
  });
  return parts.length > 0 ? `${slides}: ${parts.join(', ')}` : slides;
}
