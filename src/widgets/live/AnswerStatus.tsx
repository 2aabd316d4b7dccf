import type { ReactNode } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { refusalText } from '../../live/refusal-text.ts';
import type { MyAnswerView } from '../../live/stores.ts';

/** Where the student's answer is: waiting on the phone, sent, or refused (with why). */
export function AnswerStatus({ mine, t }: { mine: MyAnswerView | undefined; t: Translate }) {
  return (
    <p role="status" className="hint answer-status" data-status={mine?.status}>
      {mine?.status === 'sent' && t('liveItem.sent')}
      {mine?.status === 'pending' && t('liveItem.pending')}
      {mine?.status === 'refused' && t('liveItem.refused', { message: refusalText(t, mine) })}
    </p>
  );
}

/** The note on an item whose right answer was shown before this student answered. */
export function ItemLocked({ t }: { t: Translate }) {
  return (
    <p role="status" className="hint item-locked" data-locked>
      {t('liveItem.locked')}
    </p>
  );
}

/** The line under an item that is not open: waiting for the teacher, or closed. */
export function ItemClosed({ wasOpened, t }: { wasOpened: boolean; t: Translate }) {
  return <p className="hint">{wasOpened ? t('liveItem.closed') : t('liveItem.waiting')}</p>;
}

interface ItemStatusProps {
  /** The right answer was shown before this student answered. */
  locked: boolean;
  open: boolean;
  /** The student has an answer to this item (sent or on its way). */
  answered: boolean;
  wasOpened: boolean;
  mine: MyAnswerView | undefined;
  t: Translate;
}

/** The lines under a live item: locked, waiting or closed, and where the student's answer is. */
export function ItemStatus({ locked, open, answered, wasOpened, mine, t }: ItemStatusProps) {
  return (
    <>
      {locked && <ItemLocked t={t} />}
      {!open && !answered && <ItemClosed wasOpened={wasOpened} t={t} />}
      <AnswerStatus mine={locked ? undefined : mine} t={t} />
    </>
  );
}

/** The "Verstuur" button under a live item, with anything that goes beside it (a hint). */
export function SendButton({ onSend, disabled, t, children }: { onSend(): void; disabled?: boolean; t: Translate; children?: ReactNode }) {
  return (
    <div className="widget-actions">
      <button type="button" className="button" disabled={disabled} onClick={onSend}>
        {t('liveItem.send')}
      </button>
      {children}
    </div>
  );
}
