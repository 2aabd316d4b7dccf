import { useEffect, useRef } from 'react';
import type { BoardItem, BoardItemOf } from '../../shared/moodboard/board.ts';
import type { EditorAction } from '../types.ts';
import { itemElementId, useEditorUi } from './context.ts';
import { textEdit } from './text-measure.ts';

export type TextItem = BoardItemOf<'heading' | 'note' | 'sticky'>;

export const isTextItem = (item: BoardItem): item is TextItem => item.kind === 'heading' || item.kind === 'note' || item.kind === 'sticky';

/** Longest text per kind, as the board document allows. */
export const TEXT_LIMITS = { heading: 120, note: 2000, sticky: 500 } as const;

/**
 * The text field that opens on the item itself (double click, or Enter on the focused item).
 * Escape or leaving the field closes it and gives focus back to the item; typing is one undo step.
 */
export function InPlaceText({ item, dispatch, onDone }: { item: TextItem; dispatch: (action: EditorAction) => void; onDone: () => void }) {
  const { t } = useEditorUi();
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    field.current?.focus();
    field.current?.select();
  }, []);
  const close = () => {
    onDone();
    // The field is gone after this render; the item keeps the focus so the keyboard stays on the board.
    requestAnimationFrame(() => document.getElementById(itemElementId(item.id, 'board'))?.focus());
  };
  return (
    <textarea
      ref={field}
      className={`mb-inplace mb-c-${item.kind}`}
      aria-label={t('mbEdit.panel.text')}
      value={item.text}
      maxLength={TEXT_LIMITS[item.kind]}
      onChange={(event) => dispatch(textEdit(item, event.target.value, Date.now()))}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape' || (event.key === 'Enter' && item.kind === 'heading')) {
          event.preventDefault();
          close();
        }
      }}
      onBlur={onDone}
      onPointerDown={(event) => event.stopPropagation()}
    />
  );
}
