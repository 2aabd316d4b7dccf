import { useEditor } from '../store.ts';
import { itemName, useEditorUi } from './context.ts';
import { itemText } from './ItemContent.tsx';
import { ItemFields } from './ItemFields.tsx';
import { PartChoices } from './PartChoices.tsx';

/** The selected item's own fields and the parts it covers, next to the board. */
export function SelectedPanel() {
  const { t } = useEditorUi();
  const item = useEditor((state) => state.doc.items.find((candidate) => candidate.id === state.selectedId) ?? null);
  return (
    <section className="mb-panel" aria-labelledby="mb-selected-title">
      <h2 id="mb-selected-title">{item ? itemName(t, item, itemText(item)) : t('mbEdit.panel.title')}</h2>
      {item ? (
        <>
          <ItemFields key={item.id} item={item} idPrefix={`panel-${item.id}`} />
          <PartChoices item={item} idPrefix={`panel-${item.id}`} />
        </>
      ) : (
        <p className="hint">{t('mbEdit.panel.none')}</p>
      )}
    </section>
  );
}
