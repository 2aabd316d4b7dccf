import { useId, useState } from 'react';
import { useHydrated, useStudyAnswer, useTranslate, type DeckContext } from '../common.ts';
import { SCALE_DEFAULTS } from './limits.ts';
import { ScaleInput } from './ScaleInput.tsx';
import type { ScaleProps } from './widget.ts';
import './scale.css';

type Props = ScaleProps & DeckContext;

/** A scale on the board (to read) or in study mode, where the student's own point is kept on the device. */
export default function ScaleWidget(props: Props) {
  const t = useTranslate(props.lang);
  const hydrated = useHydrated();
  const [saved, save] = useStudyAnswer<number>(props.lesson, props.id);
  const [picked, setPicked] = useState<number | null>(null);
  const groupId = useId();
  const study = props.mode === 'study';
  const min = props.min ?? SCALE_DEFAULTS.min;
  const max = props.max ?? SCALE_DEFAULTS.max;

  return (
    <div className="widget scale" data-widget="scale">
      <ScaleInput
        groupId={groupId}
        question={props.question}
        instruction={study && saved === undefined ? t(props.slider ? 'scale.slide' : 'scale.choose') : undefined}
        min={min}
        max={max}
        minLabel={props.minLabel}
        maxLabel={props.maxLabel}
        slider={props.slider === true}
        value={saved ?? picked}
        onChange={setPicked}
        disabled={!study || saved !== undefined || !hydrated}
        t={t}
      />
      {study && saved === undefined && (
        <div className="widget-actions">
          <button type="button" className="button" disabled={!hydrated} onClick={() => save(picked ?? Math.round((min + max) / 2))}>
            {t('scale.save')}
          </button>
        </div>
      )}
      <div role="status" className="feedback-region">
        {study && saved !== undefined && (
          <div className="feedback neutral">
            <p>{t('scale.chosen', { value: saved })}</p>
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setPicked(saved);
                save(undefined);
              }}
            >
              {t('scale.change')}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
