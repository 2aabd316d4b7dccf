import { useEffect, useState } from 'react';
import type { Language } from '../../i18n/index.ts';
import type { BoardPayload } from '../../shared/moodboard/api.ts';
import { useTranslate } from '../../widgets/common.ts';
import type { EditorStore } from '../store.ts';
import type { BoardSync } from '../sync.ts';
import { loadBoard, type LoadOutcome } from './api-client.ts';
import { moodboardRefusalText } from './refusal-text.ts';

interface Props {
  boardId: string;
  lang: Language;
}

type Failure = Extract<LoadOutcome, { ok: false }>;
type Loaded =
  | { kind: 'loading' }
  | { kind: 'failed'; reason: Failure['reason']; code: string | null }
  | { kind: 'ready'; payload: BoardPayload; store: EditorStore; sync: BoardSync; parts: EditorParts };

type EditorParts = typeof import('./editor-parts.ts');

/** The editor itself, fetched alongside the board; a failed fetch is a network failure. */
const loadParts = (): Promise<EditorParts | null> => import('./editor-parts.ts').catch(() => null);

/**
 * The student's moodboard editor (island): loads the board, restores unsaved work from this device
 * and keeps it saved. Until then it shows the loading state, or why the board cannot be opened.
 */
export default function MoodboardEditor({ boardId, lang }: Props) {
  const t = useTranslate(lang);
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let sync: BoardSync | null = null;
    let live = true;
    void Promise.all([loadBoard(boardId), loadParts()]).then(([outcome, parts]) => {
      if (!live) return;
      if (!outcome.ok) return setLoaded({ kind: 'failed', reason: outcome.reason, code: outcome.code });
      if (!parts) return setLoaded({ kind: 'failed', reason: 'network', code: null });
      const { payload } = outcome;
      const store = parts.createEditorStore(payload.board.doc, { knownParts: payload.assignment.parts.map((part) => part.id) });
      sync = parts.BoardSync.restore({ boardId, store, server: payload.board });
      setLoaded({ kind: 'ready', payload, store, sync, parts });
    });
    return () => {
      live = false;
      sync?.dispose();
    };
  }, [boardId, attempt]);

  if (loaded.kind === 'ready') {
    const { EditorProvider, EditorShell } = loaded.parts;
    return (
      <EditorProvider store={loaded.store}>
        <EditorShell boardId={boardId} lang={lang} payload={loaded.payload} store={loaded.store} sync={loaded.sync} />
      </EditorProvider>
    );
  }
  if (loaded.kind === 'loading') {
    return (
      <div className="mb-editor mb-loading" aria-busy="true">
        <h1>{t('mbEdit.pageTitle')}</h1>
        <p role="status">{t('mbEdit.load.busy')}</p>
      </div>
    );
  }
  return (
    <div className="mb-editor">
      <h1>{t('mbEdit.pageTitle')}</h1>
      <div className="form-error" role="alert">
        {loaded.reason === 'login' ? (
          <p>
            {t('mbEdit.load.login')} <a href="/werk">{t('mbEdit.load.loginLink')}</a>
          </p>
        ) : (
          <p>
            {loaded.reason === 'notFound'
              ? t('mbEdit.load.notFound')
              : loaded.reason === 'network'
                ? t('mbEdit.load.network')
                : t('mbEdit.load.failed', { message: loaded.code ? moodboardRefusalText(t, loaded.code) : '' })}
          </p>
        )}
      </div>
      {loaded.reason !== 'login' && loaded.reason !== 'notFound' && (
        <button
          type="button"
          className="button"
          onClick={() => {
            setLoaded({ kind: 'loading' });
            setAttempt((n) => n + 1);
          }}
        >
          {t('mbEdit.load.retry')}
        </button>
      )}
    </div>
  );
}
