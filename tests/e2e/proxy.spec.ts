import { spawnSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { ROOT, startBuiltServer, type BuiltServer } from './built-server.ts';

// The app behind a TLS-terminating proxy (TRUST_PROXY=1) and on its own: which cookies are Secure,
// which forms are taken, and which address counts. Plain HTTP requests, as the proxy sends them.

const PASSWORD = 'een lang wachtwoord';
const EMAIL = 'proxy@school.nl';

interface Reply {
  status: number;
  cookie: string;
}

/** A form POST with the headers a browser (and the proxy in front of it) would send. */
async function post(server: BuiltServer, path: string, form: Record<string, string>, headers: Record<string, string>): Promise<Reply> {
  const response = await fetch(`${server.url}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  await response.arrayBuffer();
  return { status: response.status, cookie: response.headers.get('set-cookie') ?? '' };
}

function addTeacher(server: BuiltServer): void {
  const run = spawnSync(
    process.execPath,
    ['server/cli/teacher-add.ts', '--email', EMAIL, '--name', 'Proxy Docent', '--password', PASSWORD],
    {
      cwd: ROOT,
      env: { ...process.env, DATA_DIR: server.dataDir },
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(run.stderr);
}

/** A wrong login for an account of its own: `gok-<n>@school.nl`. */
const guess = (n: number | string) => ({ email: `gok-${n}@school.nl`, password: 'fout' });

const host = (server: BuiltServer) => new URL(server.url).host;

/**
 * Wrong teacher logins, each claiming another address in `headers(attempt)`, until one is refused
 * as too many (10 at once, one more every 6 s) or 40 were sent. Were the claimed addresses believed,
 * each would start with a full allowance and none would be refused. Each attempt names an account of
 * its own, so the per-account limit (also 10) cannot be what refuses: only the per-address one.
 */
async function attemptsUntilRefused(server: BuiltServer, headers: (attempt: number) => Record<string, string>): Promise<number[]> {
  const statuses: number[] = [];
  while (statuses.at(-1) !== 429 && statuses.length < 40) {
    const attempt = statuses.length;
    statuses.push((await post(server, '/docent/inloggen', guess(attempt), headers(attempt))).status);
  }
  return statuses;
}

test.describe('behind a trusted proxy (TRUST_PROXY=1)', () => {
  test.describe.configure({ mode: 'serial' });
  let server: BuiltServer;
  test.beforeAll(async () => {
    server = await startBuiltServer({ TRUST_PROXY: '1' });
    addTeacher(server);
  });
  test.afterAll(() => server.close());

  const viaTls = () => ({ origin: `https://${host(server)}`, 'x-forwarded-proto': 'https', 'x-forwarded-for': '198.51.100.7' });

  test('a browser on https gets Secure cookies: the teacher’s login, the language and the student’s logout', async () => {
    const login = await post(server, '/docent/inloggen', { email: EMAIL, password: PASSWORD }, viaTls());
    expect(login.status).toBe(303);
    expect(login.cookie).toMatch(/^lp_teacher=[^;]+;.*HttpOnly/i);
    expect(login.cookie).toMatch(/; Secure/i);

    const language = await post(server, '/language', { lang: 'en', back: '/' }, viaTls());
    expect(language.status).toBe(303);
    expect(language.cookie).toMatch(/; Secure/i);

    const logout = await fetch(`${server.url}/api/werk/uitloggen`, { method: 'POST', headers: viaTls() });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/^lp_student=;.*; Secure/i);
  });

  test('a browser on plain http behind the proxy gets cookies without Secure (they would never come back)', async () => {
    const language = await post(
      server,
      '/language',
      { lang: 'en', back: '/' },
      { origin: `http://${host(server)}`, 'x-forwarded-proto': 'http' },
    );
    expect(language.status).toBe(303);
    expect(language.cookie).not.toMatch(/Secure/i);
  });

  test('a form from another site is refused, over https too', async () => {
    const foreign = await post(server, '/language', { lang: 'en', back: '/' }, { ...viaTls(), origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect(foreign.cookie).toBe('');
  });

  test('the address that counts is the one the proxy saw, whatever the client put before it', async () => {
    const statuses = await attemptsUntilRefused(server, (attempt) => ({
      ...viaTls(),
      'x-forwarded-for': `10.0.${attempt}.1, 198.51.100.99`,
    }));
    expect(statuses.at(-1)).toBe(429);
    // The same address is still held up for an account it has not tried yet ...
    expect((await post(server, '/docent/inloggen', guess('nog-een'), { ...viaTls(), 'x-forwarded-for': '198.51.100.99' })).status).toBe(429);
    // ... and another address the proxy saw is not.
    expect((await post(server, '/docent/inloggen', guess('ander-adres'), viaTls())).status).toBe(401);
  });
});

test.describe('without a proxy (TRUST_PROXY unset)', () => {
  test.describe.configure({ mode: 'serial' });
  let server: BuiltServer;
  test.beforeAll(async () => {
    server = await startBuiltServer();
    addTeacher(server);
  });
  test.afterAll(() => server.close());

  test('X-Forwarded-Proto from the client is not believed: no Secure over plain http', async () => {
    const login = await post(
      server,
      '/docent/inloggen',
      { email: EMAIL, password: PASSWORD },
      { origin: server.url, 'x-forwarded-proto': 'https' },
    );
    expect(login.status).toBe(303);
    expect(login.cookie).toMatch(/^lp_teacher=/);
    expect(login.cookie).not.toMatch(/Secure/i);
  });

  test('X-Forwarded-For from the client does not make it someone else', async () => {
    const statuses = await attemptsUntilRefused(server, (attempt) => ({ origin: server.url, 'x-forwarded-for': `198.51.${attempt}.1` }));
    expect(statuses.at(-1)).toBe(429);
  });
});
