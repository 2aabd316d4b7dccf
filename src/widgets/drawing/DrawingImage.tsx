import { useId, type ReactNode } from 'react';
import { DRAWING_COLOURS, DRAWING_HEIGHT, DRAWING_WIDTH, DRAWING_WIDTHS, strokePath, type Stroke } from './strokes.ts';

interface Props {
  strokes: readonly Stroke[];
  /** The image drawn over, under the lines (the eraser never erases it). */
  image?: { src: string; alt: string } | undefined;
  /** The picture's name for whoever cannot see it; none when something around it names it. */
  label?: string;
  className?: string;
  /** Shown on top of the lines: the pad's cursor. */
  children?: ReactNode;
}

const lineProps = { fill: 'none', strokeLinecap: 'round', strokeLinejoin: 'round' } as const;

/**
 * A drawing as SVG, in drawing units, scaled to its box. Each stroke of the eraser erases what was
 * drawn before it, not what comes after: the lines before it are a group masked by it.
 */
export function DrawingImage({ strokes, image, label, className, children }: Props) {
  const prefix = `d${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const masks: ReactNode[] = [];
  let drawn: ReactNode = null;
  let group: ReactNode[] = [];
  strokes.forEach((stroke, index) => {
    const width = DRAWING_WIDTHS[stroke.width] ?? DRAWING_WIDTHS[0];
    if (stroke.colour === 'eraser') {
      const id = `${prefix}-${index}`;
      masks.push(
        <mask key={id} id={id} maskUnits="userSpaceOnUse" x="0" y="0" width={DRAWING_WIDTH} height={DRAWING_HEIGHT}>
          <rect width={DRAWING_WIDTH} height={DRAWING_HEIGHT} fill="#fff" />
          <path d={strokePath(stroke.points)} stroke="#000" strokeWidth={width} {...lineProps} />
        </mask>,
      );
      drawn = (
        <g key={`g${index}`} mask={`url(#${id})`}>
          {drawn}
          {group}
        </g>
      );
      group = [];
    } else {
      group.push(
        <path
          key={index}
          d={strokePath(stroke.points)}
          stroke={DRAWING_COLOURS[stroke.colour] ?? DRAWING_COLOURS[0]}
          strokeWidth={width}
          {...lineProps}
        />,
      );
    }
  });
  return (
    <svg
      className={className ? `drawing-image ${className}` : 'drawing-image'}
      viewBox={`0 0 ${DRAWING_WIDTH} ${DRAWING_HEIGHT}`}
      {...(label ? { role: 'img', 'aria-label': label } : { 'aria-hidden': true })}
    >
      <rect width={DRAWING_WIDTH} height={DRAWING_HEIGHT} fill="#fff" />
      {image && <image href={image.src} width={DRAWING_WIDTH} height={DRAWING_HEIGHT} preserveAspectRatio="xMidYMid meet" />}
      {masks.length > 0 && <defs>{masks}</defs>}
      {drawn}
      {group}
      {children}
    </svg>
  );
}
