import { useRef, useState } from 'react';
import { itemsInListOrder } from '../reduce.ts';
import { useEditor } from '../store.ts';
import { BoardItemFrame } from './BoardItemFrame.tsx';
import { useEditorUi } from './context.ts';
import { firstImage } from './upload.ts';
import { usePointerEdit } from './use-pointer-edit.ts';

/**
 * The free board: items in list order (so Tab follows the list), painted by their stacking order,
 * moved with the pointer or the keyboard. Dropping an image file on it uploads and adds it.
 */
export function EditBoard() {
  const { t, addImage } = useEditorUi();
  const doc = useEditor((state) => state.doc);
  const selectedId = useEditor((state) => state.selectedId);
  const snap = useEditor((state) => state.snap);
  const dispatch = useEditor((state) => state.dispatch);
  const board = useRef<HTMLDivElement>(null);
  const { preview, begin, handlers } = usePointerEdit(board, snap, dispatch);
  const [dropping, setDropping] = useState(false);

  return (
    <div className="mb-board-wrap">
      <p id="mb-board-help" className="visually-hidden">
        {t('mbEdit.board.help')}
      </p>
      <div
        ref={board}
        className={`mb-board mb-board-edit${snap ? ' mb-grid' : ''}${dropping ? ' mb-dropping' : ''}`}
        role="group"
        aria-label={t('mbEdit.board.label')}
        data-mb-keys=""
        // Focus lands here when the focused item is deleted, so the keyboard stays on the board.
        tabIndex={-1}
        {...handlers}
        onPointerDown={(event) => {
          if (event.target === event.currentTarget) dispatch({ type: 'select', id: null });
        }}
        onDragOver={(event) => {
          if (![...event.dataTransfer.types].includes('Files')) return;
          event.preventDefault();
          setDropping(true);
        }}
        onDragLeave={() => setDropping(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDropping(false);
          const file = firstImage(event.dataTransfer.files) ?? event.dataTransfer.files[0];
          if (file) addImage(file);
        }}
      >
        {itemsInListOrder(doc).map((item) => (
          <BoardItemFrame
            key={item.id}
            item={item}
            selected={item.id === selectedId}
            preview={preview?.id === item.id ? preview.box : null}
            begin={begin}
            dispatch={dispatch}
          />
        ))}
      </div>
    </div>
  );
}
