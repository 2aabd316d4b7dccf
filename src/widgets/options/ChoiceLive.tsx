import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { OptionList } from './OptionList.tsx';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';

interface Props extends DeckContext {
  kind: 'quiz' | 'poll';
  id: string;
  question: string;
  options: string[];
  multiple: boolean;
}

/**
 * A quiz or poll on a student's phone in a live lesson. One choice: a tap sends it (another tap
 * changes it while the teacher allows changes). Several choices: tick them, then send.
 */
export default function ChoiceLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, reveal, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const [picked, setPicked] = useState<string[]>([]);
  const groupId = useId();
  const sent = mine && mine.status !== 'refused' && mine.value.kind === props.kind && 'choices' in mine.value ? mine.value.choices : null;
  const chosen = mayAnswer && props.multiple ? picked : (sent ?? []);
  const right = reveal?.correct ? new Set(reveal.correct) : undefined;
  const verdict = right && sent ? sent.length === right.size && sent.every((letter) => right.has(letter)) : null;

  const send = (choices: string[]) => {
    if (choices.length === 0) return;
    submitAnswer(props.id, { kind: props.kind, choices });
    setPicked([]);
  };
  const instruction = props.multiple ? t('quiz.chooseMany') : sent ? t('liveItem.tapToChange') : t('liveItem.tapToSend');

  return (
    <div
      ref={area}
      tabIndex={-1}
      className={`widget ${props.kind} live-item`}
      data-widget={props.kind}
      data-live-open={open ? 'true' : undefined}
    >
      <OptionList
        groupId={groupId}
        question={props.question}
        instruction={mayAnswer ? instruction : undefined}
        options={props.options}
        multiple={props.multiple}
        chosen={chosen}
        onChange={(choices) => (props.multiple ? setPicked(choices) : send(choices))}
        disabled={!mayAnswer}
        right={right}
        t={t}
      />
      {mayAnswer && props.multiple && (
        <SendButton onSend={() => send(picked)} disabled={picked.length === 0} t={t} />
      )}
      <ItemStatus locked={locked} open={open} answered={!!sent} wasOpened={wasOpened} mine={mine} t={t} />
      {verdict !== null && (
        <div role="status" className={`feedback ${verdict ? 'good' : 'bad'}`}>
          <p className="feedback-verdict">{verdict ? t('quiz.correct') : t('quiz.wrong')}</p>
          {reveal?.explanation && <p className="explanation">{reveal.explanation}</p>}
        </div>
      )}
    </div>
  );
}
