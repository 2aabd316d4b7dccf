import { contourDensity } from 'd3-contour';
import { useMemo } from 'react';

interface Props {
  /** The taps, in percent of the image. */
  points: readonly (readonly [number, number])[];
  /** The image's height over its width, so that a blob is as round as the taps around it. */
  aspect: number;
}

/** Width of the space the density is worked out in (its height follows the image's shape). */
const WIDTH = 400;
/** From the edge of a cloud of taps to its heart: pale yellow to deep red, each band over the last. */
const BANDS = ['#fff3b0', '#ffd166', '#f8961e', '#f3722c', '#e63946', '#c1121f', '#8d0801'];

/** A ring of a contour as SVG path data. */
const ringPath = (ring: readonly (readonly number[])[]): string =>
  `M${ring.map((point) => `${(point[0] ?? 0).toFixed(1)},${(point[1] ?? 0).toFixed(1)}`).join('L')}Z`;

/**
 * The taps as a heat map over the image: where many tapped close together the colour runs to deep
 * red. The density comes from d3-contour (a kernel density estimate, drawn as nested contours).
 */
export function HeatLayer({ points, aspect }: Props) {
  const height = Math.max(1, Math.round(WIDTH * aspect));
  const bands = useMemo(() => {
    if (points.length === 0) return [];
    const contours = contourDensity<readonly [number, number]>()
      .x((point) => (point[0] / 100) * WIDTH)
      .y((point) => (point[1] / 100) * height)
      .size([WIDTH, height])
      .cellSize(2)
      .bandwidth(14)
      .thresholds(BANDS.length)(points as [number, number][]);
    // The lowest contours are the faint haze around every tap; the top ones are the hot spots.
    return contours.slice(-BANDS.length).map((contour, index, all) => ({
      colour: BANDS[index + BANDS.length - all.length] ?? BANDS[0],
      path: contour.coordinates.flatMap((polygon) => polygon.map(ringPath)).join(''),
    }));
  }, [points, height]);
  return (
    <svg className="hotspot-heat" viewBox={`0 0 ${WIDTH} ${height}`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {bands.map((band, index) => (
        <path key={index} d={band.path} fill={band.colour} fillOpacity={0.5} />
      ))}
      {points.map(([x, y], index) => (
        <circle key={index} cx={(x / 100) * WIDTH} cy={(y / 100) * height} r={2.5} fill="#14213d" />
      ))}
    </svg>
  );
}
