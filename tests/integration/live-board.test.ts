import { afterEach, describe, expect, it } from 'vitest';
import { command, join, startHarness, teacherWithSession, until, type Harness } from './live-harness.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

describe('the board of a live lesson over real sockets', () => {
  it('opens on the lobby, which closes when the lesson moves on; the join banner can be hidden', async () => {
    harness = await startHarness();
    const { session, cookie } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    expect(teacher.state).toMatchObject({ lobby: true, joinBanner: true });
    const moved = until(teacher.client, 'session:state', ({ state }) => state.slide === 2);
    expect(await command(teacher.client, 'slide:goto', { index: 2 })).toMatchObject({ ok: true });
    expect((await moved).state.lobby).toBe(false);
    const hidden = until(teacher.client, 'session:state', ({ state }) => state.joinBanner === false);
    expect(await command(teacher.client, 'session:banner', { shown: false })).toMatchObject({ ok: true });
    await hidden;
  });

  it('results shown for one question are hidden when the next one opens', async () => {
    harness = await startHarness();
    const { session, cookie } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    await command(teacher.client, 'item:open', { id: 'mindmap-relatiebeheer' });
    await command(teacher.client, 'item:close', {});
    await command(teacher.client, 'results:show', { shown: true });
    const opened = until(teacher.client, 'session:state', ({ state }) => state.openItem?.id === 'quiz-kosten');
    await command(teacher.client, 'item:open', { id: 'quiz-kosten' });
    expect((await opened).state.resultsShown).toBe(false);
  });

  it('the picker draws only connected students, never a removed one, and says so when nobody is there', async () => {
    harness = await startHarness({ commandRate: { burst: 100, perSecond: 100 } });
    const { session, cookie } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    expect(await command(teacher.client, 'picker:pick', {})).toMatchObject({ ok: false, error: { code: 'nobody_connected' } });
    const sam = await join(harness, { role: 'student', code: session.code, name: 'Sam' });
    const mo = await join(harness, { role: 'student', code: session.code, name: 'Mo' });
    const noor = await join(harness, { role: 'student', code: session.code, name: 'Noor' });
    const noorGone = until(teacher.client, 'participants:updated', ({ participants }) => participants.some((p) => p.name === 'Noor' && !p.connected));
    noor.client.disconnect();
    await noorGone;
    await command(teacher.client, 'participant:remove', { participantId: mo.welcome?.participantId ?? '' });
    for (let draw = 0; draw < 8; draw += 1) {
      const picked = until(teacher.client, 'session:state', ({ state }) => state.revision > 0 && state.picked?.at !== undefined);
      expect(await command(teacher.client, 'picker:pick', {})).toMatchObject({ ok: true });
      expect((await picked).state.picked).toMatchObject({ participantId: sam.welcome?.participantId, name: 'Sam' });
    }
    const cleared = until(teacher.client, 'session:state', ({ state }) => state.picked === null);
    await command(teacher.client, 'picker:clear', {});
    await cleared;
  });
});
