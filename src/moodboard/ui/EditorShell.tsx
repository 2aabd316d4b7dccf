import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../i18n/index.ts';
import type { BoardPayload, VersionSummary } from '../../shared/moodboard/api.ts';
import { workStatus } from '../../shared/moodboard/assignment.ts';
import { useTranslate } from '../../widgets/common.ts';
import { useEditor, type EditorStore } from '../store.ts';
import type { BoardSync } from '../sync.ts';
import { Brief } from './Brief.tsx';
import { EditBoard } from './EditBoard.tsx';
import { EditorUiContext, itemElementId, type EditorUi } from './context.ts';
import { EmptyState } from './EmptyState.tsx';
import { Explanation } from './Explanation.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { FeedbackBox } from './FeedbackBox.tsx';
import { withVersion } from './api-client.ts';
import { formatDateTime } from './format.ts';
import { HandIn } from './HandIn.tsx';
import { ListLayout } from './ListLayout.tsx';
import { PartsChecklist } from './PartsChecklist.tsx';
import { ConflictDialog, SaveStatusView } from './SaveStatusView.tsx';
import { SelectedPanel } from './SelectedPanel.tsx';
import { Toolbar } from './Toolbar.tsx';
import { UploadNotice } from './UploadNotice.tsx';
import { editorKeyHandler } from './use-editor-keys.ts';
import { useImageUpload } from './use-image-upload.ts';
import { usePhone } from './use-phone.ts';
import { isTypingTarget } from './shortcuts.ts';
import { firstImage } from './upload.ts';

interface Props {
  boardId: string;
  lang: Language;
  payload: BoardPayload;
  store: EditorStore;
  sync: BoardSync;
}

/** The loaded editor: feedback, save status, toolbar, board or list, checklist, explanation, hand-in. */
export function EditorShell({ boardId, lang, payload, store, sync }: Props) {
  const t = useTranslate(lang);
  const phone = usePhone();
  const [listPreferred, setListPreferred] = useState(false);
  const listLayout = phone || listPreferred;
  const [editingId, setEditingId] = useState<string | null>(null);
  const { upload, addImage, dismiss } = useImageUpload(boardId, store, t);
  const empty = useEditor((state) => state.doc.items.length === 0);
  const changed = useEditor((state) => state.localVersion > 0);
  const [versions, setVersions] = useState<VersionSummary[]>(payload.versions);
  const [openedAt] = useState(() => Date.now());
  // The status follows this visit: a first change means working, a hand-in means handed in (or late).
  const status = workStatus({
    started: payload.status !== 'notStarted' || changed,
    lastHandIn: versions.at(-1) ?? null,
    deadline: payload.assignment.deadline,
    now: openedAt,
  });

  const focusItem = (id: string) => {
    store.getState().dispatch({ type: 'select', id });
    // After React has drawn the selection (and a new item), so the element exists.
    requestAnimationFrame(() => {
      const element = document.getElementById(itemElementId(id, listLayout ? 'list' : 'board'));
      element?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
      element?.focus({ preventScroll: true });
    });
  };
  const ui: EditorUi = { t, lang, boardId, payload, editingId, setEditingId, focusItem, upload, addImage, listLayout };

  // Pasting an image anywhere on the page adds it, unless the student pastes into a text field.
  const latest = useRef(ui);
  useEffect(() => {
    latest.current = ui;
  });
  useEffect(() => {
    const onPaste = (event: ClipboardEvent) => {
      const file = firstImage(event.clipboardData?.files);
      if (!file || (isTypingTarget(event.target) && event.clipboardData?.types.includes('text/plain'))) return;
      event.preventDefault();
      latest.current.addImage(file);
    };
    document.addEventListener('paste', onPaste);
    return () => document.removeEventListener('paste', onPaste);
  }, []);

  const { assignment, student, feedback } = payload;
  return (
    <EditorUiContext.Provider value={ui}>
      <div className="mb-editor" onKeyDown={editorKeyHandler(store, ui)}>
        {feedback && <FeedbackBox feedback={feedback} />}
        <header className="mb-head">
          <h1>{assignment.title}</h1>
          <p className="mb-meta">
            {t('mbEdit.head.meta', { student: student.name, lesson: assignment.lessonTitle })} ·{' '}
            {t('mbEdit.head.deadline', { at: formatDateTime(assignment.deadline, lang) })} · {t(`mbEdit.status.${status}`)}
          </p>
          <SaveStatusView sync={sync} />
        </header>
        {!empty && assignment.brief && (
          // Folded once there is work on the board; the empty board shows it open.
          <details className="mb-brief-box">
            <summary>{t('mbEdit.brief.title')}</summary>
            <Brief brief={assignment.brief} />
          </details>
        )}
        <Toolbar listLayout={listLayout} onListLayout={setListPreferred} phone={phone} />
        <UploadNotice onDismiss={dismiss} />
        <div className={`mb-layout${listLayout ? ' mb-layout-list' : ''}`}>
          <div className="mb-main">
            {empty && <EmptyState />}
            {listLayout ? <ListLayout /> : <EditBoard />}
          </div>
          <div className="mb-side">
            {!listLayout && <SelectedPanel />}
            <PartsChecklist />
          </div>
        </div>
        <Explanation />
        <div className="mb-bottom">
          <HandIn sync={sync} versions={versions} onHandedIn={(version) => setVersions((now) => withVersion(now, version))} />
          <ExportButtons />
        </div>
        <ConflictDialog sync={sync} />
      </div>
    </EditorUiContext.Provider>
  );
}
