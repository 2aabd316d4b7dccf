import type { FeedbackView } from '../../shared/moodboard/api.ts';
import { displayGrade } from '../../work/feedback.ts';
import { useEditorUi } from './context.ts';
import { formatDateTime } from './format.ts';

/** The teacher's feedback and grade, at the top of the page when there is any. */
export function FeedbackBox({ feedback }: { feedback: FeedbackView }) {
  const { t, lang } = useEditorUi();
  return (
    <section className="mb-feedback" aria-labelledby="mb-feedback-title">
      <h2 id="mb-feedback-title">{t('mbEdit.feedback.title')}</h2>
      {feedback.grade && (
        <p className="mb-grade">
          {t('mbEdit.feedback.grade')}: <strong>{displayGrade(feedback.grade, lang)}</strong>
        </p>
      )}
      {feedback.text && <p className="mb-feedback-text">{feedback.text}</p>}
      <p className="hint">{t('mbEdit.feedback.at', { at: formatDateTime(feedback.updatedAt, lang) })}</p>
    </section>
  );
}
