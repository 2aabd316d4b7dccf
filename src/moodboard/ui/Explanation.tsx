import { BOARD, wordCount } from '../../shared/moodboard/board.ts';
import { useEditor } from '../store.ts';
import { useEditorUi } from './context.ts';

/** The written explanation with a live word count; "verplicht" when the assignment asks for it. */
export function Explanation() {
  const { t, payload } = useEditorUi();
  const text = useEditor((state) => state.doc.explanation);
  const dispatch = useEditor((state) => state.dispatch);
  const required = payload.assignment.explanationRequired;
  const words = wordCount(text);
  return (
    <section className="mb-explanation" aria-labelledby="mb-explanation-label">
      <h2>
        <label id="mb-explanation-label" htmlFor="mb-explanation">
          {t('mbEdit.explanation.title')}
        </label>
        {required && <span className="mb-required"> ({t('mbEdit.explanation.required')})</span>}
      </h2>
      <p id="mb-explanation-hint" className="hint">
        {t('mbEdit.explanation.hint')}
      </p>
      <textarea
        id="mb-explanation"
        rows={8}
        value={text}
        maxLength={BOARD.maxExplanationLength}
        required={required}
        aria-describedby="mb-explanation-hint mb-explanation-count"
        onChange={(event) => dispatch({ type: 'setExplanation', text: event.target.value, at: Date.now() })}
      />
      <p id="mb-explanation-count" className="mb-count" aria-live="polite">
        {words === 1 ? t('mbEdit.explanation.word') : t('mbEdit.explanation.words', { n: words })}
      </p>
    </section>
  );
}
