import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { io as connectClient } from 'socket.io-client';
import { afterEach, describe, expect, it } from 'vitest';
import { hashToken } from '../../server/auth/tokens.ts';
import { PROTOCOL_VERSION, TEACHER_COMMANDS, type CommandName } from '../../src/shared/protocol/commands.ts';
import { command, connect, join, next, startHarness, teacherWithSession, until, type Harness } from './live-harness.ts';

let harness: Harness | null = null;
afterEach(async () => {
  await harness?.close();
  harness = null;
});

/** A valid payload for every teacher command, so refusals are about the role, not the input. */
const VALID: Record<Exclude<CommandName, 'answer:submit'>, unknown> = {
  'slide:goto': { index: 12 },
  'item:open': { id: 'quiz-kosten' },
  'item:close': {},
  'results:show': { shown: true },
  'answer:reveal': { id: 'quiz-kosten', revealed: true },
  'model:show': { id: 'mindmap-relatiebeheer', shown: true },
  'session:anonymous': { anonymous: false },
  'session:lock': { locked: true },
  'session:end': {},
  'session:lobby': { shown: false },
  'session:banner': { shown: false },
  'picker:pick': {},
  'picker:clear': {},
  'session:competition': { on: true, speed: false },
  'leaderboard:show': { shown: true },
  'answer:hide': { answerId: 'a1', hidden: true },
  'answer:highlight': { answerId: 'a1', highlighted: true },
  'question:answered': { questionId: 'a1.1', answered: true },
  'drawings:get': { itemId: 'teken-klantreis', answerIds: ['a1'] },
  'drawing:show': { answerId: 'a1', shown: true },
  'timer:start': { id: 'timer-zelfstandig' },
  'timer:pause': { id: 'timer-zelfstandig' },
  'timer:addMinute': { id: 'timer-zelfstandig' },
  'timer:reset': { id: 'timer-zelfstandig' },
  'participant:remove': { participantId: 'x' },
  'participant:rename': { participantId: 'x', name: 'Nieuw' },
  'participant:readmit': { participantId: 'x' },
};

describe('live lessons over real sockets', () => {
  it('a student joins with the code and a name, answers once, and the teacher sees coalesced results', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    expect(teacher.state).toMatchObject({ slide: 1, revision: 0, anonymous: true });

    const joined = until(teacher.client, 'participants:changed', ({ participants }) =>
      participants.some((p) => p.name === 'Sanne' && p.connected),
    );
    const student = await join(harness, { role: 'student', code: session.code.toLowerCase(), name: '  Sanne ' });
    expect(student.welcome).toMatchObject({ name: 'Sanne' });
    expect(student.welcome?.resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    await joined;

    const opened = next(student.client, 'session:state');
    expect(await command(teacher.client, 'item:open', { id: 'quiz-kosten' })).toEqual({ ok: true, data: { revision: 1 } });
    expect((await opened).state).toMatchObject({ slide: 12, openItem: { id: 'quiz-kosten', allowChanges: false } });

    const results = until(teacher.client, 'results:updated', ({ itemId }) => itemId === 'quiz-kosten');
    const answer = { itemId: 'quiz-kosten', clientAnswerId: 'answer-0001', value: { kind: 'quiz', choices: ['B'] } };
    const first = await command(student.client, 'answer:submit', answer);
    expect(first).toMatchObject({ ok: true, data: { duplicate: false } });
    // A retry of the same answer (lost ack, reconnect) never counts twice.
    const retry = await command(student.client, 'answer:submit', answer);
    expect(retry).toEqual({ ok: true, data: { answerId: (first as { data: { answerId: string } }).data.answerId, duplicate: true } });
    expect(
      await command(student.client, 'answer:submit', { ...answer, clientAnswerId: 'answer-0002', value: { kind: 'quiz', choices: ['A'] } }),
    ).toMatchObject({
      ok: false,
      error: { code: 'already_answered' },
    });
    expect(await results).toMatchObject({
      results: {
        kind: 'quiz',
        answered: 1,
        counts: [
          { letter: 'A', count: 0 },
          { letter: 'B', count: 1 },
        ],
      },
    });
    expect(await harness.store.listAnswers(session.id, 'quiz-kosten')).toHaveLength(1);
  });

  it('sends the right answer and the model only after the teacher reveals them', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const student = await join(harness, { role: 'student', code: session.code, name: 'Iris' });
    const first = next(student.client, 'session:state');
    await command(teacher.client, 'item:open', { id: 'quiz-kosten' });
    expect((await first).reveals).toEqual({});
    expect((await first).lesson).toBe('relatiebeheer/les-2-wat-is-relatiebeheer');
    const revealed = next(student.client, 'session:state');
    await command(teacher.client, 'answer:reveal', { id: 'quiz-kosten', revealed: true });
    expect((await revealed).reveals).toEqual({ 'quiz-kosten': { correct: ['B'], explanation: expect.stringContaining('duurder') } });
    const model = next(student.client, 'session:state');
    await command(teacher.client, 'model:show', { id: 'mindmap-relatiebeheer', shown: true });
    expect((await model).reveals['mindmap-relatiebeheer']).toEqual({ model: expect.arrayContaining(['Klantretentie', 'Crisisbeheer']) });
  });

  it('refuses every teacher command from a student and leaves the session as it was', async () => {
    harness = await startHarness({ commandRate: { burst: 100, perSecond: 100 } });
    const { session } = await teacherWithSession(harness);
    const student = await join(harness, { role: 'student', code: session.code, name: 'Mo' });
    for (const name of TEACHER_COMMANDS) {
      const ack = await command(student.client, name, VALID[name as keyof typeof VALID]);
      expect(ack, name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const stored = await harness.store.findLiveSessionById(session.id);
    expect(stored?.revision).toBe(0);
    expect(stored?.state).toEqual(session.state);
  });

  it('answers bad payloads with an error ack and keeps serving', async () => {
    harness = await startHarness({ commandRate: { burst: 100, perSecond: 100 } });
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    for (const payload of [null, 'x', 42, { index: '3' }, { index: 3, extra: true }, { index: 1e9 }, [1, 2]]) {
      expect(await command(teacher.client, 'slide:goto', payload)).toMatchObject({ ok: false, error: { code: 'bad_payload' } });
    }
    expect(await command(teacher.client, 'slide:goto', { index: 40 })).toMatchObject({ ok: false, error: { code: 'slide_out_of_range' } });
    expect(await command(teacher.client, 'item:open', { id: 'bestaat-niet' })).toMatchObject({
      ok: false,
      error: { code: 'unknown_item' },
    });
    // A command without an ack callback must not crash anything either.
    (teacher.client as unknown as { emit(name: string, payload: unknown): void }).emit('slide:goto', { index: 'x' });
    expect(await command(teacher.client, 'slide:goto', { index: 3 })).toMatchObject({ ok: true });
  });

  it('rate-limits a socket that floods commands', async () => {
    harness = await startHarness({ commandRate: { burst: 5, perSecond: 1 } });
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const acks = await Promise.all(Array.from({ length: 12 }, (_, i) => command(teacher.client, 'slide:goto', { index: (i % 5) + 1 })));
    const limited = acks.filter((ack) => !ack.ok && ack.error.code === 'rate_limited').length;
    expect(limited).toBeGreaterThanOrEqual(6);
    expect(acks.filter((ack) => ack.ok).length).toBeLessThanOrEqual(6);
  });

  it('refuses joins that must not get in', async () => {
    harness = await startHarness({ joinRate: { burst: 100, perSecond: 100 } });
    const { cookie, session } = await teacherWithSession(harness);
    await join(harness, { role: 'student', code: session.code, name: 'Zoë de Vries' });
    const refusal = (auth: Record<string, unknown>, cookieHeader?: string) =>
      connect(harness as Harness, auth, cookieHeader).then(
        () => 'connected',
        (error: { data?: { code?: string } }) => error.data?.code,
      );
    expect(await refusal({ role: 'student', code: 'AAAAAA', name: 'Jan' })).toBe('unknown_code');
    expect(await refusal({ role: 'student', code: session.code, name: 'zoe  DE vries' })).toBe('name_taken');
    expect(await refusal({ role: 'student', code: session.code, name: 'K4nker' })).toBe('name_offensive');
    expect(await refusal({ role: 'student', code: session.code, name: '' })).toBe('name_invalid');
    // The client words the refusal; the server sends only the code and the values it needs.
    const tooLong = await connect(harness, { role: 'student', code: session.code, name: '' }).catch(
      (error: { data?: unknown; message?: string }) => error,
    );
    expect(tooLong).toMatchObject({ message: 'name_invalid', data: { code: 'name_invalid', params: { max: 30 } } });
    expect(await refusal({ role: 'student', resumeToken: 'x'.repeat(43) })).toBe('resume_unknown');
    expect(await refusal({ role: 'teacher', sessionId: session.id })).toBe('not_logged_in');
    expect(await refusal({ role: 'admin', sessionId: session.id }, cookie)).toBe('bad_handshake');
    expect(await refusal({ role: 'teacher', sessionId: session.id, protocolVersion: 999 }, cookie)).toBe('bad_handshake');
    const other = await teacherWithSession(harness);
    expect(await refusal({ role: 'teacher', sessionId: session.id }, other.cookie)).toBe('not_your_session');

    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    expect(await command(teacher.client, 'session:lock', { locked: true })).toMatchObject({ ok: true });
    expect(await refusal({ role: 'student', code: session.code, name: 'Laat' })).toBe('session_locked');
  });

  it('refuses answers once the right answer is shown, and drops a removed student from the results', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const early = await join(harness, { role: 'student', code: session.code, name: 'Vroeg' });
    const late = await join(harness, { role: 'student', code: session.code, name: 'Laat' });
    await command(teacher.client, 'item:open', { id: 'quiz-kosten', allowChanges: true });
    expect(
      await command(early.client, 'answer:submit', {
        itemId: 'quiz-kosten',
        clientAnswerId: 'early-answer',
        value: { kind: 'quiz', choices: ['A'] },
      }),
    ).toMatchObject({ ok: true });
    await command(teacher.client, 'answer:reveal', { id: 'quiz-kosten', revealed: true });
    expect(
      await command(late.client, 'answer:submit', {
        itemId: 'quiz-kosten',
        clientAnswerId: 'late-answer1',
        value: { kind: 'quiz', choices: ['B'] },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'answer_revealed' },
    });

    const dropped = until(teacher.client, 'results:updated', ({ itemId, results }) => itemId === 'quiz-kosten' && results.answered === 0);
    expect(await command(teacher.client, 'participant:remove', { participantId: early.welcome?.participantId ?? '' })).toMatchObject({
      ok: true,
    });
    expect((await dropped).answeredBy).toEqual([]);
    // The report still has the answer: nothing a student sent is lost.
    expect(await harness.store.listAnswers(session.id, 'quiz-kosten')).toHaveLength(1);
  });

  it('a late retry of an earlier version never overwrites the newer answer (changes allowed)', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const student = await join(harness, { role: 'student', code: session.code, name: 'Fay' });
    await command(teacher.client, 'item:open', { id: 'open-klantwaarde', allowChanges: true });
    const version = (clientAnswerId: string, text: string) =>
      command(student.client, 'answer:submit', { itemId: 'open-klantwaarde', clientAnswerId, value: { kind: 'openQuestion', text } });
    const first = await version('version-one-1', 'eerste versie');
    expect(await version('version-two-2', 'tweede versie')).toMatchObject({ ok: true, data: { duplicate: false } });
    expect(await version('version-one-1', 'eerste versie')).toEqual({
      ok: true,
      data: { answerId: (first as { data: { answerId: string } }).data.answerId, duplicate: true },
    });
    expect((await harness.store.listAnswers(session.id, 'open-klantwaarde')).map((answer) => answer.value)).toEqual([
      { kind: 'openQuestion', text: 'tweede versie' },
    ]);
  });

  it('a join retried with the token the phone made (welcome lost on bad Wi-Fi) is the same student, not a taken name', async () => {
    harness = await startHarness();
    const { session } = await teacherWithSession(harness);
    const token = 'phone-made-token-0123456789abcdefghijklmnop';
    const first = await join(harness, { role: 'student', code: session.code, name: 'Fay', resumeToken: token });
    first.client.disconnect();
    const retry = await join(harness, { role: 'student', code: session.code, name: 'Fay', resumeToken: token });
    expect(retry.welcome).toEqual({ participantId: first.welcome?.participantId, name: 'Fay', resumeToken: token });
    expect(await harness.store.listParticipants(session.id)).toHaveLength(1);
  });

  it('two tries of one join at once (the same phone-made token) are one student, and the class beside them joins', async () => {
    harness = await startHarness();
    const { session } = await teacherWithSession(harness);
    const token = 'phone-made-token-twice-0123456789abcdefghij';
    const joins = await Promise.all([
      join(harness, { role: 'student', code: session.code, name: 'Fay', resumeToken: token }),
      join(harness, { role: 'student', code: session.code, name: 'Fay', resumeToken: token }),
      ...['Sam', 'Noor', 'Mo'].map((name) => join(harness as Harness, { role: 'student', code: session.code, name })),
    ]);
    expect(new Set(joins.slice(0, 2).map((joined) => joined.welcome?.participantId)).size).toBe(1);
    expect((await harness.store.listParticipants(session.id)).map((p) => p.name).sort()).toEqual(['Fay', 'Mo', 'Noor', 'Sam']);
  });

  it('a phone with the token of another lesson joins this one as a new student, with a new token', async () => {
    harness = await startHarness();
    const { session: first } = await teacherWithSession(harness);
    const { session: second } = await teacherWithSession(harness);
    const token = 'phone-made-token-other-lesson-0123456789ab';
    const earlier = await join(harness, { role: 'student', code: first.code, name: 'Fay', resumeToken: token });
    const now = await join(harness, { role: 'student', code: second.code, name: 'Fay', resumeToken: token });
    expect(now.welcome?.participantId).not.toBe(earlier.welcome?.participantId);
    expect(now.welcome?.resumeToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(now.welcome?.resumeToken).not.toBe(token);
    expect(await harness.store.findParticipantByResumeToken(hashToken(token))).toMatchObject({ sessionId: first.id });
    expect(await harness.store.listParticipants(second.id)).toHaveLength(1);
  });

  it('a rename reaches the teacher and the student; a rude or taken name is refused', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const student = await join(harness, { role: 'student', code: session.code, name: 'Xx' });
    await join(harness, { role: 'student', code: session.code, name: 'Hana' });
    const participantId = student.welcome?.participantId ?? '';
    const renamed = next(student.client, 'participant:renamed');
    expect(await command(teacher.client, 'participant:rename', { participantId, name: 'Hanneke' })).toEqual({
      ok: true,
      data: { name: 'Hanneke' },
    });
    expect(await renamed).toEqual({ name: 'Hanneke' });
    expect(await command(teacher.client, 'participant:rename', { participantId, name: 'hana' })).toMatchObject({
      ok: false,
      error: { code: 'name_taken' },
    });
    expect(await command(teacher.client, 'participant:rename', { participantId, name: 'Kut' })).toEqual({
      ok: false,
      error: { code: 'name_invalid', params: { max: 30 } },
    });
  });

  it('gives no socket to a page of another origin, not even with the teacher’s cookie', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const { port } = new URL(harness.url);
    const open = (origin: string) =>
      new Promise<string>((resolve) => {
        const client = connectClient(harness?.url ?? '', {
          path: '/live',
          auth: { protocolVersion: PROTOCOL_VERSION, role: 'teacher', sessionId: session.id },
          transports: ['websocket'],
          extraHeaders: { cookie, origin },
          reconnection: false,
          forceNew: true,
        });
        client.once('connect', () => (client.disconnect(), resolve('connected')));
        client.once('connect_error', () => (client.disconnect(), resolve('refused')));
      });
    expect(await open('http://127.0.0.1:1')).toBe('refused');
    expect(await open('http://evil.127.0.0.1.nip.io')).toBe('refused');
    expect(await open(`http://127.0.0.1:${port}`)).toBe('connected');
  });

  it('a teacher screen left open after logout loses control at its next command', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    expect(await command(teacher.client, 'slide:goto', { index: 2 })).toMatchObject({ ok: true });
    const token = cookie.split('=')[1] ?? '';
    await harness.store.deleteAuthSession(hashToken(token));
    const closed = new Promise((resolve) => teacher.client.once('disconnect', resolve));
    expect(await command(teacher.client, 'slide:goto', { index: 3 })).toMatchObject({ ok: false, error: { code: 'not_logged_in' } });
    await closed;
    expect((await harness.store.findLiveSessionById(session.id))?.state.slide).toBe(2);
  });

  it('a lesson is joinable for a school day: after 12 hours its code and tokens lead nowhere', async () => {
    let now = Date.now();
    harness = await startHarness({ clock: () => now });
    const { session } = await teacherWithSession(harness);
    const student = await join(harness, { role: 'student', code: session.code, name: 'Gijs' });
    student.client.disconnect();
    now += 13 * 60 * 60 * 1000;
    const refusal = (auth: Record<string, unknown>) =>
      connect(harness as Harness, auth).then(
        () => 'connected',
        (error: { data?: { code?: string } }) => error.data?.code,
      );
    expect(await refusal({ role: 'student', code: session.code, name: 'Later' })).toBe('unknown_code');
    expect(await refusal({ role: 'student', resumeToken: student.welcome?.resumeToken ?? '' })).toBe('session_ended');
  });

  it('lets a whole class join from one address; only wrong codes cost attempts', async () => {
    harness = await startHarness({ joinRate: { burst: 2, perSecond: 0.01 } });
    const { session } = await teacherWithSession(harness);
    for (let i = 0; i < 6; i += 1) await join(harness, { role: 'student', code: session.code, name: `Leerling ${i}` });
    expect(await harness.store.listParticipants(session.id)).toHaveLength(6);
  });

  it('limits join attempts per address', async () => {
    harness = await startHarness({ joinRate: { burst: 3, perSecond: 0.01 } });
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 5; i += 1) {
      codes.push(
        await connect(harness, { role: 'student', code: 'AAAAAA', name: `Gok ${i}` }).then(
          () => 'connected',
          (error: { data?: { code?: string } }) => error.data?.code,
        ),
      );
    }
    expect(codes).toEqual(['unknown_code', 'unknown_code', 'unknown_code', 'too_many_attempts', 'too_many_attempts']);
  });

  it('a student who reconnects with the resume token is the same student, with their answers; a removed one cannot', async () => {
    harness = await startHarness();
    const { cookie, session } = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
    const student = await join(harness, { role: 'student', code: session.code, name: 'Daan' });
    await command(teacher.client, 'item:open', { id: 'open-klantwaarde' });
    await command(student.client, 'answer:submit', {
      itemId: 'open-klantwaarde',
      clientAnswerId: 'open-answer-1',
      value: { kind: 'openQuestion', text: 'Als hij blijft.' },
    });
    student.client.disconnect();

    const token = student.welcome?.resumeToken ?? '';
    const again = await join(harness, { role: 'student', resumeToken: token });
    expect(again.state).toMatchObject({ slide: 31, openItem: { id: 'open-klantwaarde' } });
    expect(again.answers).toEqual([
      { itemId: 'open-klantwaarde', answerId: expect.any(String), value: { kind: 'openQuestion', text: 'Als hij blijft.' } },
    ]);
    expect(await harness.store.listParticipants(session.id)).toHaveLength(1);

    const participantId = student.welcome?.participantId ?? '';
    const removed = next(again.client, 'participant:removed');
    expect(await command(teacher.client, 'participant:remove', { participantId })).toEqual({ ok: true, data: null });
    expect(await removed).toEqual({ code: 'removed' });
    const refused = await connect(harness, { role: 'student', resumeToken: token }).then(
      () => 'connected',
      (error: { data?: { code?: string } }) => error.data?.code,
    );
    expect(refused).toBe('removed');
  });

  it('survives a server restart: teacher and students come back on the same slide with their answers', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'live-restart-'));
    try {
      harness = await startHarness({ dataDir });
      const { cookie, session } = await teacherWithSession(harness);
      const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
      const student = await join(harness, { role: 'student', code: session.code, name: 'Aya' });
      await command(teacher.client, 'item:open', { id: 'quiz-kosten' });
      await command(student.client, 'answer:submit', {
        itemId: 'quiz-kosten',
        clientAnswerId: 'quiz-answer-1',
        value: { kind: 'quiz', choices: ['B'] },
      });
      await harness.close();

      harness = await startHarness({ dataDir });
      const teacherAgain = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
      expect(teacherAgain.state).toMatchObject({ slide: 12, openItem: { id: 'quiz-kosten' }, revision: 1 });
      const studentAgain = join(harness, { role: 'student', resumeToken: student.welcome?.resumeToken ?? '' });
      const { client, state } = await studentAgain;
      expect(state).toMatchObject({ slide: 12 });
      // The answer made before the restart still counts, once.
      expect(
        await command(client, 'answer:submit', {
          itemId: 'quiz-kosten',
          clientAnswerId: 'quiz-answer-1',
          value: { kind: 'quiz', choices: ['B'] },
        }),
      ).toMatchObject({
        ok: true,
        data: { duplicate: true },
      });
      expect(await harness.store.listAnswers(session.id)).toHaveLength(1);
    } finally {
      await harness?.close();
      harness = null;
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
