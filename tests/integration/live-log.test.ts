/**
 * The structured log of a live lesson: one JSON line per refusal, and never a secret or a student's
 * name in any line, whatever the clients send.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { AUTH_COOKIE } from '../../server/auth/cookies.ts';
import { createLogger } from '../../server/log.ts';
import { localAttemptLimiter } from '../../server/live/rate-limit.ts';
import type { MoodboardDeps } from '../../server/moodboard/deps.ts';
import { handleStudentLogin } from '../../server/moodboard/student-login.ts';
import { studentWorkCode } from '../../server/moodboard/work-code.ts';
import { command, connect, join, startHarness, teacherWithSession, type Harness } from './live-harness.ts';

const refused = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: Error & { data?: { code: string } }) => error.data?.code,
  );

describe('the live log', () => {
  let harness: Harness | null = null;
  afterEach(async () => {
    await harness?.close();
    harness = null;
  });

  it('logs joins, logins and refusals as JSON lines with codes, and no password, token, code, cookie or name', async () => {
    const lines: string[] = [];
    const log = createLogger({ level: 'debug', write: (line) => lines.push(line) });
    harness = await startHarness({ log, joinRate: { burst: 100, perSecond: 100 }, commandRate: { burst: 100, perSecond: 100 } });
    const mine = await teacherWithSession(harness);
    const other = await teacherWithSession(harness);
    const teacher = await join(harness, { role: 'teacher', sessionId: mine.session.id }, mine.cookie);

    // Refused handshakes: no login, someone else's session, a wrong code, a taken name, an unknown token.
    expect(await refused(connect(harness, { role: 'teacher', sessionId: mine.session.id }))).toBe('not_logged_in');
    expect(await refused(connect(harness, { role: 'teacher', sessionId: mine.session.id }, other.cookie))).toBe('not_your_session');
    const wrongCode = mine.session.code === 'ZZZZZZ' ? 'YYYYYY' : 'ZZZZZZ';
    expect(await refused(connect(harness, { role: 'student', code: wrongCode, name: 'Gokker Gerrit' }))).toBe('unknown_code');
    const student = await join(harness, { role: 'student', code: mine.session.code, name: 'Geheime Gijs' });
    expect(await refused(connect(harness, { role: 'student', code: mine.session.code, name: 'Geheime Gijs' }))).toBe('name_taken');
    const madeUpToken = 'Verzonnen-Token-'.repeat(3);
    expect(await refused(connect(harness, { role: 'student', resumeToken: madeUpToken }))).toBe('resume_unknown');
    const resumeToken = student.welcome?.resumeToken ?? '';
    const participantId = student.welcome?.participantId ?? '';
    const back = await join(harness, { role: 'student', resumeToken });

    // Refused commands, and a rename and a removal by the teacher.
    expect(await command(back.client, 'slide:goto', { index: 2 })).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(await command(teacher.client, 'participant:rename', { participantId, name: 'Nieuwe Naam Noa' })).toMatchObject({ ok: true });
    expect(await command(teacher.client, 'participant:rename', { participantId, name: 'x'.repeat(40) })).toMatchObject({ ok: false });
    expect(await command(teacher.client, 'participant:remove', { participantId })).toMatchObject({ ok: true });
    expect(await refused(connect(harness, { role: 'student', resumeToken }))).toBe('removed');

    // Logins for the moodboard with a work code and a resume token, right and wrong.
    const deps: MoodboardDeps = {
      store: harness.store,
      clock: Date.now,
      dataDir: '',
      loginLimiter: localAttemptLimiter(100, 100, Date.now),
      log,
      findAssignment: async () => null,
      lessonItems: async () => [],
    };
    const other2 = await join(harness, { role: 'student', code: mine.session.code, name: 'Werkende Wendy' });
    const workCode = await harness.store.workCodeFor(other2.welcome?.participantId ?? '', () => studentWorkCode());
    const login = (body: unknown) =>
      handleStudentLogin(
        new Request('http://school.test/api/werk/inloggen', {
          method: 'POST',
          headers: { origin: 'http://school.test', 'content-type': 'application/json' },
          body: JSON.stringify(body),
        }),
        deps,
        '10.0.0.9',
        false,
      );
    const loggedIn = await login({ code: workCode });
    expect(loggedIn.status).toBe(200);
    const studentCookie = /^[^;]+/.exec(loggedIn.headers.get('set-cookie') ?? '')?.[0] ?? '';
    expect((await login({ code: 'QQQQ-WWWW' })).status).toBe(401);
    expect((await login({ resumeToken })).status).toBe(403);

    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const joinRefusals = parsed.filter((line) => line.event === 'join_refused').map((line) => line.code);
    expect(joinRefusals).toEqual(['not_logged_in', 'not_your_session', 'unknown_code', 'name_taken', 'resume_unknown', 'removed']);
    expect(parsed).toContainEqual(
      expect.objectContaining({ level: 'info', event: 'command_refused', command: 'slide:goto', code: 'forbidden', role: 'student' }),
    );
    expect(parsed).toContainEqual(
      expect.objectContaining({ event: 'command_refused', command: 'participant:rename', code: 'name_invalid' }),
    );
    expect(parsed.filter((line) => line.event === 'student_login_refused').map((line) => line.code)).toEqual(['unknown_code', 'removed']);
    expect(parsed).toContainEqual(expect.objectContaining({ event: 'student_logged_in', participantId: other2.welcome?.participantId }));
    for (const line of parsed) expect(Object.keys(line).slice(0, 3)).toEqual(['time', 'level', 'event']);
    expect(parsed.filter((line) => 'error' in line)).toEqual([]);

    const secrets = {
      teacherCookie: mine.cookie,
      teacherToken: mine.cookie.slice(AUTH_COOKIE.length + 1),
      otherTeacherToken: other.cookie.slice(AUTH_COOKIE.length + 1),
      joinCode: mine.session.code,
      otherJoinCode: other.session.code,
      wrongCode,
      resumeToken,
      madeUpToken,
      otherResumeToken: other2.welcome?.resumeToken ?? '',
      workCode,
      workCodeBare: workCode.replace('-', ''),
      studentCookie,
      studentToken: studentCookie.split('=')[1] ?? '',
      names: 'Geheime Gijs',
      firstName: 'Gijs',
      renamed: 'Nieuwe Naam Noa',
      guesser: 'Gerrit',
      worker: 'Wendy',
    };
    const all = lines.join('\n');
    for (const [what, secret] of Object.entries(secrets)) {
      expect(secret.length, what).toBeGreaterThan(3);
      expect(all.includes(secret), `${what} appears in the log`).toBe(false);
    }
  });
});
