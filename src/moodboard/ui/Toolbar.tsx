import { useRef, useState } from 'react';
import { BOARD, STICKY_COLOURS, type ItemKind, type StickyColour } from '../../shared/moodboard/board.ts';
import { makeId, newItem } from '../reduce.ts';
import { useEditor, useEditorStore } from '../store.ts';
import { LinkDialog, SwatchDialog } from './AddDialogs.tsx';
import { AnswerDialog } from './AnswerDialog.tsx';
import { useEditorUi } from './context.ts';
import { IMAGE_TYPES } from './upload.ts';

type Open = 'link' | 'swatch' | 'answer' | null;

/** Adding items, undo/redo, arranging, the snap switch and the list layout toggle. */
export function Toolbar({ listLayout, onListLayout, phone }: { listLayout: boolean; onListLayout: (on: boolean) => void; phone: boolean }) {
  const { t, addImage, setEditingId, focusItem } = useEditorUi();
  const store = useEditorStore();
  const dispatch = useEditor((state) => state.dispatch);
  const canUndo = useEditor((state) => state.past.length > 0);
  const canRedo = useEditor((state) => state.future.length > 0);
  const selectedId = useEditor((state) => state.selectedId);
  const snap = useEditor((state) => state.snap);
  const full = useEditor((state) => state.doc.items.length >= BOARD.maxItems);
  const [open, setOpen] = useState<Open>(null);
  const [stickyColour, setStickyColour] = useState<StickyColour>('geel');
  const fileInput = useRef<HTMLInputElement>(null);

  const addText = (kind: Extract<ItemKind, 'heading' | 'note' | 'sticky'>) => {
    const doc = store.getState().doc;
    const item = kind === 'sticky' ? newItem('sticky', { doc, colour: stickyColour }) : newItem(kind, { doc });
    dispatch({ type: 'add', item });
    // A new text item opens for typing straight away; in the list its card (with the field) gets the focus.
    if (listLayout) focusItem(item.id);
    else setEditingId(item.id);
  };
  const onSelected = (action: 'bringToFront' | 'sendToBack' | 'delete') => selectedId && dispatch({ type: action, id: selectedId });

  return (
    <div className="mb-toolbar" role="group" aria-label={t('mbEdit.toolbar')}>
      <div className="mb-tool-group" role="group" aria-label={t('mbEdit.toolbar.add')}>
        <button type="button" className="mb-tool" disabled={full} onClick={() => addText('heading')}>
          {t('mbEdit.kind.heading')}
        </button>
        <button type="button" className="mb-tool" disabled={full} onClick={() => addText('note')}>
          {t('mbEdit.kind.note')}
        </button>
        <span className="mb-tool-combo">
          <button type="button" className="mb-tool" disabled={full} onClick={() => addText('sticky')}>
            {t('mbEdit.kind.sticky')}
          </button>
          <select
            aria-label={t('mbEdit.panel.stickyColour')}
            value={stickyColour}
            onChange={(event) => setStickyColour(event.target.value as StickyColour)}
          >
            {STICKY_COLOURS.map((colour) => (
              <option key={colour} value={colour}>
                {t(`mbEdit.colour.${colour}`)}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="mb-tool" disabled={full} onClick={() => fileInput.current?.click()}>
          {t('mbEdit.kind.image')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept={IMAGE_TYPES.join(',')}
          hidden
          tabIndex={-1}
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) addImage(file);
          }}
        />
        <button type="button" className="mb-tool" disabled={full} onClick={() => setOpen('link')}>
          {t('mbEdit.kind.link')}
        </button>
        <button type="button" className="mb-tool" disabled={full} onClick={() => setOpen('swatch')}>
          {t('mbEdit.kind.swatch')}
        </button>
        <button type="button" className="mb-tool" disabled={full} onClick={() => setOpen('answer')}>
          {t('mbEdit.kind.answer')}
        </button>
      </div>
      <div className="mb-tool-group" role="group" aria-label={t('mbEdit.toolbar.edit')}>
        <button
          type="button"
          className="mb-tool"
          disabled={!canUndo}
          onClick={() => dispatch({ type: 'undo' })}
          aria-keyshortcuts="Control+Z"
        >
          {t('mbEdit.action.undo')}
        </button>
        <button
          type="button"
          className="mb-tool"
          disabled={!canRedo}
          onClick={() => dispatch({ type: 'redo' })}
          aria-keyshortcuts="Control+Shift+Z Control+Y"
        >
          {t('mbEdit.action.redo')}
        </button>
        <button type="button" className="mb-tool" disabled={!selectedId} onClick={() => onSelected('bringToFront')} aria-keyshortcuts="]">
          {t('mbEdit.action.front')}
        </button>
        <button type="button" className="mb-tool" disabled={!selectedId} onClick={() => onSelected('sendToBack')} aria-keyshortcuts="[">
          {t('mbEdit.action.back')}
        </button>
        <button
          type="button"
          className="mb-tool"
          disabled={!selectedId || full}
          onClick={() => selectedId && dispatch({ type: 'duplicate', id: selectedId, newId: makeId() })}
          aria-keyshortcuts="Control+D"
        >
          {t('mbEdit.action.duplicate')}
        </button>
        <button
          type="button"
          className="mb-tool mb-danger"
          disabled={!selectedId}
          onClick={() => onSelected('delete')}
          aria-keyshortcuts="Delete"
        >
          {t('mbEdit.action.delete')}
        </button>
      </div>
      <div className="mb-tool-group" role="group" aria-label={t('mbEdit.toolbar.view')}>
        <label className="mb-switch">
          <input
            type="checkbox"
            role="switch"
            checked={snap}
            onChange={(event) => dispatch({ type: 'setSnap', snap: event.target.checked })}
          />
          {t('mbEdit.snap')}
        </label>
        {!phone && (
          <label className="mb-switch">
            <input type="checkbox" role="switch" checked={listLayout} onChange={(event) => onListLayout(event.target.checked)} />
            {t('mbEdit.listLayout')}
          </label>
        )}
      </div>
      {open === 'link' && <LinkDialog onClose={() => setOpen(null)} />}
      {open === 'swatch' && <SwatchDialog onClose={() => setOpen(null)} />}
      {open === 'answer' && <AnswerDialog onClose={() => setOpen(null)} />}
    </div>
  );
}
