import { useCallback, useState, type ReactNode } from 'react';
import { pointIn, type HotspotArea, type HotspotPoint } from './area.ts';

interface Props {
  src: string;
  alt: string;
  /** The student's point, shown as a pin. */
  point?: HotspotPoint | null | undefined;
  /** Right areas to outline (after a reveal, or for the teacher). */
  areas?: readonly HotspotArea[] | undefined;
  /** Whether `point` lies in an area: colours the pin once the areas are shown. */
  pointRight?: boolean | undefined;
  /** A tap or click on the image picks a point; without, the image only shows. */
  onPick?: ((point: HotspotPoint) => void) | undefined;
  /** The button's name ("Tik op de plek in: …"), when `onPick` is given. */
  pickLabel?: string | undefined;
  disabled?: boolean | undefined;
  /** Layers drawn over the image, given its height over its width (a heat map). */
  overlay?: ((aspect: number) => ReactNode) | undefined;
}

/** The image's height over its width, once it has loaded (it may load before the page hydrates). */
function useAspect(): [number, (image: HTMLImageElement | null) => void] {
  const [aspect, setAspect] = useState(0.625);
  const measure = useCallback((image: HTMLImageElement | null) => {
    if (image && image.naturalWidth > 0) setAspect(image.naturalHeight / image.naturalWidth);
  }, []);
  return [aspect, measure];
}

/**
 * A hotspot's image: the pin, the areas and any overlay sit on top of it in percent, so they
 * hold at every size. With `onPick`, the image is a button: where it is tapped is the point (a
 * keyboard press leaves the point as it is; the sliders beside it move it).
 */
export function HotspotImage(props: Props) {
  const [aspect, measure] = useAspect();
  const picture = (
    <img
      ref={measure}
      src={props.src}
      alt={props.onPick ? '' : props.alt}
      onLoad={(event) => measure(event.currentTarget)}
      draggable={false}
    />
  );
  const layers = (
    <>
      {props.overlay?.(aspect)}
      {props.areas && props.areas.length > 0 && (
        <svg className="hotspot-areas" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
          {props.areas.map((area, index) => (
            <rect key={index} x={area.x} y={area.y} width={area.width} height={area.height} vectorEffect="non-scaling-stroke" />
          ))}
        </svg>
      )}
      {props.point && (
        <span
          className="hotspot-pin"
          data-right={props.pointRight === undefined ? undefined : String(props.pointRight)}
          style={{ left: `${props.point.x}%`, top: `${props.point.y}%` }}
          aria-hidden="true"
        />
      )}
    </>
  );
  if (!props.onPick) {
    return (
      <div className="hotspot-frame">
        {picture}
        {layers}
      </div>
    );
  }
  const pick = props.onPick;
  return (
    <button
      type="button"
      className="hotspot-frame hotspot-button"
      aria-label={props.pickLabel}
      disabled={props.disabled}
      onClick={(event) => {
        // A click from the keyboard (Enter, space) has no place on the image.
        if (event.detail === 0) return;
        // Relative to the image itself, inside the frame's border, where the pin and areas are drawn.
        pick(pointIn(event.currentTarget.querySelector('img') ?? event.currentTarget, event.clientX, event.clientY));
      }}
    >
      {picture}
      {layers}
    </button>
  );
}
