import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { OptionList } from '../options/OptionList.tsx';
import { AnswerStatus, ItemClosed } from './AnswerStatus.tsx';
import { useLiveItem } from './use-live-item.ts';

interface Props extends DeckContext {
  kind: 'quiz' | 'poll';
  id: string;
  question: string;
  options: string[];
  multiple: boolean;
}

/** A quiz or poll on a student's phone in a live lesson: answer while open, then see the result. */
export default function ChoiceLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, mine, reveal, wasOpened } = useLiveItem(props.id);
  const [picked, setPicked] = useState<string[]>([]);
  const groupId = useId();
  const sent = mine && mine.value.kind === props.kind && 'choices' in mine.value ? mine.value.choices : null;
  const chosen = mayAnswer ? picked : (sent ?? []);
  const right = reveal?.correct ? new Set(reveal.correct) : undefined;
  const verdict = right && sent ? sent.length === right.size && sent.every((letter) => right.has(letter)) : null;

  const send = () => {
    if (picked.length === 0) return;
    submitAnswer(props.id, { kind: props.kind, choices: picked });
    setPicked([]);
  };

  return (
    <div className={`widget ${props.kind}`} data-widget={props.kind} data-live-open={open ? 'true' : undefined}>
      <OptionList
        groupId={groupId}
        question={props.question}
        instruction={mayAnswer ? (props.multiple ? t('quiz.chooseMany') : t('quiz.choose')) : undefined}
        options={props.options}
        multiple={props.multiple}
        chosen={chosen}
        onChange={setPicked}
        disabled={!mayAnswer}
        right={right}
        t={t}
      />
      {mayAnswer && (
        <div className="widget-actions">
          <button type="button" className="button" onClick={send} disabled={picked.length === 0}>
            {t('liveItem.send')}
          </button>
        </div>
      )}
      {!open && !sent && <ItemClosed wasOpened={wasOpened} t={t} />}
      <AnswerStatus mine={mine} t={t} />
      {verdict !== null && (
        <div role="status" className={`feedback ${verdict ? 'good' : 'bad'}`}>
          <p className="feedback-verdict">{verdict ? t('quiz.correct') : t('quiz.wrong')}</p>
          {reveal?.explanation && <p className="explanation">{reveal.explanation}</p>}
        </div>
      )}
    </div>
  );
}
