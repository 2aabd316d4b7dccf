import { Brief } from './Brief.tsx';
import { useEditorUi } from './context.ts';

/** Shown while the board is empty: the brief, the parts and where to begin. */
export function EmptyState() {
  const { t, payload } = useEditorUi();
  const { brief, parts } = payload.assignment;
  return (
    <section className="mb-empty empty-state" aria-labelledby="mb-empty-title">
      <h2 id="mb-empty-title">{t('mbEdit.empty.title')}</h2>
      {brief && <Brief brief={brief} />}
      {parts.length > 0 && (
        <>
          <p>{t('mbEdit.empty.parts')}</p>
          <ol>
            {parts.map((part) => (
              <li key={part.id}>{part.text}</li>
            ))}
          </ol>
        </>
      )}
      <p>
        <strong>{t('mbEdit.empty.start')}</strong>
      </p>
    </section>
  );
}
