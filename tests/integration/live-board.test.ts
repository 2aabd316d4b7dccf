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
    const noorGone = until(teacher.client, 'participants:changed', ({ participants }) => participants.some((p) => p.name === 'Noor' && !p.connected));
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

describe('the competition over real sockets', () => {
  it('counts right answers once revealed, shows the teacher the standings and each student only their own place', async () => {
    harness = await startHarness({ commandRate: { burst: 100, perSecond: 100 } });
    const { session, cookie } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const students = [];
    for (const name of ['Ann', 'Bo', 'Cas']) students.push(await join(harness, { role: 'student', code: session.code, name }));
    const [ann, bo, cas] = students;
    if (!ann || !bo || !cas) throw new Error('students did not join');
    expect(await command(teacher.client, 'session:competition', { on: true, speed: false })).toMatchObject({ ok: true });
    await command(teacher.client, 'item:open', { id: 'quiz-kosten' });
    for (const [student, choice] of [
      [ann, 'B'],
      [bo, 'A'],
      [cas, 'B'],
    ] as const) {
      expect(await command(student.client, 'answer:submit', { itemId: 'quiz-kosten', clientAnswerId: `answer-${choice}-${student.welcome?.name}`, value: { kind: 'quiz', choices: [choice] } })).toMatchObject({ ok: true });
    }
    const standings = until(teacher.client, 'scores:updated', ({ entries }) => entries.some((entry) => entry.points > 0));
    const annPlace = until(ann.client, 'score:mine', (score) => score.points > 0);
    const boPlace = until(bo.client, 'score:mine', (score) => score.correct === 0 && score.of === 3);
    let boSawOthers = false;
    bo.client.on('scores:updated', () => (boSawOthers = true));
    await command(teacher.client, 'answer:reveal', { id: 'quiz-kosten', revealed: true });
    expect((await standings).entries.map((entry) => [entry.name, entry.points, entry.rank])).toEqual([
      ['Ann', 1000, 1],
      ['Cas', 1000, 1],
      ['Bo', 0, 3],
    ]);
    expect(await annPlace).toEqual({ points: 1000, rank: 1, of: 3, correct: 1 });
    expect(await boPlace).toEqual({ points: 0, rank: 3, of: 3, correct: 0 });
    const shown = until(teacher.client, 'session:state', ({ state }) => state.leaderboardShown === true);
    expect(await command(teacher.client, 'leaderboard:show', { shown: true })).toMatchObject({ ok: true });
    await shown;
    expect(boSawOthers).toBe(false);
  });
});
