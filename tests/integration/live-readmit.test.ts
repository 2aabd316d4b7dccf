import { afterEach, describe, expect, it } from 'vitest';
import { command, connect, join, next, startHarness, teacherWithSession, until, type Harness } from './live-harness.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

/** The connect_error code of a connection attempt, or 'connected'. */
const outcome = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'connected',
    (error: { data?: { code?: string } }) => error.data?.code,
  );

/** A teacher, and a student (Daan) who answered the quiz and was then removed. */
async function removedStudent() {
  harness = await startHarness();
  const { cookie, session } = await teacherWithSession(harness);
  const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
  // The phone makes its token itself and keeps it; it sends it again on every join from this device.
  const deviceToken = 'd'.repeat(43);
  const student = await join(harness, { role: 'student', code: session.code, name: 'Daan', resumeToken: deviceToken });
  const participantId = student.welcome?.participantId ?? '';
  await command(teacher.client, 'item:open', { id: 'quiz-kosten' });
  await command(student.client, 'answer:submit', {
    itemId: 'quiz-kosten',
    clientAnswerId: 'quiz-answer-1',
    value: { kind: 'quiz', choices: ['B'] },
  });
  const removed = next(student.client, 'participant:removed');
  const listed = until(teacher.client, 'participants:changed', ({ removed: gone }) => gone.length === 1);
  expect(await command(teacher.client, 'participant:remove', { participantId })).toEqual({ ok: true, data: null });
  await removed;
  expect(await listed).toEqual({ participants: [], removed: [{ id: participantId, name: 'Daan' }] });
  return { harness, session, teacher, deviceToken, participantId };
}

describe('removed students and letting them back in', () => {
  it('refuses every join from a removed device, also under another name', async () => {
    const { harness, session, deviceToken } = await removedStudent();
    expect(await outcome(connect(harness, { role: 'student', resumeToken: deviceToken }))).toBe('removed');
    expect(await outcome(connect(harness, { role: 'student', code: session.code, name: 'Daan', resumeToken: deviceToken }))).toBe(
      'removed',
    );
    expect(await outcome(connect(harness, { role: 'student', code: session.code, name: 'Iemand Anders', resumeToken: deviceToken }))).toBe(
      'removed',
    );
    expect(await harness.store.listParticipants(session.id, { includeRemoved: true })).toHaveLength(1);
  });

  it('the teacher lets a removed student back in: the same device is the same student, with the answers', async () => {
    const { harness, session, teacher, deviceToken, participantId } = await removedStudent();
    const listed = until(teacher.client, 'participants:changed', ({ participants }) => participants.length === 1);
    expect(await command(teacher.client, 'participant:readmit', { participantId })).toEqual({ ok: true, data: null });
    expect(await listed).toEqual({ participants: [{ id: participantId, name: 'Daan', connected: false }], removed: [] });

    const back = await join(harness, { role: 'student', code: session.code, name: 'Wat Anders', resumeToken: deviceToken });
    expect(back.welcome).toEqual({ participantId, name: 'Daan', resumeToken: deviceToken });
    expect(back.answers).toEqual([{ itemId: 'quiz-kosten', answerId: expect.any(String), value: { kind: 'quiz', choices: ['B'] } }]);
    expect(await harness.store.listParticipants(session.id)).toHaveLength(1);
    // Once in, readmitting again has nobody to let in.
    expect(await command(teacher.client, 'participant:readmit', { participantId })).toMatchObject({
      ok: false,
      error: { code: 'unknown_participant' },
    });
  });

  it('a readmit whose name was taken meanwhile is refused with name_taken', async () => {
    const { harness, session, teacher, participantId } = await removedStudent();
    await join(harness, { role: 'student', code: session.code, name: 'daan' });
    expect(await command(teacher.client, 'participant:readmit', { participantId })).toMatchObject({
      ok: false,
      error: { code: 'name_taken' },
    });
  });

  it('a student cannot let anyone back in (forbidden), and a bad payload is refused', async () => {
    const { harness, session, teacher, participantId } = await removedStudent();
    const other = await join(harness, { role: 'student', code: session.code, name: 'Noor' });
    expect(await command(other.client, 'participant:readmit', { participantId })).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    expect(await command(teacher.client, 'participant:readmit', { participantId: '' })).toMatchObject({
      ok: false,
      error: { code: 'bad_payload' },
    });
    expect(await harness.store.findParticipant(session.id, participantId)).toMatchObject({ removedAt: expect.any(Number) });
  });
});
