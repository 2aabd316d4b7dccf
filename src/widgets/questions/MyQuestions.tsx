import { useState } from 'react';
import type { MessageKey, Translate } from '../../i18n/index.ts';

interface Props<Question> {
  heading: string;
  questions: readonly Question[];
  textOf(question: Question): string;
  keyOf(question: Question): string | number;
  /** "Intrekken" live, "Verwijder" at home; none when the list is only to read. */
  remove?: { label: MessageKey; done: MessageKey; onRemove(question: Question): void; onUndo(question: Question): void; canUndo: boolean };
  empty?: string;
  t: Translate;
}

/** The student's own questions, each with a button to take it back, and an undo for the last one taken back. */
export function MyQuestions<Question>({ heading, questions, textOf, keyOf, remove, empty, t }: Props<Question>) {
  const [removed, setRemoved] = useState<Question | null>(null);
  if (questions.length === 0 && removed === null && !empty) return null;
  return (
    <section className="my-questions" aria-label={heading}>
      <h4 className="questions-heading">{heading}</h4>
      {questions.length === 0 ? (
        empty && <p className="hint">{empty}</p>
      ) : (
        <ul className="question-list">
          {questions.map((question) => (
            <li key={keyOf(question)} className="question">
              <p className="question-text">{textOf(question)}</p>
              {remove && (
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={`${t(remove.label)}: ${textOf(question)}`}
                  onClick={() => {
                    remove.onRemove(question);
                    setRemoved(question);
                  }}
                >
                  {t(remove.label)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div role="status" className="feedback-region">
        {remove && removed !== null && (
          <p className="undo-line">
            {t(remove.done)}{' '}
            <button
              type="button"
              className="button secondary small"
              disabled={!remove.canUndo}
              onClick={() => {
                remove.onUndo(removed);
                setRemoved(null);
              }}
            >
              {t('questions.undo')}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}
