import type { Translate } from '../i18n/index.ts';
import type { JoinInfo } from './BoardLive.tsx';
import { boardCommand } from './board-stores.ts';

/** The join code in a corner of every slide while students can still join. */
export function JoinBanner({ join, t }: { join: JoinInfo; t: Translate }) {
  return (
    <aside className="board-banner" aria-label={t('board.bannerJoin')}>
      <span>
        {t('board.bannerJoin')} {join.address}
      </span>
      <strong className="board-banner-code">{join.code}</strong>
      <button
        type="button"
        className="board-banner-hide"
        aria-label={t('board.bannerHide')}
        title={t('board.bannerHide')}
        onClick={() => void boardCommand('session:banner', { shown: false })}
      >
        ×
      </button>
    </aside>
  );
}
