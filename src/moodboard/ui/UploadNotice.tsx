import { useEditorUi } from './context.ts';

/** Upload progress, or why an image was refused (the board is left as it was). */
export function UploadNotice({ onDismiss }: { onDismiss: () => void }) {
  const { t, upload } = useEditorUi();
  return (
    <div className="mb-upload" aria-live="polite">
      {upload.kind === 'uploading' && (
        <p className="mb-upload-busy">
          <span id="mb-upload-label">{t('mbEdit.upload.busy')}</span>
          {upload.progress === null ? (
            <progress aria-labelledby="mb-upload-label" />
          ) : (
            <progress aria-labelledby="mb-upload-label" max={1} value={upload.progress} />
          )}
          {upload.progress !== null && <span>{Math.round(upload.progress * 100)}%</span>}
        </p>
      )}
      {upload.kind === 'refused' && (
        <p className="form-error mb-upload-refused" role="alert">
          {t('mbEdit.upload.refused', { message: upload.message })}{' '}
          <button type="button" className="mb-linkish" onClick={onDismiss}>
            {t('mbEdit.close')}
          </button>
        </p>
      )}
    </div>
  );
}
