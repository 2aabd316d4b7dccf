import type { BoardItem } from '../../shared/moodboard/board.ts';
import { itemsInListOrder, makeId } from '../reduce.ts';
import { useEditor } from '../store.ts';
import { imageAddress, itemElementId, itemName, useEditorUi } from './context.ts';
import { ItemContent, itemText } from './ItemContent.tsx';
import { ItemFields } from './ItemFields.tsx';
import { PartChoices } from './PartChoices.tsx';

/**
 * The board as a list of cards in list order (back to front): the phone layout, and the keyboard
 * way to every item. Each card edits its item in place and moves it up or down the list.
 */
export function ListLayout() {
  const { t } = useEditorUi();
  const doc = useEditor((state) => state.doc);
  const selectedId = useEditor((state) => state.selectedId);
  const items = itemsInListOrder(doc);
  return (
    <>
      <h2 id="mb-list-title" className="mb-list-title">
        {t('mbEdit.list.label')}
      </h2>
      <ol className="mb-list" aria-labelledby="mb-list-title">
        {items.map((item, index) => (
          <ListCard
            key={item.id}
            item={item}
            selected={item.id === selectedId}
            first={index === 0}
            last={index === items.length - 1}
            neighbourId={(items[index + 1] ?? items[index - 1])?.id ?? null}
          />
        ))}
      </ol>
    </>
  );
}

interface CardProps {
  item: BoardItem;
  selected: boolean;
  first: boolean;
  last: boolean;
  /** Where focus goes when this card is deleted. */
  neighbourId: string | null;
}

function ListCard({ item, selected, first, last, neighbourId }: CardProps) {
  const { t, focusItem, payload } = useEditorUi();
  const dispatch = useEditor((state) => state.dispatch);
  const name = itemName(t, item, itemText(item));
  const headingId = `${itemElementId(item.id, 'list')}-name`;
  return (
    <li
      id={itemElementId(item.id, 'list')}
      className={`mb-card${selected ? ' mb-card-selected' : ''}`}
      tabIndex={-1}
      aria-labelledby={headingId}
      onFocus={() => {
        if (!selected) dispatch({ type: 'select', id: item.id });
      }}
    >
      <h3 id={headingId} className="mb-card-title">
        {name}
      </h3>
      <div className={`mb-card-preview mb-item mb-kind-${item.kind}`} data-colour={item.kind === 'sticky' ? item.colour : undefined}>
        <ItemContent item={item} imageUrl={(id) => imageAddress(id, true)} />
      </div>
      <ItemFields item={item} idPrefix={`list-${item.id}`} />
      {payload.assignment.parts.length > 0 && (
        // Folded on the card, so a phone shows the items rather than six checkboxes per item.
        <details className="mb-card-parts">
          <summary>{t('mbEdit.list.parts', { n: item.parts.length })}</summary>
          <PartChoices item={item} idPrefix={`list-${item.id}`} />
        </details>
      )}
      <div className="mb-card-actions">
        <button
          type="button"
          className="button secondary"
          disabled={first}
          onClick={() => dispatch({ type: 'moveInList', id: item.id, direction: -1 })}
          aria-label={`${t('mbEdit.list.up')}: ${name}`}
        >
          ↑ {t('mbEdit.list.up')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={last}
          onClick={() => dispatch({ type: 'moveInList', id: item.id, direction: 1 })}
          aria-label={`${t('mbEdit.list.down')}: ${name}`}
        >
          ↓ {t('mbEdit.list.down')}
        </button>
        <button
          type="button"
          className="button secondary"
          onClick={() => dispatch({ type: 'duplicate', id: item.id, newId: makeId() })}
          aria-label={`${t('mbEdit.action.duplicate')}: ${name}`}
        >
          {t('mbEdit.action.duplicate')}
        </button>
        <button
          type="button"
          className="button secondary mb-danger"
          onClick={() => {
            dispatch({ type: 'delete', id: item.id });
            if (neighbourId) focusItem(neighbourId);
          }}
          aria-label={`${t('mbEdit.action.delete')}: ${name}`}
        >
          {t('mbEdit.action.delete')}
        </button>
      </div>
    </li>
  );
}
