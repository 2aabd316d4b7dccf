import { useState } from 'react';
import { useEditorStore } from '../store.ts';
import { imageAddress, useEditorUi } from './context.ts';
import { exportFileName } from './format.ts';

type Busy = 'png' | 'pdf' | null;

// A copy on a plain ArrayBuffer: Blob does not take views over shared memory.
const pdfBlob = (bytes: Uint8Array) => new Blob([new Uint8Array(bytes)], { type: 'application/pdf' });

function download(blob: Blob, name: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the address is only needed for that.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "Download als PNG" / "Download als PDF", with progress while the file is made. */
export function ExportButtons() {
  const { t, lang, payload } = useEditorUi();
  const store = useEditorStore();
  const [busy, setBusy] = useState<Busy>(null);
  const [failed, setFailed] = useState(false);

  const run = async (kind: 'png' | 'pdf') => {
    setBusy(kind);
    setFailed(false);
    try {
      // Loaded on demand: the PDF library is large and most visits never export.
      const exporter = await import('../export.ts');
      const { doc } = store.getState();
      const loadImage = exporter.loadImageFrom((uploadId) => imageAddress(uploadId));
      const blob =
        kind === 'png'
          ? await exporter.exportPng(doc, loadImage, 2)
          : pdfBlob(
              await exporter.exportPdf(doc, {
                loadImage,
                lang,
                title: payload.assignment.title,
                student: payload.student.name,
                brief: payload.assignment.brief,
                explanation: doc.explanation,
                parts: payload.assignment.parts,
              }),
            );
      download(blob, exportFileName(payload.student.name, kind));
    } catch {
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="mb-export" aria-labelledby="mb-export-title">
      <h2 id="mb-export-title">{t('mbEdit.export.title')}</h2>
      <div className="actions">
        <button type="button" className="button secondary" disabled={busy !== null} onClick={() => void run('png')}>
          {t('mbEdit.export.png')}
        </button>
        <button type="button" className="button secondary" disabled={busy !== null} onClick={() => void run('pdf')}>
          {t('mbEdit.export.pdf')}
        </button>
      </div>
      <p role="status" className={failed ? 'form-error' : 'hint'}>
        {busy && (
          <>
            {t('mbEdit.export.busy')} <progress aria-label={t('mbEdit.export.busy')} />
          </>
        )}
        {failed && t('mbEdit.export.failed')}
      </p>
    </section>
  );
}
