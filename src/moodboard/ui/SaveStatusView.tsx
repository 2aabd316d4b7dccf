import { useSyncExternalStore } from 'react';
import type { BoardSync } from '../sync.ts';
import { useEditorUi } from './context.ts';
import { formatDateTime, saveStatusText } from './format.ts';
import { Modal } from './Modal.tsx';

/** The sync's status as React state. */
export const useSaveStatus = (sync: BoardSync) =>
  useSyncExternalStore(
    (onChange) => sync.subscribe(onChange),
    () => sync.status,
    () => sync.status,
  );

/** Always visible: saved (with the time), saving, offline, or what went wrong. */
export function SaveStatusView({ sync }: { sync: BoardSync }) {
  const { t, lang } = useEditorUi();
  const status = useSaveStatus(sync);
  return (
    <p className="mb-save" role="status" data-kind={status.kind}>
      {saveStatusText(t, status, lang)}
    </p>
  );
}

/** The student's choice when another tab or device saved first; it cannot be dismissed without one. */
export function ConflictDialog({ sync }: { sync: BoardSync }) {
  const { t, lang } = useEditorUi();
  const status = useSaveStatus(sync);
  if (status.kind !== 'conflict') return null;
  const choose = (choice: 'mine' | 'theirs') => void sync.resolve(choice);
  return (
    <Modal title={t('mbEdit.conflict.title')} role="alertdialog" onClose={() => undefined}>
      <p>{t('mbEdit.conflict.text', { at: formatDateTime(status.serverUpdatedAt, lang) })}</p>
      <div className="actions">
        <button type="button" className="button" onClick={() => choose('theirs')}>
          {t('mbEdit.conflict.theirs')}
        </button>
        <button type="button" className="button secondary" onClick={() => choose('mine')}>
          {t('mbEdit.conflict.mine')}
        </button>
      </div>
      <p className="hint">{t('mbEdit.conflict.hint')}</p>
    </Modal>
  );
}
