import { afterEach, describe, expect, it } from 'vitest';
import type { ParticipantList } from '../../src/shared/protocol/events.ts';
import { applyParticipantChanges } from '../../src/shared/session/participants.ts';
import { command, join, startHarness, teacherWithSession, until, type Harness } from './live-harness.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

const CLASS = 40;

describe('the class on the teacher screens', () => {
  it('sends joins as a few coalesced changes, not the whole class per join', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const messages: ParticipantList[] = [];
    let roster: ParticipantList = { participants: [], removed: [] };
    teacher.client.on('participants:changed', (changes) => {
      messages.push(changes);
      roster = applyParticipantChanges(roster, changes);
    });
    const everyone = until(teacher.client, 'participants:changed', () => roster.participants.filter((p) => p.connected).length === CLASS);
    const students = await Promise.all(
      Array.from({ length: CLASS }, (_, index) =>
        join(harness as Harness, { role: 'student', code: session.code, name: `Leerling ${index + 1}` }),
      ),
    );
    await everyone;
    // Each message carries only the changes: together exactly the class, each student about once.
    const rows = messages.reduce((sum, message) => sum + message.participants.length, 0);
    expect(messages.length).toBeLessThan(CLASS / 2);
    expect(rows).toBeLessThan(CLASS * 2);
    expect(new Set(roster.participants.map((p) => p.id))).toEqual(new Set(students.map((student) => student.welcome?.participantId)));

    const left = students[0]?.welcome?.participantId ?? '';
    const gone = until(teacher.client, 'participants:changed', ({ participants }) =>
      participants.some((p) => p.id === left && !p.connected),
    );
    students[0]?.client.disconnect();
    expect(await gone).toEqual({ participants: [{ id: left, name: 'Leerling 1', connected: false }], removed: [] });
  });

  it('gives a teacher screen that connects later the whole class at once, the removed apart', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const sam = await join(harness, { role: 'student', code: session.code, name: 'Sam' });
    const noor = await join(harness, { role: 'student', code: session.code, name: 'Noor' });
    const first = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const removed = until(first.client, 'participants:changed', ({ removed: gone }) => gone.length === 1);
    await command(first.client, 'participant:remove', { participantId: noor.welcome?.participantId ?? '' });
    await removed;

    const board = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    expect(board.participants).toEqual({
      participants: [{ id: sam.welcome?.participantId, name: 'Sam', connected: true }],
      removed: [{ id: noor.welcome?.participantId, name: 'Noor' }],
    });
  });
});
