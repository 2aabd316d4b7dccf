import { useState, type SubmitEvent } from 'react';
import { newItem } from '../reduce.ts';
import { useEditor } from '../store.ts';
import { useEditorUi } from './context.ts';
import { readLink } from './link.ts';
import { Modal } from './Modal.tsx';

/** Asks for the address (checked, with a clear message) and a title, then adds a link card. */
export function LinkDialog({ onClose }: { onClose: () => void }) {
  const { t } = useEditorUi();
  const doc = useEditor((state) => state.doc);
  const dispatch = useEditor((state) => state.dispatch);
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const read = readLink(url);
    if (!read.ok) return setProblem(t(read.reason));
    dispatch({ type: 'add', item: newItem('link', { doc, url: read.url, title: title.trim() }) });
    onClose();
  };
  return (
    <Modal title={t('mbEdit.link.add')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <div className="field" data-invalid={problem ? '' : undefined}>
          <label htmlFor="mb-new-link-url">{t('mbEdit.link.url')}</label>
          <input
            id="mb-new-link-url"
            type="url"
            inputMode="url"
            placeholder="https://"
            value={url}
            autoFocus
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? 'mb-new-link-error' : undefined}
            onChange={(event) => setUrl(event.target.value)}
          />
          {problem && (
            <p id="mb-new-link-error" className="field-error">
              {problem}
            </p>
          )}
        </div>
        <div className="field">
          <label htmlFor="mb-new-link-title">{t('mbEdit.link.title')}</label>
          <input id="mb-new-link-title" value={title} maxLength={200} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <DialogButtons submit={t('mbEdit.add')} onClose={onClose} />
      </form>
    </Modal>
  );
}

/** A colour from the native colour picker with an optional name, as a swatch. */
export function SwatchDialog({ onClose }: { onClose: () => void }) {
  const { t } = useEditorUi();
  const doc = useEditor((state) => state.doc);
  const dispatch = useEditor((state) => state.dispatch);
  const [colour, setColour] = useState('#1d4e89');
  const [label, setLabel] = useState('');
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    dispatch({ type: 'add', item: newItem('swatch', { doc, colour: colour.toLowerCase(), label: label.trim() }) });
    onClose();
  };
  return (
    <Modal title={t('mbEdit.swatch.add')} onClose={onClose}>
      <form onSubmit={submit}>
        <div className="field">
          <label htmlFor="mb-new-swatch-colour">{t('mbEdit.panel.colour')}</label>
          <input id="mb-new-swatch-colour" type="color" value={colour} onChange={(event) => setColour(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="mb-new-swatch-label">{t('mbEdit.panel.label')}</label>
          <input
            id="mb-new-swatch-label"
            value={label}
            maxLength={60}
            placeholder={t('mbEdit.swatch.example')}
            onChange={(event) => setLabel(event.target.value)}
          />
        </div>
        <DialogButtons submit={t('mbEdit.add')} onClose={onClose} />
      </form>
    </Modal>
  );
}

export function DialogButtons({ submit, onClose, disabled = false }: { submit: string; onClose: () => void; disabled?: boolean }) {
  const { t } = useEditorUi();
  return (
    <div className="actions">
      <button type="submit" className="button" disabled={disabled}>
        {submit}
      </button>
      <button type="button" className="button secondary" onClick={onClose}>
        {t('mbEdit.cancel')}
      </button>
    </div>
  );
}
