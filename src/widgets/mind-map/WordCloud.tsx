import cloud from 'd3-cloud';
import { useEffect, useRef, useState } from 'react';
import type { Translate } from '../../i18n/index.ts';
import { cloudFontSizes } from '../../live-board/board-view.ts';

const MIN_PX = 30;
const COLOURS = ['#14213d', '#1d4ed8', '#9a3412', '#065f46', '#6d28d9'];

interface Group {
  label: string;
  count: number;
}

interface Size {
  width: number;
  height: number;
}

interface Placed {
  text: string;
  size: number;
  x: number;
  y: number;
}

/** Same words, same places: a seeded random, so the cloud does not jump around when one answer arrives. */
function seeded(seed: number): () => number {
  let value = seed || 1;
  return () => {
    value = (value * 16807) % 2147483647;
    return (value - 1) / 2147483646;
  };
}

/** Lays the words out with d3-cloud; shrinks them (not below the minimum) until every word fits, else returns the rest. */
function layout(groups: readonly Group[], fontFamily: string, size: Size): Promise<{ placed: Placed[]; rest: string[] }> {
  const sizes = cloudFontSizes(
    groups.map((group) => group.count),
    MIN_PX,
  );
  const attempt = (factor: number): Promise<{ placed: Placed[]; rest: string[] }> =>
    new Promise((resolve) => {
      const words = groups.map((group, index) => ({
        text: group.label,
        size: Math.max(MIN_PX, Math.round((sizes[index] ?? MIN_PX) * factor)),
      }));
      cloud<{ text: string; size: number; x?: number; y?: number }>()
        .size([size.width, size.height])
        .words(words)
        .padding(6)
        .rotate(0)
        .font(fontFamily)
        .fontWeight('700')
        .fontSize((word) => word.size)
        .random(seeded(groups.length * 7919 + 17))
        .timeInterval(Infinity)
        .on('end', (output) => {
          const placed = output.map((word) => ({ text: word.text ?? '', size: word.size ?? MIN_PX, x: word.x ?? 0, y: word.y ?? 0 }));
          const inside = new Set(placed.map((word) => word.text));
          resolve({ placed, rest: words.filter((word) => !inside.has(word.text)).map((word) => word.text) });
        })
        .start();
    });
  const tryFrom = async (factor: number): Promise<{ placed: Placed[]; rest: string[] }> => {
    const result = await attempt(factor);
    return result.rest.length === 0 || factor <= 0.5 ? result : tryFrom(Math.round((factor - 0.1) * 10) / 10);
  };
  return tryFrom(1);
}

/**
 * The mind map's ideas as a word cloud: a word's size says how often it was mentioned (the server
 * already grouped the same words in any case or accents). The words are also a list for screen readers.
 */
export function WordCloud({ groups, model, t }: { groups: { label: string; count: number }[]; model?: string[]; t: Translate }) {
  const box = useRef<HTMLDivElement>(null);
  const area = useRef<HTMLDivElement>(null);
  const [words, setWords] = useState<{ placed: Placed[]; rest: string[]; size: Size }>({
    placed: [],
    rest: [],
    size: { width: 1, height: 1 },
  });
  const key = groups.map((group) => `${group.label}\u0000${group.count}`).join('\u0001');

  useEffect(() => {
    let current = true;
    const fontFamily = box.current ? getComputedStyle(box.current).fontFamily : 'sans-serif';
    // Laid out in the room there is, in slide pixels, so the words are drawn at their own size.
    const size = { width: Math.max(200, area.current?.offsetWidth ?? 0), height: Math.max(120, area.current?.offsetHeight ?? 0) };
    void layout(groups, fontFamily, size).then((result) => {
      if (current) setWords({ ...result, size });
    });
    return () => {
      current = false;
    };
    // The key stands for the groups (a new array with the same words needs no new layout); the model takes room.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, model?.length]);

  return (
    <div className="board-cloud" ref={box}>
      {groups.length === 0 ? (
        <p className="board-empty">{t('board.noAnswers')}</p>
      ) : (
        <>
          <ol className="visually-hidden" aria-label={t('board.cloudList')}>
            {groups.map((group) => (
              <li key={group.label}>{t('board.cloudTimes', { label: group.label, n: group.count })}</li>
            ))}
          </ol>
          <div className="board-cloud-area" ref={area}>
            <svg
              className="board-cloud-svg"
              width={words.size.width}
              height={words.size.height}
              viewBox={`${-words.size.width / 2} ${-words.size.height / 2} ${words.size.width} ${words.size.height}`}
              role="img"
              aria-label={t('board.cloudLabel')}
            >
              {words.placed.map((word, index) => (
                <text
                  key={word.text}
                  x={word.x}
                  y={word.y}
                  fontSize={word.size}
                  textAnchor="middle"
                  fill={COLOURS[index % COLOURS.length]}
                  data-count={groups.find((group) => group.label === word.text)?.count}
                >
                  {word.text}
                </text>
              ))}
            </svg>
          </div>
          {words.rest.length > 0 && (
            <p className="board-cloud-rest">
              {t('board.cloudAlso')} {words.rest.join(' · ')}
            </p>
          )}
        </>
      )}
      {model && model.length > 0 && (
        <div className="board-cloud-model">
          <h3>{t('mindmap.model')}</h3>
          <ul className="mind-map-model">
            {model.map((entry) => (
              <li key={entry}>{entry}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
