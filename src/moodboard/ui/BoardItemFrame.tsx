import type { PointerEvent as ReactPointerEvent } from 'react';
import type { BoardItem } from '../../shared/moodboard/board.ts';
import type { EditorAction } from '../types.ts';
import { imageAddress, itemElementId, itemName, useEditorUi } from './context.ts';
import { boxOf, boxStyle, type Box } from './geometry.ts';
import { InPlaceText, isTextItem } from './InPlaceText.tsx';
import { ItemContent, itemText } from './ItemContent.tsx';
import type { GestureMode } from './use-pointer-edit.ts';

interface Props {
  item: BoardItem;
  selected: boolean;
  /** The box while a drag is under way. */
  preview: Box | null;
  begin: (event: ReactPointerEvent<HTMLElement>, item: BoardItem, mode: GestureMode) => void;
  dispatch: (action: EditorAction) => void;
}

/** One item on the editable board: focusable, named by kind and text, with its handles when selected. */
export function BoardItemFrame({ item, selected, preview, begin, dispatch }: Props) {
  const { t, editingId, setEditingId } = useEditorUi();
  const editing = editingId === item.id && isTextItem(item);
  const grab = (mode: GestureMode) => (event: ReactPointerEvent<HTMLElement>) => {
    event.stopPropagation();
    if (!selected) dispatch({ type: 'select', id: item.id });
    begin(event, item, mode);
  };
  return (
    <div
      id={itemElementId(item.id, 'board')}
      data-item-id={item.id}
      className={`mb-item mb-kind-${item.kind} mb-editable`}
      data-colour={item.kind === 'sticky' ? item.colour : undefined}
      data-selected={selected || undefined}
      data-dragging={preview ? true : undefined}
      style={boxStyle(preview ?? boxOf(item), item.z)}
      role="group"
      tabIndex={0}
      aria-label={itemName(t, item, itemText(item))}
      aria-current={selected || undefined}
      aria-describedby="mb-board-help"
      onFocus={(event) => {
        if (event.target === event.currentTarget && !selected) dispatch({ type: 'select', id: item.id });
      }}
      onPointerDown={editing ? undefined : grab('move')}
      onDoubleClick={() => isTextItem(item) && setEditingId(item.id)}
    >
      {editing ? (
        <InPlaceText item={item} dispatch={dispatch} onDone={() => setEditingId(null)} />
      ) : (
        <ItemContent item={item} imageUrl={(id) => imageAddress(id)} linksActive={false} />
      )}
      {selected && !editing && (
        <>
          <span className="mb-handle mb-handle-resize" aria-hidden="true" title={t('mbEdit.board.resize')} onPointerDown={grab('resize')} />
          <span className="mb-handle mb-handle-rotate" aria-hidden="true" title={t('mbEdit.board.rotate')} onPointerDown={grab('rotate')} />
        </>
      )}
    </div>
  );
}
