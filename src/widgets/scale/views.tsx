import type { Language } from '../../i18n/index.ts';
import { barWidths, percentOf } from '../../live-teacher/results-view.ts';
import type { ItemResults } from '../../shared/session/results.ts';
import { CountTable } from '../live/CountTable.tsx';
import type { KindViews } from '../views.ts';
import './scale.css';

type Results = Extract<ItemResults, { kind: 'scale' }>;

/** The counts per point, the lowest first, from the server's results (none yet: all zero). */
function scaleRows(options: readonly string[], results: ItemResults | undefined): { label: string; count: number; percent: number }[] {
  const own: Results | undefined = results?.kind === 'scale' ? results : undefined;
  return options.map((label, index) => {
    const count = own?.counts[index] ?? 0;
    return { label, count, percent: percentOf(count, own?.answered ?? 0) };
  });
}

const meanText = (results: ItemResults | undefined, lang: Language): string | null =>
  results?.kind === 'scale' && results.mean !== null
    ? new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(results.mean)
    : null;

/** A column per point, as high as its share, and the mean in large type; every figure in words too. */
export const views: KindViews = {
  kind: 'scale',
  Board: ({ item, results, lang, t }) => {
    const rows = scaleRows(item.options, results);
    const heights = barWidths(rows);
    const mean = meanText(results, lang);
    return (
      <div className="board-scale">
        <ol className="board-scale-columns" style={{ ['--points' as string]: rows.length }}>
          {rows.map((row, index) => (
            <li key={row.label}>
              <span className="board-scale-count">{t('scale.times', { n: row.count })}</span>
              <span className="board-scale-track" aria-hidden="true">
                <span className="board-scale-fill" style={{ height: `${heights[index] ?? 0}%` }} />
              </span>
              <span className="board-scale-point">{row.label}</span>
            </li>
          ))}
        </ol>
        {mean && <p className="board-scale-mean">{t('scale.mean', { mean })}</p>}
      </div>
    );
  },
  Teacher: ({ item, results, lang, t }) => {
    const mean = meanText(results, lang);
    return (
      <>
        {mean && <p className="tl-scale-mean">{t('scale.mean', { mean })}</p>}
        <CountTable
          caption={t('scale.caption')}
          heading={t('scale.point')}
          rows={scaleRows(item.options, results).map((row) => ({ ...row, key: row.label }))}
          t={t}
        />
      </>
    );
  },
};
