import { partsCoverage } from '../reduce.ts';
import { useEditor } from '../store.ts';
import { useEditorUi, itemName } from './context.ts';
import { itemText } from './ItemContent.tsx';

/** The required parts: each covered or not, with buttons that go to the items covering it. */
export function PartsChecklist() {
  const { t, payload, focusItem } = useEditorUi();
  const doc = useEditor((state) => state.doc);
  const parts = payload.assignment.parts;
  if (parts.length === 0) return null;
  const coverage = partsCoverage(doc, parts);
  const done = coverage.filter((entry) => entry.items.length > 0).length;
  return (
    <section className="mb-checklist" aria-labelledby="mb-checklist-title">
      <h2 id="mb-checklist-title">{t('mbEdit.parts.title')}</h2>
      <p className="hint">{t('mbEdit.parts.progress', { done, total: parts.length })}</p>
      <ol>
        {coverage.map(({ part, items }) => (
          <li key={part.id} data-covered={items.length > 0 || undefined}>
            <span className="mb-check" aria-hidden="true">
              {items.length > 0 ? '✓' : ''}
            </span>
            <span>
              {part.text} <span className="visually-hidden">{items.length > 0 ? t('mbEdit.parts.covered') : t('mbEdit.parts.open')}</span>
              {items.length > 0 && (
                <span className="mb-part-items">
                  {items.map((item) => (
                    <button key={item.id} type="button" className="mb-linkish" onClick={() => focusItem(item.id)}>
                      {itemName(t, item, itemText(item))}
                    </button>
                  ))}
                </span>
              )}
            </span>
          </li>
        ))}
      </ol>
      <p className="hint">{t('mbEdit.parts.how')}</p>
    </section>
  );
}
