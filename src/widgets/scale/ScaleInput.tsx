import type { Translate } from '../../i18n/index.ts';
import { scalePoints } from './limits.ts';

export interface ScaleInputProps {
  /** Id prefix of the legend and the inputs' group name. */
  groupId: string;
  question: string;
  instruction?: string | undefined;
  min: number;
  max: number;
  minLabel?: string | undefined;
  maxLabel?: string | undefined;
  slider: boolean;
  /** The point chosen (or, for a slider, where it stands); null for none yet. */
  value: number | null;
  onChange(value: number): void;
  disabled: boolean;
  t: Translate;
}

/**
 * A scale as large touch targets: a row of numbered radio buttons (arrow keys move along it), or a
 * slider that says its value; the ends' labels under the row, in text.
 */
export function ScaleInput(props: ScaleInputProps) {
  const points = scalePoints(props.min, props.max);
  const ends = (props.minLabel || props.maxLabel) && (
    <p className="scale-ends" aria-hidden="true">
      <span>{props.minLabel}</span>
      <span>{props.maxLabel}</span>
    </p>
  );
  const endsText = [props.minLabel && `${props.min}: ${props.minLabel}`, props.maxLabel && `${props.max}: ${props.maxLabel}`]
    .filter(Boolean)
    .join(', ');
  return (
    <fieldset className="scale-input" aria-describedby={endsText ? `${props.groupId}-ends` : undefined}>
      <legend id={props.groupId} className="widget-question">
        {props.question}
      </legend>
      {props.instruction && <p className="widget-instruction">{props.instruction}</p>}
      {endsText && (
        <p id={`${props.groupId}-ends`} className="visually-hidden">
          {endsText}
        </p>
      )}
      {props.slider ? (
        <div className="scale-slider">
          <input
            type="range"
            min={props.min}
            max={props.max}
            step={1}
            value={props.value ?? Math.round((props.min + props.max) / 2)}
            aria-labelledby={props.groupId}
            aria-valuetext={props.value === null ? undefined : String(props.value)}
            disabled={props.disabled}
            onChange={(event) => props.onChange(Number(event.target.value))}
          />
          <output className="scale-slider-value" aria-live="polite">
            {props.value === null ? '–' : props.t('scale.value', { value: props.value })}
          </output>
        </div>
      ) : (
        <ul className="scale-points" role="list" style={{ ['--points' as string]: points.length }}>
          {points.map((point) => (
            <li key={point} data-state={props.value === point ? 'chosen' : 'other'}>
              <label className="scale-point">
                <input
                  type="radio"
                  name={`${props.groupId}-point`}
                  value={point}
                  checked={props.value === point}
                  disabled={props.disabled}
                  onChange={() => props.onChange(point)}
                />
                <span>{point}</span>
              </label>
            </li>
          ))}
        </ul>
      )}
      {ends}
    </fieldset>
  );
}
