import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { newJoinCode } from '../../src/shared/session/join-code.ts';
import { startBuiltServer, type BuiltServer } from './built-server.ts';

let server: BuiltServer;

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
  server = await startBuiltServer({ TRUST_PROXY: '1' });
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
