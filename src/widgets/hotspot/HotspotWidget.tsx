import { useId, useState } from 'react';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { inAnyArea, type HotspotPoint } from './area.ts';
import { HotspotImage } from './HotspotImage.tsx';
import { HotspotInput } from './HotspotInput.tsx';
import type { HotspotProps } from './widget.ts';
import './hotspot.css';

type Props = HotspotProps & DeckContext;

/** A hotspot on the board (the image to look at) or in study mode, where the point and its check are kept on the device. */
export default function HotspotWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [saved, save] = useStudyAnswer<HotspotPoint>(props.lesson, props.id);
  const [picked, setPicked] = useState<HotspotPoint | null>(null);
  const groupId = useId();
  if (props.mode !== 'study') {
    return (
      <div className="widget hotspot" data-widget="hotspot">
        <p className="widget-question">{props.question}</p>
        <HotspotImage src={props.image} alt={props.alt} />
      </div>
    );
  }
  const right = saved && props.areas ? inAnyArea(saved, props.areas) : undefined;
  return (
    <div className="widget hotspot" data-widget="hotspot">
      <HotspotInput
        groupId={groupId}
        question={props.question}
        instruction={saved === undefined ? t('hotspot.instructionStudy') : undefined}
        src={props.image}
        alt={props.alt}
        point={saved ?? picked}
        onChange={setPicked}
        disabled={saved !== undefined || !hydrated}
        areas={saved ? props.areas : undefined}
        pointRight={right}
        t={t}
      />
      {saved === undefined && (
        <div className="widget-actions">
          <button type="button" className="button" disabled={!hydrated || picked === null} onClick={() => picked && save(picked)}>
            {t(props.areas ? 'hotspot.check' : 'hotspot.save')}
          </button>
        </div>
      )}
      <div role="status" className="feedback-region">
        {saved !== undefined && (
          <div className={`feedback ${right === undefined ? 'neutral' : right ? 'good' : 'bad'}`}>
            <p className="feedback-verdict">{t(right === undefined ? 'hotspot.saved' : right ? 'hotspot.right' : 'hotspot.wrong')}</p>
            {right !== undefined && props.explanation && <p className="explanation">{props.explanation}</p>}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setPicked(null);
                save(undefined);
              }}
            >
              {t('hotspot.retry')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
