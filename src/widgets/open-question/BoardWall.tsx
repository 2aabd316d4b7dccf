import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Translate } from '../../i18n/index.ts';
import type { WallEntry } from '../../live-teacher/results-view.ts';
import { packWall, WALL_FONTS, wallColumns, wallOrder } from '../../live-board/board-view.ts';

const GAP = 12;
/** Room the page buttons take below the wall, in slide pixels. */
const PAGER = 72;

interface WallFit {
  key: string;
  font: number;
  columns: number;
  pages: number[][];
}

/**
 * Lays the answers out: the largest type at which they all fit on one page, else the smallest
 * (26 px) on as few pages as their measured heights allow. Measured in a hidden copy before the
 * screen is painted, so the class never sees the tries.
 */
function fitWall(box: HTMLElement, measure: HTMLElement, count: number): Omit<WallFit, 'key'> {
  const heightsAt = (font: number, columns: number) => {
    measure.style.width = `${(box.clientWidth - GAP * (columns - 1)) / columns}px`;
    measure.style.fontSize = `${font}px`;
    return [...measure.children].map((item) => (item as HTMLElement).offsetHeight);
  };
  const columnChoices = [2, 3, 4].filter((columns) => columns <= Math.max(2, wallColumns(count)));
  for (const font of WALL_FONTS) {
    for (const columns of columnChoices) {
      const pages = packWall(heightsAt(font, columns), columns, box.clientHeight, GAP);
      if (pages.length <= 1) return { font, columns, pages };
    }
  }
  const font = Math.min(...WALL_FONTS);
  const tries = columnChoices.map((columns) => ({
    font,
    columns,
    pages: packWall(heightsAt(font, columns), columns, box.clientHeight - PAGER, GAP),
  }));
  return tries.reduce((best, next) => (next.pages.length < best.pages.length ? next : best));
}

/**
 * Every answer of the class on the board, never with names: big type when they fit, and pages the
 * teacher flips ([ and ] or the buttons) when even 26 px does not hold them all.
 */
export function BoardWall({ entries, t }: { entries: WallEntry[]; t: Translate }) {
  const ordered = wallOrder(entries);
  const key = ordered.map((entry) => `${entry.id}\u0000${entry.text}`).join('\u0001');
  const box = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLUListElement>(null);
  const [fit, setFit] = useState<WallFit | null>(null);
  const [page, setPage] = useState(0);

  useLayoutEffect(() => {
    if (!box.current || !measure.current || fit?.key === key) return;
    const next = fitWall(box.current, measure.current, ordered.length);
    setFit({ ...next, key });
  }, [key, fit?.key, ordered.length]);

  if (entries.length === 0) return <p className="board-empty">{t('board.noAnswers')}</p>;
  const pages = fit?.key === key ? fit.pages : [];
  const current = Math.min(page, Math.max(0, pages.length - 1));
  const shown = (pages[current] ?? []).flatMap((index) => ordered[index] ?? []);
  const flip = (step: number) => setPage(Math.min(Math.max(0, current + step), Math.max(0, pages.length - 1)));
  return (
    <div className="board-wall-box" ref={box}>
      <ul className="board-wall-measure" ref={measure} aria-hidden="true">
        {ordered.map((entry) => (
          <li key={entry.id}>{entry.text}</li>
        ))}
      </ul>
      <WallKeys onFlip={flip} />
      <ul
        className="board-wall"
        style={{ columnCount: fit?.columns ?? 1, fontSize: `${fit?.font ?? WALL_FONTS[0]}px`, columnGap: `${GAP}px` }}
      >
        {shown.map((entry) => (
          <li key={entry.id} data-highlighted={entry.highlighted}>
            {entry.text}
          </li>
        ))}
      </ul>
      {pages.length > 1 && (
        <p className="board-wall-pages">
          <button type="button" className="button secondary" onClick={() => flip(-1)} disabled={current === 0}>
            {t('board.wallPrevious')}
          </button>
          <span>{t('board.wallPage', { page: current + 1, pages: pages.length })}</span>
          <button type="button" className="button secondary" onClick={() => flip(1)} disabled={current === pages.length - 1}>
            {t('board.wallNext')}
          </button>
        </p>
      )}
    </div>
  );
}

/** [ and ] flip the wall's pages from anywhere on the board. */
function WallKeys({ onFlip }: { onFlip: (step: number) => void }) {
  const latest = useRef(onFlip);
  useLayoutEffect(() => {
    latest.current = onFlip;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '[' && event.key !== ']') return;
      event.preventDefault();
      latest.current(event.key === ']' ? 1 : -1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return null;
}
