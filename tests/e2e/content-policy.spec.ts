import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LES2, openPresent, openStudy, waitForIslands } from './helpers.ts';
import { examplePng } from './images.ts';
import { addTeacher } from './live-helpers.ts';
import { addHeading, EMAIL, lessonWithHandout, openAtHome, saveStatus, upload } from './moodboard-helpers.ts';

// Every page kind under the app's Content-Security-Policy. The `policyCheck` fixture fails the test
// on any refusal in any context; this file makes sure each kind of page is actually visited, with
// its islands hydrated, its socket connected and its images, downloads and popups used.

test.beforeAll(() => addTeacher(EMAIL, 'Beleid Docent'));

/** The page's policy as the browser got it: scripts only from our origin or by hash. */
async function expectStrictPolicy(page: Page): Promise<void> {
  const response = await page.request.get(page.url());
  const policy = response.headers()['content-security-policy'] ?? '';
  const directives = new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .map(([name = '', ...sources]) => [name, sources]),
  );
  expect(directives.get('script-src'), page.url()).toContain("'self'");
  expect(directives.get('script-src'), page.url()).not.toContain("'unsafe-inline'");
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'self'"]);
  expect(directives.get('form-action')).toEqual(["'self'"]);
  expect(directives.get('frame-ancestors')).toEqual(["'self'"]);
  expect(policy).not.toMatch(/https?:\/\//);
}

test('pages for everyone: catalogue, guide, join, deck, study, present with the presenter window, 404', async ({ page }) => {
  for (const path of ['/', '/join', `/lessons/${LES2}`, '/docent/inloggen']) {
    await page.goto(path);
    await waitForIslands(page);
    await expectStrictPolicy(page);
  }
  // The guide's examples hydrate when they scroll into view.
  await page.goto('/authoring');
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
  await expectStrictPolicy(page);
  await page.goto('/bestaat-niet');
  await expect(page.locator('main')).toBeVisible();

  await openStudy(page);
  await expectStrictPolicy(page);
  await page.getByRole('button', { name: 'Volgende dia ›' }).click();

  await openPresent(page, LES2, 8);
  await expectStrictPolicy(page);
  const popup = page.context().waitForEvent('page');
  await page.keyboard.press('p');
  const presenter = await popup;
  await expect(presenter.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  await expect(presenter.locator('[data-notes-panel]')).toBeVisible();
});

test('a live lesson and the moodboard: panel, board, phone, report, classes, handout, editor with image and PDF, review', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { teacher, phone, handoutUrl, workCode } = await lessonWithHandout(page, browser, 'Beleid');
  await expectStrictPolicy(phone);

  await teacher.goto('/docent');
  await expectStrictPolicy(teacher);
  const report = (await teacher.locator('a[href$="/rapport"]').first().getAttribute('href')) ?? '';
  const sessionPath = report.replace(/\/rapport$/, '');
  await teacher.goto(sessionPath);
  await waitForIslands(teacher);
  await expect(teacher.locator('.join-code')).toBeVisible();
  await expectStrictPolicy(teacher);

  // The board on the beamer: a socket of its own.
  const sessionId = sessionPath.split('/').at(-1) ?? '';
  const board = await teacher.context().newPage();
  await board.goto(`/lessons/${LES2}/present?live=${sessionId}`);
  await expect(board.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  await expect(board.locator('.slide-frame.is-current')).toHaveAttribute('data-slide-frame', '19');
  await board.close();

  await teacher.goto(`/docent/live/${sessionId}/rapport`);
  await expect(teacher.locator('main')).toContainText('Beleid');
  await expectStrictPolicy(teacher);
  await teacher.goto('/docent/klassen');
  await expectStrictPolicy(teacher);
  await teacher.goto('/docent/start');
  await teacher.goto(handoutUrl);
  await expectStrictPolicy(teacher);

  const { context, board: editor } = await openAtHome(browser, workCode);
  await expectStrictPolicy(editor);
  await addHeading(editor, 'Beleid');
  await upload(editor, 'winkel.png', 'image/png', await examplePng());
  await expect(editor.locator('.mb-board img')).toHaveCount(1, { timeout: 20_000 });
  await expect(editor.locator('.mb-board img')).toHaveJSProperty('complete', true);
  // The stored picture, opened on its own, is an image that may run nothing.
  const picture = await editor.request.get((await editor.locator('.mb-board img').getAttribute('src')) ?? '');
  expect(picture.headers()['content-type']).toBe('image/webp');
  expect(picture.headers()['x-content-type-options']).toBe('nosniff');
  expect(picture.headers()['content-security-policy']).toMatch(/^default-src 'none'(;|$)/);
  await expect(saveStatus(editor)).toContainText('Opgeslagen', { timeout: 10_000 });
  const png = editor.waitForEvent('download');
  await editor.getByRole('button', { name: 'Download als PNG' }).click();
  expect((await readFile(await (await png).path())).subarray(1, 4).toString()).toBe('PNG');
  const pdf = editor.waitForEvent('download');
  await editor.getByRole('button', { name: 'Download als PDF' }).click();
  expect((await readFile(await (await pdf).path())).subarray(0, 5).toString()).toBe('%PDF-');
  await editor.getByRole('button', { name: 'Inleveren', exact: true }).click();
  await editor.getByRole('dialog', { name: 'Moodboard inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
  await expect(editor.getByRole('region', { name: 'Inleveren' }).getByRole('status')).toHaveText(/^Versie 1 ingeleverd op /);
  await editor.goto('/werk');
  await waitForIslands(editor);
  await expectStrictPolicy(editor);

  await teacher.goto(handoutUrl);
  await teacher
    .getByRole('link', { name: /Beleid/ })
    .first()
    .click();
  await expect(teacher.locator('main img')).toHaveCount(1);
  await expect(teacher.locator('main img')).toHaveJSProperty('complete', true);
  await expectStrictPolicy(teacher);
  await context.close();
});
