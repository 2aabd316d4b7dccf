import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { classJoins, type ScriptedStudent } from './live-sockets.ts';
import { addTeacher, goToSlide, startLiveLesson } from './live-helpers.ts';

const EMAIL = `remote-${randomUUID()}@school.nl`;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const LAPTOP = { width: 1366, height: 768 };
const PHONE = { width: 390, height: 844 };

test.beforeAll(() => addTeacher(EMAIL, 'Afstandsbediening Docent'));

let students: ScriptedStudent[] = [];
test.afterEach(() => {
  for (const student of students) student.socket.disconnect();
  students = [];
});

/** Logs in, starts Les 2 live and lets a class of 30 join from scripted sockets. */
async function panelWithClass(page: Page, baseURL: string | undefined): Promise<string> {
  const { code } = await startLiveLesson(page, EMAIL);
  students = await classJoins(baseURL ?? '', code);
  await expect(page.getByRole('heading', { name: /^30 leerlingen/ })).toBeVisible();
  return code;
}

/** Fails unless the element lies wholly within the first `height` pixels of the page. */
async function expectInFirstScreen(element: Locator, height: number): Promise<void> {
  const box = await element.boundingBox();
  expect(box, 'the control is laid out').not.toBeNull();
  const top = (box?.y ?? 0) + (await element.page().evaluate(() => window.scrollY));
  expect(top + (box?.height ?? 0), `bottom of the control in the first ${height} px`).toBeLessThanOrEqual(height);
}

const button = (page: Page, name: string) => page.getByRole('button', { name, exact: true });
const preview = (page: Page, which: 'current' | 'next') => page.locator(`[data-preview="${which}"] .tl-preview-frame`);

async function expectNoViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(
    results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** The first screen and the whole page, kept with the test's output for people to look at. */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await page.screenshot({ path: testInfo.outputPath(`${name}-page.png`), fullPage: true });
}

test.describe('on a 1366x768 laptop', () => {
  test.use({ viewport: LAPTOP });

  test('the current item’s controls are in the first screen with 30 students, and the page stays short', async ({
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(120_000);
    await panelWithClass(page, baseURL);

    // The quiz on slide 12: its controls and previous/next fit the first screen.
    await goToSlide(page, 12);
    await expect(preview(page, 'current')).toContainText('Wat is duurder?');
    for (const name of ['Openen voor antwoorden', 'Resultaten tonen op het bord', 'Goede antwoord tonen', 'Vorige dia', 'Volgende dia']) {
      await expectInFirstScreen(button(page, name), LAPTOP.height);
    }
    await button(page, 'Openen voor antwoorden').click();
    await expect(button(page, 'Antwoorden sluiten')).toBeVisible();
    const answering = students.slice(0, 20);
    const acks = await Promise.all(answering.map((student) => student.answer('quiz-kosten', { kind: 'quiz', choices: ['B'] })));
    expect(acks.every((ack) => ack.ok)).toBe(true);
    for (const student of students.slice(27)) student.socket.disconnect();
    await expect(page.getByText('20/27 beantwoord', { exact: true })).toBeVisible();

    // Anonymous is on (the board shows no names), yet the teacher sees who has not answered.
    await expect(page.getByRole('checkbox', { name: /^Anoniem/ })).toBeChecked();
    await expect(page.getByRole('heading', { name: 'Nog niet beantwoord: 10' })).toBeVisible();
    await expect(page.locator('.tl-missing li').filter({ hasText: 'Julia' })).toBeVisible();

    // The class list: those without an answer first (the disconnected before the others), then by name.
    const chips = page.locator('.tl-chip');
    await expect(chips).toHaveCount(30);
    await expect(chips.nth(0)).toHaveText(/^Ilse\s*niet verbonden$/);
    await expect(chips.nth(3)).toHaveText(/^Anouk\s*geen antwoord$/);
    await expect(chips.nth(29)).toHaveText(/^Zoë\s*✓\s*beantwoord$/);
    await shoot(page, testInfo, 'laptop-quiz-open');
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'page height with 30 students').toBeLessThan(1600);
    await expectNoViolations(page);

    // Searching by name, whatever the case or accents.
    await page.getByLabel('Zoek een leerling').fill('zoe');
    await expect(chips).toHaveCount(1);
    await expect(chips.first()).toContainText('Zoë');
    await expect(page.getByText('1 van 30 leerlingen')).toBeVisible();
    await page.getByLabel('Zoek een leerling').fill('');
    await expect(chips).toHaveCount(30);

    // Slide 19 holds an open question and a timer: both sets of controls in the first screen.
    await goToSlide(page, 19);
    await expect(preview(page, 'next')).toContainText('Werken in drietallen');
    await expectInFirstScreen(button(page, 'Openen voor antwoorden'), LAPTOP.height);
    await expectInFirstScreen(button(page, 'Start'), LAPTOP.height);
    await button(page, 'Start').click();
    await expect(page.locator('.tl-timer').getByRole('status')).toHaveText('Loopt');
    await button(page, 'Openen voor antwoorden').click();
    await expect(page.getByText('0/27 beantwoord', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(1600);
    await shoot(page, testInfo, 'laptop-timer-open-question');
    await page.setViewportSize({ width: 1280, height: 720 });
    await shoot(page, testInfo, 'board-size-timer-open-question');
  });

  test('the previews are still pictures of the session’s slides: nothing in them hydrates, connects or takes focus', async ({
    page,
    baseURL,
  }) => {
    await panelWithClass(page, baseURL);
    await goToSlide(page, 12);
    for (const which of ['current', 'next'] as const) {
      const frame = preview(page, which);
      await expect(frame).toHaveAttribute('inert', '');
      await expect(frame).toHaveAttribute('aria-hidden', 'true');
      await expect(frame.locator('astro-island, script, iframe')).toHaveCount(0);
    }
    await expect(preview(page, 'current').locator('[data-widget="quiz"]')).toBeVisible();
    await expect(preview(page, 'next').locator('.slide-frame')).toHaveAttribute('data-slide-frame', '13');
    // Keyboard focus never enters a preview.
    const focusable = await preview(page, 'current').evaluate((frame) => {
      const first = frame.querySelector<HTMLElement>('button, input, a[href], select, textarea');
      first?.focus();
      return { found: first !== null, focused: document.activeElement === first };
    });
    expect(focusable).toEqual({ found: true, focused: false });
    // The previews follow the session, also when the slide moves from somewhere else.
    await button(page, 'Volgende dia').click();
    await expect(preview(page, 'current').locator('.slide-frame')).toHaveAttribute('data-slide-frame', '13');
    await expect(page.getByText('Hierna: dia 14')).toBeVisible();
    await goToSlide(page, 31);
    await expect(page.getByText('Hierna: einde van de les')).toBeVisible();
    await expect(preview(page, 'next').locator('.slide-frame')).toHaveCount(0);
  });
});

test.describe('on a 390x844 phone as a remote', () => {
  test.use({ viewport: PHONE, isMobile: true, hasTouch: true });

  test('previews, big previous/next and the current item’s controls fit the first screen', async ({ page, baseURL }, testInfo) => {
    test.setTimeout(120_000);
    await panelWithClass(page, baseURL);
    await goToSlide(page, 12);
    await shoot(page, testInfo, 'phone-quiz');
    for (const name of ['Vorige dia', 'Volgende dia']) {
      const box = await button(page, name).boundingBox();
      expect(box?.height ?? 0, `${name} is a big touch target`).toBeGreaterThanOrEqual(48);
      expect(box?.width ?? 0).toBeGreaterThanOrEqual(48);
    }
    await expectInFirstScreen(preview(page, 'next'), PHONE.height);
    for (const name of ['Openen voor antwoorden', 'Resultaten tonen op het bord', 'Goede antwoord tonen', 'Vorige dia', 'Volgende dia']) {
      await expectInFirstScreen(button(page, name), PHONE.height);
    }
    await button(page, 'Openen voor antwoorden').tap();
    await expectInFirstScreen(button(page, 'Antwoorden sluiten'), PHONE.height);
    await Promise.all(students.slice(0, 12).map((student) => student.answer('quiz-kosten', { kind: 'quiz', choices: ['A'] })));
    await expect(page.getByText('12/30 beantwoord', { exact: true })).toBeVisible();
    await shoot(page, testInfo, 'phone-quiz-open');
    await expectNoViolations(page);

    await goToSlide(page, 19);
    for (const name of ['Openen voor antwoorden', 'Resultaten tonen op het bord', 'Start', '+1 minuut', 'Opnieuw']) {
      await expectInFirstScreen(button(page, name), PHONE.height);
    }
    await button(page, 'Start').tap();
    await expectInFirstScreen(button(page, 'Pauze'), PHONE.height);
    await shoot(page, testInfo, 'phone-timer');

    // The QR code opens large for the class to scan, and closes again.
    await page.getByRole('button', { name: 'QR-code groter tonen' }).tap();
    const dialog = page.getByRole('dialog', { name: 'QR-code om mee te doen' });
    await expect(dialog.locator('svg')).toBeVisible();
    await shoot(page, testInfo, 'phone-qr');
    await expectNoViolations(page);
    await dialog.getByRole('button', { name: 'Sluiten' }).tap();
    await expect(dialog).toBeHidden();
  });
});
