import { useState, type SubmitEvent } from 'react';
import { newItem } from '../reduce.ts';
import { useEditorStore } from '../store.ts';
import { DialogButtons } from './AddDialogs.tsx';
import { useEditorUi } from './context.ts';
import { Modal } from './Modal.tsx';

/** The student's own answers from the lesson; each one picked becomes an answer card. */
export function AnswerDialog({ onClose }: { onClose: () => void }) {
  const { t, payload } = useEditorUi();
  const store = useEditorStore();
  const answers = payload.answers;
  const [picked, setPicked] = useState<number[]>([]);
  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    for (const index of picked) {
      const answer = answers[index];
      if (!answer) continue;
      // Each card looks for its own free spot, so it reads the doc with the previous card on it.
      const item = newItem('answer', {
        doc: store.getState().doc,
        source: { sessionId: answer.sessionId, itemId: answer.itemId },
        question: answer.question.slice(0, 500),
        text: answer.text.slice(0, 2000),
      });
      store.getState().dispatch({ type: 'add', item });
    }
    onClose();
  };
  return (
    <Modal title={t('mbEdit.answers.title')} onClose={onClose}>
      {answers.length === 0 ? (
        <>
          <p>{t('mbEdit.answers.none')}</p>
          <div className="actions">
            <button type="button" className="button" onClick={onClose}>
              {t('mbEdit.close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={submit}>
          <fieldset className="mb-answer-choices">
            <legend>{t('mbEdit.answers.pick', { lesson: payload.assignment.lessonTitle })}</legend>
            {answers.map((answer, index) => (
              <label key={`${answer.sessionId}-${answer.itemId}`} className="mb-answer-choice">
                <input
                  type="checkbox"
                  checked={picked.includes(index)}
                  onChange={(event) =>
                    setPicked((now) => (event.target.checked ? [...now, index] : now.filter((other) => other !== index)))
                  }
                />
                <span>
                  <strong>{answer.question}</strong>
                  <span className="mb-answer-meta">{t('mbEdit.answers.slide', { n: answer.slide })}</span>
                  <span className="mb-answer-quote">{answer.text}</span>
                </span>
              </label>
            ))}
          </fieldset>
          <DialogButtons submit={t('mbEdit.answers.add', { n: picked.length })} onClose={onClose} disabled={picked.length === 0} />
        </form>
      )}
    </Modal>
  );
}
