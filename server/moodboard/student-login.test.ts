import { describe, expect, it } from 'vitest';
import { hashToken } from '../auth/tokens.ts';
import { handleGetBoard } from './boards.ts';
import { handleStudentLogin, handleStudentLogout } from './student-login.ts';
import { body, cookies, request, useMoodboardFixture } from './test-fixture.ts';

const ADDRESS = '10.0.0.7';

/** The lp_student token a response sets, or null. */
function setToken(response: Response): string | null {
  return /^lp_student=([^;]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? null;
}

describe('POST /api/werk/inloggen', () => {
  const fixture = useMoodboardFixture();

  it('logs in with a work code as typed, setting an HttpOnly SameSite=Lax cookie stored only as a hash', async () => {
    const { store, deps, samBoard } = fixture();
    await store.workCodeFor('p1', () => 'KQ7M-3PXT');
    const response = await handleStudentLogin(
      request('POST', '/api/werk/inloggen', { json: { code: ' kq7m 3pxt ' } }),
      deps,
      ADDRESS,
      false,
    );
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ name: 'Sam' });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=2592000/);
    expect(cookie).not.toMatch(/Secure/);
    const token = setToken(response);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await store.findStudentLogin(token ?? '', deps.clock())).toBeNull();
    expect(await store.findStudentLogin(hashToken(token ?? ''), deps.clock())).toMatchObject({
      participantId: 'p1',
      expiresAt: deps.clock() + 30 * 24 * 3600 * 1000,
    });

    const page = await handleGetBoard(
      request('GET', `/api/werk/borden/${samBoard.id}`, { cookie: `lp_student=${token}` }),
      deps,
      samBoard.id,
    );
    expect(page.status).toBe(200);
  });

  it('logs in with the resume token of the live lesson, and marks the cookie Secure when the browser came over https', async () => {
    const { store, deps } = fixture();
    const resumeToken = 'r'.repeat(43);
    await store.addParticipant({ id: 'p9', sessionId: 's1', name: 'Jip', nameKey: 'jip', resumeTokenHash: hashToken(resumeToken) });
    const https = new Request('https://school.test/api/werk/inloggen', {
      method: 'POST',
      headers: { origin: 'https://school.test', 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ resumeToken }),
    });
    const response = await handleStudentLogin(https, deps, ADDRESS, true);
    expect(response.status).toBe(200);
    expect(await body(response)).toEqual({ name: 'Jip' });
    expect(response.headers.get('set-cookie')).toMatch(/; Secure/);
  });

  it('refuses unknown codes with 401 and a Dutch message, and students the teacher removed', async () => {
    const { store, deps } = fixture();
    const unknown = await handleStudentLogin(request('POST', '/api/werk/inloggen', { json: { code: 'KQ7M-3PXT' } }), deps, ADDRESS, false);
    expect(unknown.status).toBe(401);
    expect(await body(unknown)).toEqual({ error: { code: 'unknown_code', message: expect.stringMatching(/^Deze code kennen we niet/) } });
    expect(setToken(unknown)).toBeNull();

    await store.workCodeFor('p2', () => 'AAAA-CCCC');
    await store.removeParticipant('s1', 'p2', 2_000);
    const removed = await handleStudentLogin(request('POST', '/api/werk/inloggen', { json: { code: 'AAAA-CCCC' } }), deps, ADDRESS, false);
    expect(removed.status).toBe(403);
    expect((await body<{ error: { code: string } }>(removed)).error.code).toBe('removed');
    expect(setToken(removed)).toBeNull();
  });

  it('slows down guessing per address, while other addresses and the clock give new tries', async () => {
    const { store, deps, clock } = fixture();
    await store.workCodeFor('p1', () => 'KQ7M-3PXT');
    const attempt = (code: string, address = ADDRESS) =>
      handleStudentLogin(request('POST', '/api/werk/inloggen', { json: { code } }), deps, address, false);
    for (let i = 0; i < 10; i++) expect((await attempt('WRONG-CODE')).status).toBe(401);
    const blocked = await attempt('KQ7M-3PXT');
    expect(blocked.status).toBe(429);
    expect((await body<{ error: { message: string } }>(blocked)).error.message).toMatch(/Te veel pogingen/);
    expect((await attempt('KQ7M-3PXT', '10.0.0.8')).status).toBe(200);
    clock.now += 6_000;
    expect((await attempt('KQ7M-3PXT')).status).toBe(200);
  });

  it("a browser that logged in with its code before gets in while someone else's wrong codes used up the address; others wait", async () => {
    const { store, deps } = fixture();
    await store.workCodeFor('p1', () => 'KQ7M-3PXT');
    await store.workCodeFor('p2', () => 'AAAA-CCCC');
    const attempt = (code: string, device?: string | null) =>
      handleStudentLogin(
        request('POST', '/api/werk/inloggen', { json: { code }, ...(device ? { cookie: `lp_device=${device}` } : {}) }),
        deps,
        ADDRESS,
        false,
      );
    const first = await attempt('KQ7M-3PXT');
    const device = /(?:^|, )lp_device=([^;]+); Path=\/; HttpOnly; SameSite=Lax; Max-Age=31536000/.exec(first.headers.get('set-cookie') ?? '')?.[1];
    expect(device).toMatch(/^[A-Za-z0-9_-]{43}$/);
    for (let i = 0; i < 10; i++) expect((await attempt('WRONG-CODE')).status).toBe(401);
    expect((await attempt('KQ7M-3PXT')).status).toBe(429);
    const again = await attempt('KQ7M-3PXT', device);
    expect(again.status).toBe(200);
    expect(again.headers.get('set-cookie')).toContain(`lp_device=${device};`);
    // Known for Sam's code only: Noor's code, and wrong ones, get the limited answer from this browser too.
    expect((await attempt('AAAA-CCCC', device)).status).toBe(429);
    expect((await attempt('WRONG-CODE', device)).status).toBe(429);
  });

  it('accepts only JSON from our own site', async () => {
    const { deps } = fixture();
    const crossSite = request('POST', '/api/werk/inloggen', { json: { code: 'KQ7M-3PXT' }, headers: { origin: 'https://evil.example' } });
    expect((await handleStudentLogin(crossSite, deps, ADDRESS, false)).status).toBe(403);
    const noOrigin = request('POST', '/api/werk/inloggen', { json: { code: 'KQ7M-3PXT' }, headers: { origin: null } });
    expect((await handleStudentLogin(noOrigin, deps, ADDRESS, false)).status).toBe(403);
    const form = request('POST', '/api/werk/inloggen', {
      body: 'code=KQ7M-3PXT',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect((await handleStudentLogin(form, deps, ADDRESS, false)).status).toBe(415);
    const broken = request('POST', '/api/werk/inloggen', { body: '{"code":', headers: { 'content-type': 'application/json' } });
    const brokenResponse = await handleStudentLogin(broken, deps, ADDRESS, false);
    expect(brokenResponse.status).toBe(400);
    expect((await body<{ error: { code: string } }>(brokenResponse)).error.code).toBe('bad_json');
    const wrongShape = await handleStudentLogin(
      request('POST', '/api/werk/inloggen', { json: { code: 'x', extra: 1 } }),
      deps,
      ADDRESS,
      false,
    );
    expect(wrongShape.status).toBe(400);
  });
});

describe('POST /api/werk/uitloggen', () => {
  const fixture = useMoodboardFixture();

  it('forgets the login on the server and clears the cookie', async () => {
    const { deps, samBoard, store } = fixture();
    const response = await handleStudentLogout(request('POST', '/api/werk/uitloggen', { cookie: cookies.sam }), deps, false);
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^lp_student=; .*Max-Age=0/);
    expect(await store.findStudentLogin(hashToken('token-sam'), deps.clock())).toBeNull();
    const after = await handleGetBoard(request('GET', `/api/werk/borden/${samBoard.id}`, { cookie: cookies.sam }), deps, samBoard.id);
    expect(after.status).toBe(401);
  });

  it('refuses a logout from another site', async () => {
    const { deps, store } = fixture();
    const response = await handleStudentLogout(
      request('POST', '/api/werk/uitloggen', { cookie: cookies.sam, headers: { origin: 'https://evil.example' } }),
      deps,
      false,
    );
    expect(response.status).toBe(403);
    expect(await store.findStudentLogin(hashToken('token-sam'), deps.clock())).not.toBeNull();
  });
});
