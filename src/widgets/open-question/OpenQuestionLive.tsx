import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';

interface Props extends DeckContext {
  id: string;
  question: string;
  maxLength: number;
}

/** An open question on a student's phone: a text with a visible limit, sent once (or again if allowed). */
export default function OpenQuestionLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, mine, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const [draft, setDraft] = useState('');
  const fieldId = useId();
  const sent = mine?.value.kind === 'openQuestion' ? mine.value.text : null;

  const send = () => {
    if (!draft.trim()) return;
    submitAnswer(props.id, { kind: 'openQuestion', text: draft.trim() });
    setDraft('');
  };

  return (
    <div ref={area} tabIndex={-1} className="widget open-question live-item" data-widget="openQuestion" data-live-open={open ? 'true' : undefined}>
      <label className="widget-question" htmlFor={fieldId}>{props.question}</label>
      {mayAnswer && (
        <>
          <textarea id={fieldId} rows={4} maxLength={props.maxLength} value={draft} aria-describedby={`${fieldId}-count`} onChange={(event) => setDraft(event.target.value)} />
          <p id={`${fieldId}-count`} className="hint counter">{t('open.count', { n: draft.length, max: props.maxLength })}</p>
          <SendButton onSend={send} disabled={!draft.trim()} t={t} />
        </>
      )}
      {sent !== null && <p className="sent-answer">{t('liveItem.yourAnswer', { answer: sent })}</p>}
      <ItemStatus locked={false} open={open} answered={sent !== null} wasOpened={wasOpened} mine={mine} t={t} />
    </div>
  );
}
