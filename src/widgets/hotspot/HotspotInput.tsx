import type { Translate } from '../../i18n/index.ts';
import { clampPercent, type HotspotArea, type HotspotPoint } from './area.ts';
import { HotspotImage } from './HotspotImage.tsx';

export interface HotspotInputProps {
  /** Id prefix of the question and the sliders. */
  groupId: string;
  question: string;
  instruction?: string | undefined;
  src: string;
  alt: string;
  point: HotspotPoint | null;
  onChange(point: HotspotPoint): void;
  disabled: boolean;
  /** The right areas, once they may be shown, and whether the point is in one. */
  areas?: readonly HotspotArea[] | undefined;
  pointRight?: boolean | undefined;
  t: Translate;
}

/**
 * The image to tap on, and two sliders that move the point across and down: for the keyboard, for
 * a screen reader, and for a finger that wants to be precise. What is chosen is said in words too.
 */
export function HotspotInput(props: HotspotInputProps) {
  const { t } = props;
  const current = props.point ?? { x: 50, y: 50 };
  const slider = (axis: 'x' | 'y') => (
    <label className="hotspot-slider">
      <span>{t(axis === 'x' ? 'hotspot.across' : 'hotspot.down')}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(current[axis])}
        aria-valuetext={`${Math.round(current[axis])}%`}
        disabled={props.disabled}
        onChange={(event) => props.onChange({ ...current, [axis]: clampPercent(Number(event.target.value)) })}
      />
    </label>
  );
  return (
    <div className="hotspot-input" role="group" aria-labelledby={props.groupId}>
      <p id={props.groupId} className="widget-question">
        {props.question}
      </p>
      {props.instruction && <p className="widget-instruction">{props.instruction}</p>}
      <HotspotImage
        src={props.src}
        alt={props.alt}
        point={props.point}
        areas={props.areas}
        pointRight={props.pointRight}
        onPick={props.disabled ? undefined : props.onChange}
        pickLabel={t('hotspot.tapImage', { alt: props.alt })}
      />
      {!props.disabled && (
        <div className="hotspot-sliders" aria-describedby={`${props.groupId}-point`}>
          {slider('x')}
          {slider('y')}
        </div>
      )}
      <p id={`${props.groupId}-point`} className="hotspot-chosen" aria-live="polite">
        {props.point ? t('hotspot.chosen', { x: Math.round(props.point.x), y: Math.round(props.point.y) }) : t('hotspot.none')}
      </p>
    </div>
  );
}
