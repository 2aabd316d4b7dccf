import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import type { ItemResults } from '../../src/shared/session/results.ts';
import { teacherOfPage } from './live-sockets.ts';
import { expect, test } from './fixtures.ts';
import { addTeacher, PHONE, startLiveLesson } from './live-helpers.ts';

const EMAIL = `phones-${randomUUID()}@school.nl`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeAll(() => addTeacher(EMAIL, 'Telefoon Docent'));

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Starts a live lesson in the teacher's page and connects a teacher socket to send commands with. */
async function teacherSession(page: Page, baseURL: string) {
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const teacher = await teacherOfPage(page, baseURL, sessionId);
  return { code, teacher: teacher.socket, send: teacher.send };
}

/** A phone that records every console error and page error from the first script on. */
async function phone(
  browser: Browser,
  options: { vibrations?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    // A refused socket connection (the removed phone) is the server's answer, not a page error.
    if (message.type() === 'error' && !message.location().url.includes('/live/')) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  if (options.vibrations) {
    await page.addInitScript(() => {
      const calls: unknown[] = [];
      Object.defineProperty(window, 'vibrations', { value: calls });
      Object.defineProperty(Navigator.prototype, 'vibrate', {
        configurable: true,
        value: (pattern: unknown) => (calls.push(pattern), true),
      });
    });
  }
  return { context, page, errors };
}

async function joinAs(page: Page, code: string, name: string): Promise<void> {
  await page.goto(`/join/${code}`);
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).tap();
  await expect(page.locator('[data-me]')).toHaveText(`Je doet mee als ${name}`);
}

const current = (page: Page) => page.locator('.slide-frame.is-current');
const quiz = (page: Page) => current(page).locator('[data-widget="quiz"]');

test('the join pages suit a phone keyboard, and student pages show a student header', async ({ browser, page, baseURL }) => {
  await page.goto('/');
  await expect(page.getByRole('main').getByRole('link', { name: 'Meedoen met een les' })).toHaveAttribute('href', '/join');
  const siteNav = page.getByRole('navigation', { name: 'Lesplatform' });
  await siteNav.getByRole('link', { name: 'Meedoen' }).click();
  await expect(page).toHaveURL(/\/join$/);

  const student = await phone(browser);
  await student.page.goto('/join');
  const code = student.page.getByLabel('Code');
  for (const [name, value] of Object.entries({
    autocapitalize: 'characters',
    autocomplete: 'off',
    spellcheck: 'false',
    inputmode: 'text',
    maxlength: '10',
  })) {
    await expect(code).toHaveAttribute(name, value);
  }
  for (const path of ['/join', '/werk']) {
    await student.page.goto(path);
    const nav = student.page.getByRole('navigation', { name: 'Lesplatform' });
    await expect(nav.getByRole('link')).toHaveText(['Meedoen', 'Mijn werk']);
    await expect(student.page.getByRole('button', { name: /English/ })).toBeVisible();
  }
  await student.page.goto('/join');
  await expectNoViolations(student.page);

  const { code: joinCode, teacher } = await teacherSession(page, baseURL ?? '');
  await student.page.goto(`/join/${joinCode}`);
  const name = student.page.getByLabel('Je naam');
  for (const [attribute, value] of Object.entries({ autocapitalize: 'words', spellcheck: 'false', maxlength: '30' })) {
    await expect(name).toHaveAttribute(attribute, value);
  }
  await expect(student.page.getByRole('navigation', { name: 'Lesplatform' }).getByRole('link')).toHaveText(['Meedoen', 'Mijn werk']);
  await expect(student.page.getByText('Lessen schrijven')).toHaveCount(0);
  expect(student.errors).toEqual([]);
  teacher.disconnect();
  await student.context.close();
});

test('one tap sends a single choice, another tap changes it while allowed, and after the reveal an unanswered phone is locked', async ({
  browser,
  page,
  baseURL,
}) => {
  const { code, teacher, send } = await teacherSession(page, baseURL ?? '');
  const results: ItemResults[] = [];
  teacher.on('results:updated', (payload: { itemId: string; results: ItemResults }) => {
    if (payload.itemId === 'quiz-kosten') results.push(payload.results);
  });
  const ada = await phone(browser);
  const bo = await phone(browser);
  await joinAs(ada.page, code, 'Ada');
  await joinAs(bo.page, code, 'Bo');

  await send('item:open', { id: 'quiz-kosten', allowChanges: true });
  await expect(quiz(ada.page).getByText('Tik op je antwoord; het wordt meteen verstuurd.')).toBeVisible();
  await expect(quiz(ada.page).getByRole('button', { name: 'Verstuur' })).toHaveCount(0);
  // The opened item comes into view and takes the focus (nobody was typing).
  await expect(quiz(ada.page)).toBeInViewport();
  await expect(quiz(ada.page)).toBeFocused();
  await expectNoViolations(ada.page);

  await quiz(ada.page).getByText('het behouden van klanten', { exact: true }).tap();
  await expect(quiz(ada.page).locator('.answer-status')).toHaveText('Verstuurd ✓');
  await expect(quiz(ada.page).getByRole('radio', { name: 'het behouden van klanten' })).toBeChecked();
  await expect
    .poll(() => results.at(-1))
    .toMatchObject({
      answered: 1,
      counts: [
        { letter: 'A', count: 1 },
        { letter: 'B', count: 0 },
      ],
    });
  await expect(quiz(ada.page).getByText('Je mag nog wijzigen: tik op een ander antwoord.')).toBeVisible();
  await quiz(ada.page).getByText('werven van nieuwe klanten', { exact: true }).tap();
  await expect(quiz(ada.page).getByRole('radio', { name: 'werven van nieuwe klanten' })).toBeChecked();
  await expect
    .poll(() => results.at(-1))
    .toMatchObject({
      answered: 1,
      counts: [
        { letter: 'A', count: 0 },
        { letter: 'B', count: 1 },
      ],
    });
  await expect(quiz(ada.page).locator('.answer-status')).toHaveText('Verstuurd ✓');

  await send('answer:reveal', { id: 'quiz-kosten', revealed: true });
  await expect(quiz(ada.page).getByRole('status').filter({ hasText: 'Goed!' })).toBeVisible();
  const locked = quiz(bo.page).getByText('Het antwoord is al getoond; je kunt niet meer antwoorden.');
  await expect(locked).toBeVisible();
  for (const option of ['het behouden van klanten', 'werven van nieuwe klanten'])
    await expect(quiz(bo.page).getByRole('radio', { name: option })).toBeDisabled();
  await expect(quiz(bo.page).getByRole('button')).toHaveCount(0);
  await expectNoViolations(bo.page);
  // A reload keeps the lock: it comes from the session, not from what the phone remembers.
  await bo.page.reload();
  await expect(locked).toBeVisible();

  expect([...ada.errors, ...bo.errors]).toEqual([]);
  teacher.disconnect();
  for (const student of [ada, bo]) await student.context.close();
});

test('no hydration error on a reload or a late join, with an open question and a running timer', async ({ browser, page, baseURL }) => {
  const { code, teacher, send } = await teacherSession(page, baseURL ?? '');
  const early = await phone(browser);
  await joinAs(early.page, code, 'Cas');
  await send('item:open', { id: 'quiz-kosten' });
  await quiz(early.page).getByText('werven van nieuwe klanten', { exact: true }).tap();
  await expect(quiz(early.page).locator('.answer-status')).toHaveText('Verstuurd ✓');

  await early.page.reload();
  await expect(quiz(early.page).getByRole('radio', { name: 'werven van nieuwe klanten' })).toBeChecked();
  await expect(quiz(early.page).locator('.answer-status')).toHaveText('Verstuurd ✓');

  await send('slide:goto', { index: 19 });
  await send('timer:start', { id: 'timer-zelfstandig' });
  await send('item:open', { id: 'binding-activiteiten' });
  const late = await phone(browser);
  await joinAs(late.page, code, 'Dirk');
  await expect(current(late.page).getByRole('timer')).toHaveText(/^[34]:[0-5]\d$/);
  const box = current(late.page).getByRole('textbox', { name: 'Jouw activiteit voor financiële, sociale en structurele binding' });
  await expect(box).toBeInViewport();
  await early.page.reload();
  await expect(current(early.page).getByRole('timer')).toHaveText(/^[34]:[0-5]\d$/);
  await expect(current(early.page).locator('[data-widget="openQuestion"]')).toBeInViewport();

  expect(early.errors).toEqual([]);
  expect(late.errors).toEqual([]);
  teacher.disconnect();
  for (const student of [early, late]) await student.context.close();
});

test('a removed phone stays out, also under another name, until the teacher lets it back in', async ({ browser, page }) => {
  const { code } = await startLiveLesson(page, EMAIL);
  const ruud = await phone(browser);
  await joinAs(ruud.page, code, 'Ruud');

  await page.getByRole('button', { name: /^Ruud/ }).click();
  await page.getByRole('button', { name: 'Verwijderen Ruud' }).click();
  await page.getByRole('button', { name: 'Ja, verwijderen' }).click();
  const removedTitle = ruud.page.getByRole('heading', { name: 'Je doet niet meer mee' });
  await expect(removedTitle).toBeVisible();
  await expect(ruud.page.getByLabel('Je naam')).toBeHidden();
  await expectNoViolations(ruud.page);

  // Coming back through the join page leads to the same answer: this phone is out.
  await ruud.page.goto('/join');
  await ruud.page.getByLabel('Code').fill(code);
  await ruud.page.getByRole('button', { name: 'Verder' }).tap();
  await expect(removedTitle).toBeVisible();
  await ruud.page.getByRole('button', { name: 'De docent heeft me weer toegelaten' }).tap();
  await expect(removedTitle).toBeVisible();

  await page.getByText('Verwijderd (1)').click();
  await page.getByRole('button', { name: 'Laat weer toe Ruud' }).click();
  await expect(page.getByText('Verwijderd (1)')).toHaveCount(0);
  await ruud.page.getByRole('button', { name: 'De docent heeft me weer toegelaten' }).tap();
  await expect(ruud.page.locator('[data-me]')).toHaveText('Je doet mee als Ruud');
  await expect(removedTitle).toBeHidden();
  await expect(page.locator('.tl-lobby h2')).toContainText('1 leerling');
  expect(ruud.errors).toEqual([]);
  await ruud.context.close();
});

test('when the timer reaches zero the phone says so and vibrates', async ({ browser, page, baseURL }) => {
  const { code, teacher, send } = await teacherSession(page, baseURL ?? '');
  const student = await phone(browser, { vibrations: true });
  await student.page.clock.install();
  await joinAs(student.page, code, 'Eva');
  await send('slide:goto', { index: 20 });
  await send('timer:start', { id: 'timer-drietallen' });
  const timer = current(student.page).getByRole('timer');
  await expect(current(student.page).locator('[data-widget="timer"]')).toHaveAttribute('data-phase', 'running');
  await expect(timer).toHaveText(/^[23]:[0-5]\d$/);
  expect(await student.page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations)).toEqual([]);

  // Three minutes later, on the phone's clock.
  await student.page.clock.setSystemTime(Date.now() + 3 * 60_000 + 2_000);
  await expect(timer).toHaveText('0:00');
  await expect(current(student.page).getByRole('status').filter({ hasText: 'Tijd is om!' })).toBeVisible();
  await expect
    .poll(() => student.page.evaluate(() => (window as unknown as { vibrations: unknown[] }).vibrations))
    .toEqual([[300, 150, 300, 150, 300]]);
  teacher.disconnect();
  await student.context.close();
});
