import type { ReadableAtom } from 'nanostores';
import { afterEach, describe, expect, it } from 'vitest';
import { command, join, LES2, startHarness, teacherWithSession, type Harness } from '../../tests/integration/live-harness.ts';
import { $serverClock, clockOffsetMs } from './clock.ts';
import { connectLive, sendCommand, submitAnswer, type ConnectLiveOptions, type LiveConnection } from './connection.ts';
import { resumeAuth, saveIdentity, type LiveAuth, type StudentIdentity } from './identity.ts';
import { outboxKey } from './outbox.ts';
import { parseOutbox } from './outbox-state.ts';
import { memoryStorage } from './storage.ts';
import { $connection, $lesson, $me, $myAnswers, $reveals, $session } from './stores.ts';

let harness: Harness | null = null;
let live: LiveConnection | null = null;
afterEach(async () => {
  live?.disconnect();
  live = null;
  await harness?.close();
  harness = null;
});

/** Resolves with the first value of `store` that matches. */
function until<T>(store: ReadableAtom<T>, match: (value: T) => boolean): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    const unbind = store.subscribe((value) => {
      if (done || !match(value)) return;
      done = true;
      resolve(value);
      queueMicrotask(() => unbind());
    });
  });
}

/** A session with its teacher connected (a plain socket.io client) and `connectLive` options for its students. */
async function lesson() {
  harness = await startHarness();
  const { cookie, session } = await teacherWithSession(harness);
  const teacher = await join(harness, { role: 'teacher', sessionId: session.id }, cookie);
  const storage = memoryStorage();
  const options = (auth: LiveAuth, extra: Partial<ConnectLiveOptions> = {}): ConnectLiveOptions => ({
    auth,
    url: (harness as Harness).url,
    storage,
    socketOptions: { transports: ['websocket'], reconnectionDelay: 20, reconnectionDelayMax: 50 },
    ...extra,
  });
  const open = (id: string) => command(teacher.client, 'item:open', { id, allowChanges: false });
  return { harness, session, teacher, storage, options, open };
}

describe('connectLive against the real live server', () => {
  it('joins, answers online, keeps an offline answer in the outbox and delivers it exactly once after reconnecting', async () => {
    const { harness, session, teacher, storage, options, open } = await lesson();
    const welcomed = new Promise<StudentIdentity>(
      (onWelcome) => (live = connectLive(options({ role: 'student', code: session.code, name: 'Sanne' }, { onWelcome }))),
    );
    const welcome = await welcomed;
    expect(resumeAuth(session.code, storage)).toEqual({ role: 'student', code: session.code, resumeToken: welcome.resumeToken });
    await until($connection, (status) => status === 'online');
    expect(Math.abs(clockOffsetMs($serverClock.get()))).toBeLessThan(1_000);

    await open('quiz-kosten');
    await until($session, (state) => state?.openItem?.id === 'quiz-kosten');
    submitAnswer('quiz-kosten', { kind: 'quiz', choices: ['B'] });
    expect(await until($myAnswers, (answers) => answers['quiz-kosten']?.status === 'sent')).toMatchObject({
      'quiz-kosten': { value: { choices: ['B'] } },
    });
    expect($lesson.get()).toBe(LES2);
    expect($reveals.get()).toEqual({});
    await command(teacher.client, 'answer:reveal', { id: 'quiz-kosten', revealed: true });
    expect((await until($reveals, (reveals) => 'quiz-kosten' in reveals))['quiz-kosten']?.correct).toEqual(expect.any(Array));

    const socket = (live as unknown as LiveConnection).socket;
    const submitted: string[] = [];
    socket.onAnyOutgoing((event: string, payload: { clientAnswerId?: string }) => {
      if (event === 'answer:submit' && payload.clientAnswerId) submitted.push(payload.clientAnswerId);
    });
    await open('open-klantwaarde');
    await until($session, (state) => state?.openItem?.id === 'open-klantwaarde');
    (live as unknown as LiveConnection).disconnect();
    await until($connection, (status) => status === 'offline');

    const entry = submitAnswer('open-klantwaarde', { kind: 'openQuestion', text: 'Als hij terugkomt.' });
    expect($myAnswers.get()['open-klantwaarde']?.status).toBe('pending');
    const stored = parseOutbox(storage.getItem(outboxKey(session.code, welcome.participantId)));
    expect(stored.pending.map((pending) => pending.clientAnswerId)).toEqual([entry?.clientAnswerId]);
    expect(await harness.store.listAnswers(session.id, 'open-klantwaarde')).toHaveLength(0);
    expect(
      await sendCommand('answer:submit', {
        itemId: 'open-klantwaarde',
        clientAnswerId: 'offline-try-1',
        value: { kind: 'openQuestion', text: 'x' },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'offline' },
    });

    (live as unknown as LiveConnection).reconnect();
    await until($myAnswers, (answers) => answers['open-klantwaarde']?.status === 'sent');
    expect(submitted).toEqual([entry?.clientAnswerId]);
    expect(await harness.store.listAnswers(session.id, 'open-klantwaarde')).toHaveLength(1);
    expect(await harness.store.listAnswers(session.id)).toHaveLength(2);
    expect(await harness.store.listParticipants(session.id)).toHaveLength(1);
    expect(parseOutbox(storage.getItem(outboxKey(session.code, welcome.participantId))).pending).toEqual([]);
  });

  it('reconnects by itself after the connection drops, as the same student, and sends what was answered meanwhile', async () => {
    const { harness, session, options, open } = await lesson();
    live = connectLive(options({ role: 'student', code: session.code, name: 'Daan' }));
    await until($connection, (status) => status === 'online');
    await open('quiz-kosten');
    await until($session, (state) => state?.openItem?.id === 'quiz-kosten');

    live.socket.io.engine.close();
    expect($connection.get()).toBe('offline');
    submitAnswer('quiz-kosten', { kind: 'quiz', choices: ['A'] });
    expect($myAnswers.get()['quiz-kosten']?.status).toBe('pending');
    await until($myAnswers, (answers) => answers['quiz-kosten']?.status === 'sent');
    expect($connection.get()).toBe('online');
    expect(await harness.store.listAnswers(session.id)).toHaveLength(1);
    expect(await harness.store.listParticipants(session.id)).toHaveLength(1);
  });

  it('after a reload, resumes with the stored token and resends an answer whose ack was lost, counted once', async () => {
    const { harness, session, storage, options, open } = await lesson();
    const first = await join(harness, { role: 'student', code: session.code, name: 'Aya' });
    const welcome = first.welcome as StudentIdentity;
    await open('quiz-kosten');
    const answer = { itemId: 'quiz-kosten', clientAnswerId: 'lost-ack-0001', value: { kind: 'quiz', choices: ['B'] } } as const;
    expect(await command(first.client, 'answer:submit', answer)).toMatchObject({ ok: true, data: { duplicate: false } });
    first.client.disconnect();
    // What the device held when the ack never came: the identity and the answer still in the outbox.
    saveIdentity(session.code, welcome, storage);
    storage.setItem(
      outboxKey(session.code, welcome.participantId),
      JSON.stringify({ pending: [{ ...answer, createdAt: 1 }], refused: [] }),
    );

    const auth = resumeAuth(session.code, storage);
    expect(auth).not.toBeNull();
    live = connectLive(options(auth as LiveAuth));
    expect($myAnswers.get()['quiz-kosten']?.status).toBe('pending');
    await until($myAnswers, (answers) => answers['quiz-kosten']?.status === 'sent');
    expect(await harness.store.listAnswers(session.id)).toHaveLength(1);
    expect(await harness.store.listParticipants(session.id)).toHaveLength(1);
  });

  it('shows a refused answer with its reason and does not send it again', async () => {
    const { session, options } = await lesson();
    live = connectLive(options({ role: 'student', code: session.code, name: 'Mo' }));
    // The welcome (and with it the outbox) comes before the first state.
    await until($session, (state) => state !== null);
    expect($me.get()).toMatchObject({ name: 'Mo' });
    let sends = 0;
    live.socket.onAnyOutgoing((event: string) => (sends += event === 'answer:submit' ? 1 : 0));
    submitAnswer('quiz-kosten', { kind: 'quiz', choices: ['A'] });
    const refused = await until($myAnswers, (answers) => answers['quiz-kosten']?.status === 'refused');
    expect(refused['quiz-kosten']).toEqual({ status: 'refused', value: { kind: 'quiz', choices: ['A'] }, code: 'item_not_open' });
    await live.flush();
    await live.flush();
    expect(sends).toBe(1);
  });

  it('forgets a token the server no longer knows and shows why', async () => {
    const { session, storage, options } = await lesson();
    saveIdentity(session.code, { participantId: 'p-weg', name: 'Oud', resumeToken: 'x'.repeat(43) }, storage);
    live = connectLive(options(resumeAuth(session.code, storage) as LiveAuth));
    expect(await until($connection, (status) => typeof status === 'object')).toEqual({ code: 'resume_unknown' });
    expect(resumeAuth(session.code, storage)).toBeNull();
  });

  it('a removed device stays out under any name until the teacher lets it back in, then is the same student', async () => {
    const { session, teacher, storage, options, open } = await lesson();
    const welcomed = new Promise<StudentIdentity>(
      (onWelcome) => (live = connectLive(options({ role: 'student', code: session.code, name: 'Kai' }, { onWelcome }))),
    );
    const { participantId, resumeToken } = await welcomed;
    await open('quiz-kosten');
    submitAnswer('quiz-kosten', { kind: 'quiz', choices: ['B'] });
    await until($myAnswers, (answers) => answers['quiz-kosten']?.status === 'sent');
    expect(await command(teacher.client, 'participant:remove', { participantId })).toMatchObject({ ok: true });
    expect(await until($connection, (status) => typeof status === 'object')).toEqual({ code: 'removed' });
    expect(resumeAuth(session.code, storage)).toEqual({ role: 'student', code: session.code, resumeToken });

    live = connectLive(options({ role: 'student', code: session.code, name: 'Kai Twee' }));
    expect(await until($connection, (status) => typeof status === 'object')).toEqual({ code: 'removed' });
    expect(await harness?.store.listParticipants(session.id)).toEqual([]);

    expect(await command(teacher.client, 'participant:readmit', { participantId })).toEqual({ ok: true, data: null });
    live = connectLive(options(resumeAuth(session.code, storage) as LiveAuth));
    await until($connection, (status) => status === 'online');
    expect($me.get()).toEqual({ participantId, name: 'Kai' });
    expect((await until($myAnswers, (answers) => answers['quiz-kosten'] !== undefined))['quiz-kosten']).toEqual({
      status: 'sent',
      value: { kind: 'quiz', choices: ['B'] },
    });
  });

  it('reports a wrong code by its code and does not keep retrying', async () => {
    const { options } = await lesson();
    live = connectLive(options({ role: 'student', code: 'AAAAAA', name: 'Jan' }));
    expect(await until($connection, (status) => typeof status === 'object')).toEqual({ code: 'unknown_code' });
    expect(live.socket.active).toBe(false);
  });
});
