import { afterEach, describe, expect, it } from 'vitest';
import { lookUpJoinCode } from '../../server/live/join-page.ts';
import { newJoinCode } from '../../src/shared/session/join-code.ts';
import { from, startAppNode, type AppNode } from './app-node.ts';
import { connect, join, teacherWithSession } from './live-harness.ts';

const SCHOOL = '198.51.100.20';
const OUTSIDER = '203.0.113.66';
const HOUR_MS = 60 * 60 * 1000;
const YEAR_MS = 365 * 24 * HOUR_MS;
const JOIN_CODES = 25 ** 6;

let node: AppNode | null = null;
afterEach(async () => {
  await node?.close();
  node = null;
});

/** The refusal code of a handshake, or 'connected'. */
const attempt = (app: AppNode, auth: Record<string, unknown>, address: string) =>
  connect(app, auth, undefined, from(address)).then(
    (client) => {
      client.disconnect();
      return 'connected';
    },
    (error: { data?: { code?: string } }) => error.data?.code ?? 'no code',
  );

/** A code that names none of the open sessions. */
function wrongCode(open: ReadonlySet<string>): string {
  for (;;) {
    const code = newJoinCode();
    if (!open.has(code)) return code;
  }
}

/**
 * Guesses from one address as fast as the limit lets it over one simulated hour: each refusal
 * moves the clock on by `stepMs`, each answered guess is tried again at once. Returns how many
 * guesses were answered (a code really tested), which is what finding a code takes.
 */
async function answeredGuessesPerHour(
  clock: { now: number },
  guess: () => Promise<'answered' | 'limited'>,
  stepMs = 10_000,
): Promise<number> {
  const end = clock.now + HOUR_MS;
  let answered = 0;
  while (clock.now < end) {
    if ((await guess()) === 'answered') answered += 1;
    else clock.now += stepMs;
  }
  return answered;
}

describe.each([
  { backend: 'in this process', redis: false },
  { backend: 'in Redis (shared by nodes)', redis: true },
])('guessing join codes, limits $backend', ({ redis }) => {
  it('a class of 30 behind one address all join while one of them guesses 10 codes a second', async () => {
    const clock = { now: Date.now() };
    node = await startAppNode({ clock: () => clock.now, redis });
    const { cookie, session } = await teacherWithSession(node);
    // The board is in the classroom, on the school's network.
    await join(node, { role: 'teacher', sessionId: session.id }, cookie, from(SCHOOL));
    const open = new Set([session.code]);
    const outcomes: string[] = [];
    let guesses = 0;
    for (let student = 0; student < 30; student += 1) {
      // Between two classmates the guesser gets six tries in (0.6 s at 10 a second).
      for (let i = 0; i < 6; i += 1, guesses += 1) {
        await attempt(node, { role: 'student', code: wrongCode(open), name: `Gokker ${guesses}` }, SCHOOL);
        clock.now += 100;
      }
      outcomes.push(await attempt(node, { role: 'student', code: session.code, name: `Leerling ${student}` }, SCHOOL));
    }
    expect(guesses).toBe(180);
    expect(outcomes).toEqual(Array.from({ length: 30 }, () => 'connected'));
    expect(await node.store.listParticipants(session.id)).toHaveLength(30);
    // The guesser is limited all the same: a wrong code now gets the refusal of a limited address.
    expect(await attempt(node, { role: 'student', code: wrongCode(open), name: 'Gokker' }, SCHOOL)).toBe('too_many_attempts');
  });

  it('a class of 30 that mistypes the code twice each all joins, even with the board elsewhere', async () => {
    const clock = { now: Date.now() };
    node = await startAppNode({ clock: () => clock.now, redis });
    const { session } = await teacherWithSession(node);
    const open = new Set([session.code]);
    const outcomes: string[] = [];
    for (let student = 0; student < 30; student += 1) {
      for (let typo = 0; typo < 2; typo += 1)
        await attempt(node, { role: 'student', code: wrongCode(open), name: `Typo ${student}` }, SCHOOL);
      outcomes.push(await attempt(node, { role: 'student', code: session.code, name: `Leerling ${student}` }, SCHOOL));
      // The class types within a quarter of a minute.
      clock.now += 500;
    }
    expect(outcomes).toEqual(Array.from({ length: 30 }, () => 'connected'));
  });

  it('an outsider needs more than a year to find one of 20 running lessons, over the socket and over GET /join alike', async () => {
    const clock = { now: Date.now() };
    node = await startAppNode({ clock: () => clock.now, redis });
    const app = node;
    const sessions = await Promise.all(Array.from({ length: 20 }, () => teacherWithSession(app)));
    const open = new Set(sessions.map(({ session }) => session.code));
    for (const { cookie, session } of sessions) await join(app, { role: 'teacher', sessionId: session.id }, cookie, from(SCHOOL));

    const overSocket = await answeredGuessesPerHour(clock, async () => {
      const code = await attempt(app, { role: 'student', code: wrongCode(open), name: 'Buiten' }, OUTSIDER);
      expect(['unknown_code', 'too_many_attempts']).toContain(code);
      return code === 'unknown_code' ? 'answered' : 'limited';
    });
    const pageAddress = '203.0.113.67';
    const overPage = await answeredGuessesPerHour(clock, async () => {
      const found = await lookUpJoinCode(app.services, wrongCode(open), pageAddress);
      expect(found.ok).toBe(false);
      return !found.ok && found.code === 'unknown_code' ? 'answered' : 'limited';
    });
    for (const perHour of [overSocket, overPage]) {
      const expectedMs = (JOIN_CODES / (20 * perHour)) * HOUR_MS;
      expect(expectedMs).toBeGreaterThan(YEAR_MS);
    }
    // Limited, a right code of a lesson it does not know reads exactly as a wrong one, on both ways in.
    const right = sessions[0]?.session.code ?? '';
    while ((await attempt(app, { role: 'student', code: wrongCode(open), name: 'Buiten' }, OUTSIDER)) === 'unknown_code');
    while (await app.services.limits.liveJoin.allows(pageAddress)) await lookUpJoinCode(app.services, wrongCode(open), pageAddress);
    expect(await attempt(app, { role: 'student', code: right, name: 'Buiten' }, OUTSIDER)).toBe('too_many_attempts');
    expect(await attempt(app, { role: 'student', code: wrongCode(open), name: 'Buiten' }, OUTSIDER)).toBe('too_many_attempts');
    expect(await lookUpJoinCode(app.services, right, pageAddress)).toEqual({ ok: false, code: 'too_many_attempts' });
    expect(await lookUpJoinCode(app.services, wrongCode(open), pageAddress)).toEqual({ ok: false, code: 'too_many_attempts' });
    // The page and the socket count together: one address has one budget.
    expect(await lookUpJoinCode(app.services, right, OUTSIDER)).toEqual({ ok: false, code: 'too_many_attempts' });
  }, 60_000);

  it('GET /join counts wrong codes, and a limited address still opens the lessons it knows', async () => {
    const clock = { now: Date.now() };
    node = await startAppNode({ clock: () => clock.now, redis });
    const app = node;
    const known = await teacherWithSession(app);
    const other = await teacherWithSession(app);
    const open = new Set([known.session.code, other.session.code]);
    // A student of this address opened the right page while the address still had attempts.
    expect(await lookUpJoinCode(app.services, known.session.code.toLowerCase(), SCHOOL)).toMatchObject({
      ok: true,
      live: { id: known.session.id },
    });
    const answers = [];
    for (let i = 0; i < 41; i += 1) answers.push(await lookUpJoinCode(app.services, wrongCode(open), SCHOOL));
    expect(answers.slice(0, 40).every((answer) => !answer.ok && answer.code === 'unknown_code')).toBe(true);
    expect(answers[40]).toEqual({ ok: false, code: 'too_many_attempts' });
    expect(await lookUpJoinCode(app.services, other.session.code, SCHOOL)).toEqual({ ok: false, code: 'too_many_attempts' });
    expect(await lookUpJoinCode(app.services, known.session.code, SCHOOL)).toMatchObject({ ok: true });
    // Its classmates join over the socket too: the page and the socket share what the address knows.
    expect(await attempt(app, { role: 'student', code: known.session.code, name: 'Klasgenoot' }, SCHOOL)).toBe('connected');
    expect(await attempt(app, { role: 'student', code: other.session.code, name: 'Vreemde' }, SCHOOL)).toBe('too_many_attempts');
    // Another address is not limited by this one.
    expect(await lookUpJoinCode(app.services, other.session.code, '198.51.100.21')).toMatchObject({ ok: true });
  });
});
