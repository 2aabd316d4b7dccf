import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { OWN_TEACHER, startOwnServer, type OwnServer } from './own-server.ts';

/**
 * A teacher's broken lesson file is listed on the teacher's overview, while the good lessons are
 * served. This file starts its own server (npm start) over tests/fixtures/lessons-mixed, built in
 * a folder of its own beside dist/ (rebuilt only when the fixtures change), with a fresh database.
 */
const PORT = process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 200 : 4392;
const BASE = `http://127.0.0.1:${PORT}`;
const BROKEN = 'tests/fixtures/lessons-mixed/voorraad/kleiner-dan.mdx';
let server: OwnServer | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  server = await startOwnServer({
    port: PORT,
    lessonsDir: 'tests/fixtures/lessons-mixed',
    buildDir: 'node_modules/.cache/e2e-lessons-mixed',
  });
});

test.afterAll(async () => {
  await server?.stop();
});

async function logIn(page: Page): Promise<void> {
  await page.goto(`${BASE}/docent/inloggen`);
  await page.getByLabel('E-mailadres').fill(OWN_TEACHER.email);
  await page.getByLabel('Wachtwoord').fill(OWN_TEACHER.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await expect(page).toHaveURL(`${BASE}/docent`);
}

const a11y = (page: Page) => new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

test('the teacher sees the broken lessons with file:line:column and what to change; students see only the good lesson', async ({
  page,
}) => {
  await page.goto(`${BASE}/`);
  await expect(page.getByRole('link', { name: /Les 9: Voorraad tellen/ }).first()).toBeVisible();
  await expect(page.getByText('Kleine bestellingen')).toHaveCount(0);

  await logIn(page);
  const section = page.getByRole('region', { name: 'Lessen met fouten (2)' });
  await expect(section).toBeVisible();
  await expect(section.getByRole('heading', { name: BROKEN })).toBeVisible();
  await expect(section.getByText(`${BROKEN}:2:1`)).toBeVisible();
  await expect(
    section.getByText('frontmatter durationMinutes: durationMinutes ontbreekt; schrijf hoeveel minuten de les duurt'),
  ).toBeVisible();
  await expect(section.getByText(`${BROKEN}:14:16`)).toBeVisible();
  await expect(section.getByText('schrijf \\< of &lt; als je het teken "kleiner dan" bedoelt')).toBeVisible();
  await expect(section.getByText('noem het bestand of de map "les-9-voorraad"')).toBeVisible();
  expect((await a11y(page)).violations).toEqual([]);

  for (const [width, height] of [
    [1280, 720],
    [1366, 768],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: test.info().outputPath(`broken-lessons-${width}x${height}.png`), fullPage: true });
    expect((await a11y(page)).violations).toEqual([]);
  }
});

test('in English the same problems are worded in English', async ({ page, context }) => {
  await context.addCookies([{ name: 'lang', value: 'en', url: BASE }]);
  await page.goto(`${BASE}/docent/inloggen`);
  await page.getByLabel('Email address').fill('docent@school.nl');
  await page.getByLabel('Password').fill('een-lang-wachtwoord');
  await page.getByRole('button', { name: 'Log in' }).click();
  const section = page.getByRole('region', { name: 'Lessons with errors (2)' });
  await expect(section).toBeVisible();
  await expect(
    section.getByText('frontmatter durationMinutes: durationMinutes is missing; write how many minutes the lesson takes'),
  ).toBeVisible();
  await expect(section.getByText('write \\< or &lt; when you mean the sign "less than"')).toBeVisible();
  expect((await a11y(page)).violations).toEqual([]);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: test.info().outputPath('broken-lessons-en-390x844.png'), fullPage: true });
});
