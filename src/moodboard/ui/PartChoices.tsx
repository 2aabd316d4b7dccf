import type { BoardItem } from '../../shared/moodboard/board.ts';
import { useEditor } from '../store.ts';
import { useEditorUi } from './context.ts';

/** Checkboxes: which of the assignment's required parts this item shows. */
export function PartChoices({ item, idPrefix }: { item: BoardItem; idPrefix: string }) {
  const { t, payload } = useEditorUi();
  const dispatch = useEditor((state) => state.dispatch);
  const parts = payload.assignment.parts;
  if (parts.length === 0) return null;
  const toggle = (partId: string, on: boolean) => {
    const next = on ? [...item.parts, partId] : item.parts.filter((part) => part !== partId);
    dispatch({ type: 'setParts', id: item.id, parts: parts.map((part) => part.id).filter((part) => next.includes(part)) });
  };
  return (
    <fieldset className="mb-part-choices">
      <legend>{t('mbEdit.parts.covers')}</legend>
      {parts.map((part, index) => (
        <label key={part.id} htmlFor={`${idPrefix}-${part.id}`}>
          <input
            id={`${idPrefix}-${part.id}`}
            type="checkbox"
            checked={item.parts.includes(part.id)}
            onChange={(event) => toggle(part.id, event.target.checked)}
          />
          <span>
            {index + 1}. {part.text}
          </span>
        </label>
      ))}
    </fieldset>
  );
}
