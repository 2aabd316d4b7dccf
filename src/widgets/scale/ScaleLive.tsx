import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { ScaleInput } from './ScaleInput.tsx';
import './scale.css';

interface Props extends DeckContext {
  id: string;
  question: string;
  min: number;
  max: number;
  minLabel?: string | undefined;
  maxLabel?: string | undefined;
  slider: boolean;
}

/**
 * A scale on a student's phone in a live lesson. Numbers: a tap sends the point (another tap changes
 * it while the teacher allows changes). Slider: slide, then send.
 */
export default function ScaleLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const [draft, setDraft] = useState<number | null>(null);
  const groupId = useId();
  const sent =
    mine && mine.status !== 'refused' && mine.value.kind === 'scale' && 'value' in mine.value && typeof mine.value.value === 'number'
      ? mine.value.value
      : null;
  const send = (value: number) => submitAnswer(props.id, { kind: 'scale', value });
  const middle = Math.round((props.min + props.max) / 2);
  const instruction = props.slider ? t('scale.slide') : sent !== null ? t('liveItem.tapToChange') : t('liveItem.tapToSend');

  return (
    <div ref={area} tabIndex={-1} className="widget scale live-item" data-widget="scale" data-live-open={open ? 'true' : undefined}>
      <ScaleInput
        groupId={groupId}
        question={props.question}
        instruction={mayAnswer ? instruction : undefined}
        min={props.min}
        max={props.max}
        minLabel={props.minLabel}
        maxLabel={props.maxLabel}
        slider={props.slider}
        value={mayAnswer && props.slider ? (draft ?? sent ?? middle) : sent}
        onChange={(value) => (props.slider ? setDraft(value) : send(value))}
        disabled={!mayAnswer}
        t={t}
      />
      {mayAnswer && props.slider && (
        <SendButton
          onSend={() => {
            send(draft ?? sent ?? middle);
            setDraft(null);
          }}
          t={t}
        />
      )}
      <ItemStatus locked={locked} open={open} answered={sent !== null} wasOpened={wasOpened} mine={mine} t={t} />
    </div>
  );
}
