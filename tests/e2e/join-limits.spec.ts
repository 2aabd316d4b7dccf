import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { expect, test, type Page } from '@playwright/test';
import { newJoinCode } from '../../src/shared/session/join-code.ts';
import { startBuiltServer, type BuiltServer } from './built-server.ts';

let server: BuiltServer;
const PASSWORD = 'een lang wachtwoord';
/** Each test (and repeat) logs in to an account of its own, so the per-account limits it fills are its own. */
let nextTeacher = 0;

/** GET without following redirects, from `address` (the server trusts X-Forwarded-For here). */
function get(path: string, address: string): Promise<{ status: number; location: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = http.request(server.url + path, { headers: { 'x-forwarded-for': address } }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, location: res.headers.location }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** An address no other test (or repeat) uses: the limits it fills are its own. */
const freshAddress = (): string => `2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1`;

const wrongCode = (): string => {
  for (;;) {
    const code = newJoinCode();
    if (code !== server.joinCode) return code;
  }
};

// Its own server behind a "proxy", so the addresses it limits are made up and no other test shares them.
test.describe.configure({ mode: 'default' });
test.beforeAll(async () => {
  server = await startBuiltServer({ TRUST_PROXY: '1' }, { count: 20, password: PASSWORD });
});
test.afterAll(() => server?.close());

test('GET /join/<code> counts wrong codes, then answers right and wrong codes alike, except for a lesson the address knows', async () => {
  const school = freshAddress();
  const outsider = freshAddress();
  // A student at school opened the lesson while the address had attempts left.
  expect((await get(`/join/${server.joinCode}`, school)).status).toBe(200);
  for (const address of [school, outsider]) {
    for (let i = 0; i < 40; i += 1) {
      const code = wrongCode();
      expect(await get(`/join/${code}`, address)).toEqual({ status: 303, location: `/join?unknown&code=${code}` });
    }
  }
  const wrong = wrongCode();
  expect(await get(`/join/${wrong}`, outsider)).toEqual({ status: 303, location: `/join?limited&code=${wrong}` });
  expect(await get(`/join/${server.joinCode}`, outsider)).toEqual({ status: 303, location: `/join?limited&code=${server.joinCode}` });
  expect((await get(`/join/${server.joinCode}`, school)).status).toBe(200);
});

test('a phone on a limited address is told to wait, on the join form, at every screen size', async ({ browser }) => {
  const address = freshAddress();
  const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': address } });
  const page = await context.newPage();
  for (let i = 0; i < 40; i += 1) expect((await get(`/join/${wrongCode()}`, address)).status).toBe(303);
  const response = await page.goto(`${server.url}/join/${server.joinCode}`);
  expect(response?.status()).toBe(429);
  await expect(page).toHaveURL(/\/join\?limited&code=/);
  const field = page.getByLabel('Code', { exact: false });
  await expect(field).toHaveValue(server.joinCode);
  await expect(page.getByText('Te veel pogingen; wacht een minuut en probeer het opnieuw.')).toBeVisible();
  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: test.info().outputPath(`join-limited-${width}x${height}.png`) });
  }
  await context.close();
});

test("a teacher's browser that logged in before still gets in after someone's ten wrong tries from the same school network", async ({
  browser,
}) => {
  // Twelve logins, each a password hash on a machine that may be busy.
  test.setTimeout(150_000);
  const school = freshAddress();
  const email = `docent-${nextTeacher++}@school.nl`;
  const open = async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'x-forwarded-for': school } });
    return { context, page: await context.newPage() };
  };
  const logIn = async (page: Page, password: string) => {
    await page.goto(`${server.url}/docent/inloggen`);
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByLabel('Wachtwoord').fill(password);
    await page.getByRole('button', { name: 'Inloggen' }).click();
  };
  const teacher = await open();
  await logIn(teacher.page, PASSWORD);
  await expect(teacher.page).toHaveURL(`${server.url}/docent`);
  const device = (await teacher.context.cookies()).find((cookie) => cookie.name === 'lp_device');
  expect(device).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  expect((device?.expires ?? 0) * 1000 - Date.now()).toBeGreaterThan(300 * 24 * 3600 * 1000);

  const other = await open();
  for (let i = 0; i < 10; i += 1) {
    await logIn(other.page, `fout wachtwoord ${i}`);
    await expect(other.page.getByRole('alert')).toHaveText('E-mailadres of wachtwoord klopt niet.');
  }
  // Attempts are still limited for a browser that never logged in here, right password or not.
  await logIn(other.page, PASSWORD);
  await expect(other.page.getByRole('alert')).toHaveText('Te veel pogingen. Wacht een minuut en probeer het opnieuw.');

  // The teacher's own browser, logged out since, gets in with the right password.
  await teacher.context.clearCookies({ name: 'lp_teacher' });
  await logIn(teacher.page, PASSWORD);
  await expect(teacher.page).toHaveURL(`${server.url}/docent`);
  await Promise.all([teacher.context.close(), other.context.close()]);
});
