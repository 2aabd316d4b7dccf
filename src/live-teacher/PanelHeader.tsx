import { useId, useRef, type ReactNode } from 'react';
import type { Translate } from '../i18n/index.ts';

/** How students join: the address to type, the code and the QR code (an SVG made on the server). */
export interface JoinInfo {
  /** The join address without the scheme, e.g. "school.nl/join". */
  address: string;
  code: string;
  qrSvg: string;
}

interface Props {
  title: string;
  join: JoinInfo;
  /** Present mode tied to this session. */
  boardUrl: string;
  /** The connection state, shown in the strip. */
  status: ReactNode;
  t: Translate;
}

/**
 * The panel's top strip: lesson, join code with a small QR code that opens large in a dialog,
 * the board link and the connection state, in one band so the controls start high on the screen.
 */
export function PanelHeader({ title, join, boardUrl, status, t }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const dialogTitleId = useId();
  const spokenCode = `${t('live.code')}: ${join.code.split('').join(' ')}`;
  return (
    <header className="tl-header">
      <div className="tl-header-top">
        <h1 className="tl-title">{title}</h1>
        {status}
      </div>
      <div className="tl-join">
        <p className="tl-join-at">{t('live.joinAt', { url: join.address })}</p>
        <p className="join-code" aria-label={spokenCode}>
          {join.code}
        </p>
        <button type="button" className="tl-qr-button" onClick={() => dialog.current?.showModal()}>
          <span className="qr" aria-hidden="true" dangerouslySetInnerHTML={{ __html: join.qrSvg }} />
          <span className="visually-hidden">{t('liveTeacher.qrBigger')}</span>
        </button>
        <a className="button secondary tl-board-link" href={boardUrl} target="_blank">
          {t('live.openBoard')}
          <span className="tl-wide-only"> {t('live.openBoardWhy')}</span>
        </a>
      </div>
      <dialog ref={dialog} className="tl-qr-dialog" aria-labelledby={dialogTitleId}>
        <h2 id={dialogTitleId}>{t('live.qr')}</h2>
        <figure className="tl-qr-large" aria-hidden="true" dangerouslySetInnerHTML={{ __html: join.qrSvg }} />
        <p>{t('live.joinAt', { url: join.address })}</p>
        <p className="join-code-large" aria-label={spokenCode}>
          {join.code}
        </p>
        <form method="dialog">
          <button type="submit" className="button">
            {t('liveTeacher.qrClose')}
          </button>
        </form>
      </dialog>
    </header>
  );
}
