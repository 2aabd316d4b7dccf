import { useCallback, useEffect, useState } from 'react';
import { sendCommand } from '../../live/connection.ts';
import { asDrawing, type Stroke } from './strokes.ts';

/** A drawing the results list: its answer id and its size (which changes when the drawing does). */
export interface ListedDrawing {
  id: string;
  size: number;
}

/** What `drawings:get` can fetch at once. */
const BATCH = 60;

type Loaded = ReadonlyMap<string, { size: number; strokes: Stroke[] }>;

/**
 * The drawings a screen shows (the panel's gallery, the ones on the board), fetched when they are
 * new or changed: the results only list them, so the lines travel once, not with every answer.
 */
export function useDrawings(itemId: string, wanted: readonly ListedDrawing[]) {
  const [loaded, setLoaded] = useState<Loaded>(new Map());
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const missing = wanted.filter((drawing) => loaded.get(drawing.id)?.size !== drawing.size);
  const missingKey = missing.map((drawing) => `${drawing.id}:${drawing.size}`).join(',');

  useEffect(() => {
    if (missingKey === '') return;
    let current = true;
    const ids = missingKey.split(',').map((entry) => entry.slice(0, entry.lastIndexOf(':')));
    const sizes = new Map(
      missingKey.split(',').map((entry) => [entry.slice(0, entry.lastIndexOf(':')), Number(entry.slice(entry.lastIndexOf(':') + 1))]),
    );
    void (async () => {
      for (let start = 0; start < ids.length; start += BATCH) {
        const ack = await sendCommand('drawings:get', { itemId, answerIds: ids.slice(start, start + BATCH) });
        if (!current) return;
        if (!ack.ok) return setFailed(true);
        const { drawings } = ack.data as { drawings: { answerId: string; strokes: unknown }[] };
        setFailed(false);
        setLoaded((before) => {
          const next = new Map(before);
          for (const drawing of drawings)
            next.set(drawing.answerId, { size: sizes.get(drawing.answerId) ?? 0, strokes: asDrawing(drawing) });
          return next;
        });
      }
    })();
    return () => {
      current = false;
    };
  }, [itemId, missingKey, attempt]);

  const retry = useCallback(() => setAttempt((count) => count + 1), []);
  return { drawings: loaded, loading: missing.length > 0 && !failed, failed, retry };
}
