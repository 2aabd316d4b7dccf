import { useId, useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { AnswerVerdict } from '../live/AnswerVerdict.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { inAnyArea, type HotspotPoint } from './area.ts';
import { HotspotInput } from './HotspotInput.tsx';
import './hotspot.css';

interface Props extends DeckContext {
  id: string;
  question: string;
  image: string;
  alt: string;
}

/** A hotspot on a student's phone in a live lesson: tap (or slide) to a place, then send; the right areas once revealed. */
export default function HotspotLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, reveal, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const [draft, setDraft] = useState<HotspotPoint | null>(null);
  const groupId = useId();
  const value = mine && mine.status !== 'refused' && mine.value.kind === 'hotspot' && 'x' in mine.value ? mine.value : null;
  const sent = value && typeof value.x === 'number' && typeof value.y === 'number' ? { x: value.x, y: value.y } : null;
  const areas = reveal?.areas;
  const right = areas && sent ? inAnyArea(sent, areas) : undefined;

  return (
    <div ref={area} tabIndex={-1} className="widget hotspot live-item" data-widget="hotspot" data-live-open={open ? 'true' : undefined}>
      <HotspotInput
        groupId={groupId}
        question={props.question}
        instruction={mayAnswer ? t('hotspot.instruction') : undefined}
        src={props.image}
        alt={props.alt}
        point={mayAnswer ? (draft ?? sent) : sent}
        onChange={setDraft}
        disabled={!mayAnswer}
        areas={areas}
        pointRight={right}
        t={t}
      />
      {mayAnswer && (
        <SendButton
          disabled={draft === null}
          onSend={() => {
            if (!draft) return;
            submitAnswer(props.id, { kind: 'hotspot', x: draft.x, y: draft.y });
            setDraft(null);
          }}
          t={t}
        />
      )}
      <ItemStatus locked={locked} open={open} answered={!!sent} wasOpened={wasOpened} mine={mine} t={t} />
      {right !== undefined && (
        <AnswerVerdict
          status
          right={right}
          rightText={t('hotspot.right')}
          wrongText={t('hotspot.wrong')}
          explanation={reveal?.explanation}
        />
      )}
    </div>
  );
}
