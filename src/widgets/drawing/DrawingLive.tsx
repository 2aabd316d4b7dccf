import { useState } from 'react';
import { submitAnswer } from '../../live/connection.ts';
import { useTranslate, type DeckContext } from '../common.ts';
import { ItemStatus, SendButton } from '../live/AnswerStatus.tsx';
import { useLiveItem, useRevealWhenOpened } from '../live/use-live-item.ts';
import { DrawingImage } from './DrawingImage.tsx';
import { DrawingPad } from './DrawingPad.tsx';
import { asDrawing, type Stroke } from './strokes.ts';
import './drawing.css';

interface Props extends DeckContext {
  id: string;
  prompt: string;
  image?: { src: string; alt: string } | undefined;
}

/** A drawing on a student's phone in a live lesson: draw, send; draw on and send again while changes are allowed. */
export default function DrawingLive(props: Props) {
  const t = useTranslate(props.lang);
  const { open, mayAnswer, locked, mine, wasOpened } = useLiveItem(props.id);
  const area = useRevealWhenOpened(open);
  const sent = mine && mine.status !== 'refused' && mine.value.kind === 'drawing' ? asDrawing(mine.value) : null;
  // The lines being drawn stay on this phone until sent; a refused drawing comes back to work on.
  const [draft, setDraft] = useState<Stroke[] | null>(null);
  const refused = mine?.status === 'refused' && mine.value.kind === 'drawing' ? asDrawing(mine.value) : null;
  const strokes = draft ?? refused ?? sent ?? [];

  return (
    <div ref={area} tabIndex={-1} className="widget drawing live-item" data-widget="drawing" data-live-open={open ? 'true' : undefined}>
      <p className="widget-question">{props.prompt}</p>
      {mayAnswer ? (
        <>
          <DrawingPad prompt={props.prompt} strokes={strokes} onChange={setDraft} image={props.image} t={t} />
          <SendButton
            disabled={strokes.length === 0 || draft === null}
            onSend={() => {
              submitAnswer(props.id, { kind: 'drawing', strokes });
              setDraft(null);
            }}
            t={t}
          >
            {strokes.length === 0 && <p className="hint">{t('drawing.empty')}</p>}
          </SendButton>
        </>
      ) : (
        sent && sent.length > 0 && <DrawingImage className="drawing-sent" strokes={sent} image={props.image} label={t('drawing.yours')} />
      )}
      <ItemStatus locked={locked} open={open} answered={sent !== null} wasOpened={wasOpened} mine={mine} t={t} />
    </div>
  );
}
