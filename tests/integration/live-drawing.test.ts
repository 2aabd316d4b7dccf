import { afterEach, describe, expect, it } from 'vitest';
import type { DrawingResults } from '../../src/widgets/drawing/widget.ts';
import { command, join, startHarness, teacherWithSession, until, type Client, type Harness } from './live-harness.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const RM = 'relatiebeheer/relatiemarketing';
const ITEM = 'teken-binding';
let count = 0;
const line = (points: number[], colour: number | 'eraser' = 0, width = 1) => ({ colour, width, points });
const send = (client: Client, strokes: unknown[]) =>
  command(client, 'answer:submit', { itemId: ITEM, clientAnswerId: `d-${(count += 1)}-abcdefgh`, value: { kind: 'drawing', strokes } });

describe('drawings over real sockets', () => {
  it('are checked on the server, listed without their lines, fetched by teacher screens only and chosen for the board', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness, RM);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const ada = await join(harness, { role: 'student', code: session.code, name: 'Ada' });
    const bo = await join(harness, { role: 'student', code: session.code, name: 'Bo' });
    expect((await command(teacher.client, 'item:open', { id: ITEM })).ok).toBe(true);

    // Off the canvas, an odd number of coordinates, nothing drawn or too much: refused with a code.
    expect(await send(ada.client, [line([10, 760])])).toEqual({ ok: false, error: { code: 'bad_choice' } });
    expect(await send(ada.client, [line([10, 20, 30])])).toEqual({ ok: false, error: { code: 'bad_choice' } });
    expect(await send(ada.client, [])).toEqual({ ok: false, error: { code: 'empty_answer' } });
    // Four long lines: 5,100 points, more than a drawing may hold, in a message the server still reads.
    const huge = [1500, 1500, 1500, 600].map((points) => line(Array.from({ length: points * 2 }, (_, index) => index % 700)));
    expect(await send(ada.client, huge)).toEqual({ ok: false, error: { code: 'drawing_too_big', params: { max: 5000 } } });
    expect(await send(ada.client, [line([1, 2, 3, 4], 9)])).toEqual({ ok: false, error: { code: 'bad_payload' } });

    const listed = until(teacher.client, 'results:updated', ({ itemId, results }) => itemId === ITEM && results.answered === 2);
    const adas = [line([100, 100, 400, 300], 1, 2), line([200, 200, 250, 250], 'eraser', 2)];
    expect((await send(ada.client, adas)).ok).toBe(true);
    expect((await send(bo.client, [line([500, 500, 600, 600, 700, 650])])).ok).toBe(true);
    const { results } = await listed;
    const drawings = (results as DrawingResults).drawings;
    // The results name the drawings and their size, not their lines.
    expect(drawings.map((drawing) => [drawing.by, drawing.size])).toEqual([
      [ada.welcome?.participantId, 4],
      [bo.welcome?.participantId, 3],
    ]);
    expect(JSON.stringify(results)).not.toContain('points');

    const ids = drawings.map((drawing) => drawing.id);
    const fetched = await command(teacher.client, 'drawings:get', { itemId: ITEM, answerIds: ids });
    expect(fetched).toEqual({
      ok: true,
      data: {
        drawings: [
          { answerId: ids[0], strokes: adas },
          { answerId: ids[1], strokes: [line([500, 500, 600, 600, 700, 650])] },
        ],
      },
    });
    expect(await command(teacher.client, 'drawings:get', { itemId: 'koppel-binding', answerIds: ids })).toEqual({
      ok: false,
      error: { code: 'unknown_item' },
    });
    // A student sees no one's drawing and chooses nothing for the board.
    expect(await command(bo.client, 'drawings:get', { itemId: ITEM, answerIds: ids })).toEqual({ ok: false, error: { code: 'forbidden' } });
    expect(await command(bo.client, 'drawing:show', { answerId: ids[0], shown: true })).toEqual({
      ok: false,
      error: { code: 'forbidden' },
    });

    const chosen = until(ada.client, 'session:state', ({ state }) => state.shownDrawings?.includes(ids[1] ?? '') === true);
    expect((await command(teacher.client, 'drawing:show', { answerId: ids[1], shown: true })).ok).toBe(true);
    expect((await chosen).state.shownDrawings).toEqual([ids[1]]);
  });
});
