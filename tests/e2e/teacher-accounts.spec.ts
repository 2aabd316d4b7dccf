import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import { LES2 } from './helpers.ts';

/**
 * First run needs an empty database, so this file starts its own server (the built app, a fresh
 * DATA_DIR) next to the shared one.
 */
// Follows E2E_PORT, so test runs on other ports do not collide over this one.
const PORT = process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 100 : 4391;
const BASE = `http://127.0.0.1:${PORT}`;
let server: ChildProcess | null = null;
let dataDir = '';

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-first-run-'));
  server = spawn(process.execPath, ['server/cli/start.ts'], {
    env: { ...process.env, PORT: String(PORT), HOST: '127.0.0.1', DATA_DIR: dataDir },
    stdio: 'ignore',
  });
  await expect
    .poll(
      async () =>
        fetch(`${BASE}/api/lessons`).then(
          (response) => response.status,
          () => 0,
        ),
      { timeout: 60_000 },
    )
    .toBe(200);
});

test.afterAll(async () => {
  server?.kill('SIGTERM');
  await new Promise((resolve) => server?.once('exit', resolve));
  rmSync(dataDir, { recursive: true, force: true });
});

const a11y = (page: import('@playwright/test').Page) =>
  new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

test('first run: the first teacher is created, then logs out and in again', async ({ page }) => {
  await page.goto(`${BASE}/docent`);
  await expect(page).toHaveURL(`${BASE}/docent/start`);
  await expect(page.getByRole('heading', { name: 'Eerste docent aanmaken' })).toBeVisible();
  expect((await a11y(page)).violations).toEqual([]);

  // Bad input: clear messages on the fields, typed values kept.
  await page.getByLabel('Naam').fill('Anne de Boer');
  await page.getByLabel('E-mailadres').fill('geen-adres');
  await page.getByLabel('Wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page.getByText('Vul een geldig e-mailadres in.')).toBeVisible();
  await expect(page.getByText('Kies een wachtwoord van minstens 10 tekens.')).toBeVisible();
  await expect(page.getByLabel('Naam')).toHaveValue('Anne de Boer');
  await expect(page.getByLabel('E-mailadres')).toHaveAttribute('aria-invalid', 'true');

  await page.getByLabel('E-mailadres').fill('Anne@School.nl');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(page).toHaveURL(`${BASE}/docent`);
  await expect(page.getByRole('heading', { name: 'Welkom, Anne de Boer' })).toBeVisible();
  await expect(page.getByText('Je hebt nog geen live lessen gegeven.')).toBeVisible();
  const cookie = (await page.context().cookies()).find((item) => item.name === 'lp_teacher');
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

  // The setup page is closed once a teacher exists.
  await page.goto(`${BASE}/docent/start`);
  await expect(page.getByText('Er is al een docent.')).toBeVisible();

  await page.goto(`${BASE}/docent`);
  await page.getByRole('button', { name: 'Uitloggen' }).click();
  await page.goto(`${BASE}/docent`);
  await expect(page).toHaveURL(/\/docent\/inloggen\?next=/);
  expect((await a11y(page)).violations).toEqual([]);
  await page.getByLabel('E-mailadres').fill('anne@school.nl');
  await page.getByLabel('Wachtwoord').fill('fout wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page.getByRole('alert')).toHaveText('E-mailadres of wachtwoord klopt niet.');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(`${BASE}/docent`);
});

test('Live lesgeven starts a session with a join code and QR code, listed on the teacher page', async ({ page }) => {
  await page.goto(`${BASE}/docent/inloggen`);
  await page.getByLabel('E-mailadres').fill('anne@school.nl');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(`${BASE}/docent`);

  await page.goto(`${BASE}/lessons/${LES2}`);
  await page.getByRole('button', { name: 'Live lesgeven' }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/docent/live/[0-9a-f-]{36}$`));
  const code = (await page.locator('.join-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
  await expect(page.locator('.qr svg')).toBeVisible();
  expect((await a11y(page)).violations).toEqual([]);

  await page.goto(`${BASE}/docent`);
  const live = page.locator('.session-list li').filter({ hasText: code });
  await expect(live).toContainText(code);
  // The lesson is named by its title, not by its file name.
  await expect(live.locator('strong')).toHaveText('Les 2: Wat is Relatiebeheer?');
  await expect(live).not.toContainText('les-2-wat-is-relatiebeheer');
});

test('a teacher invites a colleague, who makes an account with the link once', async ({ page, browser }) => {
  await page.goto(`${BASE}/docent/inloggen`);
  await page.getByLabel('E-mailadres').fill('anne@school.nl');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Uitnodigingslink maken' }).click();
  const link = await page.getByLabel('Uitnodigingslink (één keer te gebruiken):').inputValue();
  expect(link).toMatch(new RegExp(`^${BASE}/docent/uitnodiging/[A-Za-z0-9_-]{43}$`));

  const colleague = await browser.newContext();
  const other = await colleague.newPage();
  await other.goto(link);
  await other.getByLabel('Naam').fill('Bram');
  await other.getByLabel('E-mailadres').fill('anne@school.nl');
  await other.getByLabel('Wachtwoord').fill('nog een lang wachtwoord');
  await other.getByRole('button', { name: 'Account aanmaken' }).click();
  // A taken address is refused without spending the invite.
  await expect(other.getByText('Er is al een account met dit e-mailadres.')).toBeVisible();
  await other.getByLabel('E-mailadres').fill('bram@school.nl');
  await other.getByLabel('Wachtwoord').fill('nog een lang wachtwoord');
  await other.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(other.getByRole('heading', { name: 'Welkom, Bram' })).toBeVisible();
  // Bram sees none of Anne's sessions.
  await expect(other.getByText('Je hebt nog geen live lessen gegeven.')).toBeVisible();

  const third = await (await browser.newContext()).newPage();
  await third.goto(link);
  await third.getByLabel('Naam').fill('Cas');
  await third.getByLabel('E-mailadres').fill('cas@school.nl');
  await third.getByLabel('Wachtwoord').fill('nog een lang wachtwoord');
  await third.getByRole('button', { name: 'Account aanmaken' }).click();
  await expect(third.getByRole('alert')).toHaveText(/Deze uitnodiging is onbekend, verlopen of al gebruikt/);
  await colleague.close();
});

test("a teacher cannot open another teacher's live session", async ({ page, browser }) => {
  await page.goto(`${BASE}/docent/inloggen`);
  await page.getByLabel('E-mailadres').fill('anne@school.nl');
  await page.getByLabel('Wachtwoord').fill('een lang wachtwoord');
  await page.getByRole('button', { name: 'Inloggen' }).click();
  const href = await page.locator('.session-list a').first().getAttribute('href');
  expect(href).toMatch(/^\/docent\/live\//);

  const bram = await (await browser.newContext()).newPage();
  await bram.goto(`${BASE}/docent/inloggen`);
  await bram.getByLabel('E-mailadres').fill('bram@school.nl');
  await bram.getByLabel('Wachtwoord').fill('nog een lang wachtwoord');
  await bram.getByRole('button', { name: 'Inloggen' }).click();
  const response = await bram.goto(`${BASE}${href}`);
  expect(response?.status()).toBe(404);
});
