import { useId } from 'react';
import type { OpenQuestionProps } from './widget.ts';
import { OPEN_QUESTION_LENGTH } from './limits.ts';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';

type Props = OpenQuestionProps & DeckContext;


/** An open question: in study mode the student's text is kept on the device as they type. */
export default function OpenQuestionWidget(props: Props) {
  const t = useTranslate(props.lang);
  const [text, saveText] = useStudyAnswer<string>(props.lesson, props.id);
  const hydrated = useHydrated();
  const fieldId = useId();
  const max = props.maxLength ?? OPEN_QUESTION_LENGTH;
  const value = text ?? '';

  return (
    <div className="widget open-question" data-widget="openQuestion">
      {props.mode === 'study' ? (
        <>
          <label className="widget-question" htmlFor={fieldId}>{props.question}</label>
          <textarea
            id={fieldId}
            rows={5}
            maxLength={max}
            value={value}
            disabled={!hydrated}
            aria-describedby={`${fieldId}-count`}
            onChange={(event) => saveText(event.target.value.slice(0, max))}
          />
          <p id={`${fieldId}-count`} className="hint counter">
            {t('open.count', { n: value.length, max })}
            {value.length > 0 && <> · {t('open.saved')}</>}
          </p>
        </>
      ) : (
        <p className="widget-question">{props.question}</p>
      )}
    </div>
  );
}
