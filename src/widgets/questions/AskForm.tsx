import { useId, useState, type ReactNode } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { QUESTION_MAX_LENGTH } from './limits.ts';

interface Props {
  prompt: string;
  /** The button's words: "Stel je vraag" live, "Schrijf op" at home. */
  action: string;
  /** No room for another question: the field stays, the button waits. */
  full: boolean;
  disabled?: boolean;
  onAsk(text: string): void;
  t: Translate;
  /** Lines under the field (how many are left, that the class does not see who asks). */
  children?: ReactNode;
}

/** The field a student writes a question in, with its length in words, and the button that asks it. */
export function AskForm({ prompt, action, full, disabled = false, onAsk, t, children }: Props) {
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const text = draft.trim();
  return (
    <form
      className="ask-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!text || full || disabled) return;
        onAsk(text);
        setDraft('');
      }}
    >
      <label className="widget-question" htmlFor={fieldId}>
        {prompt}
      </label>
      <textarea
        id={fieldId}
        rows={2}
        maxLength={QUESTION_MAX_LENGTH}
        value={draft}
        disabled={disabled}
        aria-describedby={`${fieldId}-hints`}
        onChange={(event) => setDraft(event.target.value)}
        onKeyDown={(event) => {
          // Enter asks, as in a chat; Shift+Enter starts a new line.
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            event.currentTarget.form?.requestSubmit();
          }
        }}
      />
      <div id={`${fieldId}-hints`} className="ask-hints">
        <p className="hint counter">{t('questions.length', { n: draft.length, max: QUESTION_MAX_LENGTH })}</p>
        {children}
      </div>
      <div className="widget-actions">
        <button type="submit" className="button" disabled={disabled || full || !text}>
          {action}
        </button>
      </div>
    </form>
  );
}
