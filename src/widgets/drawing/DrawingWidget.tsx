import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { DrawingImage } from './DrawingImage.tsx';
import { DrawingPad } from './DrawingPad.tsx';
import { asDrawing } from './strokes.ts';
import './drawing.css';

interface Props extends DeckContext {
  id: string;
  prompt: string;
  image?: { src: string; alt: string } | undefined;
}

/** A drawing on the board (what it is for) or in study mode, where every line is kept on the device as it is drawn. */
export default function DrawingWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [stored, save] = useStudyAnswer<unknown>(props.lesson, props.id);
  const strokes = asDrawing({ strokes: stored });

  return (
    <div className="widget drawing" data-widget="drawing">
      <p className="widget-question">{props.prompt}</p>
      {props.mode === 'study' ? (
        <>
          <DrawingPad
            prompt={props.prompt}
            strokes={strokes}
            onChange={(next) => save(next.length > 0 ? next : undefined)}
            image={props.image}
            disabled={!hydrated}
            t={t}
          />
          <p role="status" className="hint">
            {strokes.length > 0 ? t('drawing.saved') : ''}
          </p>
        </>
      ) : (
        <>
          <DrawingImage className="drawing-blank" strokes={[]} image={props.image} label={props.image?.alt} />
          <p className="hint">{t('drawing.presentHint')}</p>
        </>
      )}
    </div>
  );
}
