import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { expect } from './fixtures.ts';
import { waitForIslands } from './helpers.ts';
import { goToSlide, phoneJoins, startLiveLesson } from './live-helpers.ts';

/** Each spec file that imports this gets its own teacher (add it in `beforeAll`). */
export const EMAIL = `moodboard-${randomUUID()}@school.nl`;
/** A laptop at home. */
export const LAPTOP = { viewport: { width: 1366, height: 800 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' };
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const ACTIVITIES =
  'Financieel: 10% korting op de tweede bestelling. Sociaal: een jaarlijks klantevent. Structureel: een eigen G-Star-hoek.';

export const expectNoViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);
const current = (phone: Page) => phone.locator('.slide-frame.is-current');
export interface Class {
  /** The live session of the lesson and its join code. */
  sessionId: string;
  code: string;
  teacher: Page;
  phone: Page;
  handoutUrl: string;
  workCode: string;
}

/**
 * The lesson in class: a phone joins, answers the binding question on slide 19; the teacher hands
 * out the moodboard; the phone opens Mijn werk and reads its personal work code.
 */
export async function lessonWithHandout(page: Page, browser: Browser, name: string): Promise<Class> {
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const phone = await phoneJoins(browser, code, name);
  await goToSlide(page, 19);
  await page.getByRole('button', { name: 'Openen voor antwoorden' }).click();
  await current(phone).getByRole('textbox', { name: 'Jouw activiteit voor financiële, sociale en structurele binding' }).fill(ACTIVITIES);
  await current(phone).getByRole('button', { name: 'Verstuur' }).tap();
  await expect(current(phone).locator('.answer-status')).toHaveText('Verstuurd ✓');

  await page.goto(`/docent/opdrachten/nieuw?sessie=${sessionId}`);
  await page.getByLabel(/Moodboard G-Star en de Bijenkorf/).check();
  await page.getByRole('button', { name: 'Uitdelen' }).click();
  await expect(page).toHaveURL(/\/docent\/opdrachten\/[0-9a-f-]{36}$/);
  const handoutUrl = new URL(page.url()).pathname;

  await phone.goto('/werk');
  await waitForIslands(phone);
  await phone.getByRole('button', { name: new RegExp(`Verder als ${name}`) }).tap();
  await expect(phone.getByText(`Hallo ${name}`)).toBeVisible();
  const workCode = (await phone.locator('[data-work-code]').getAttribute('data-work-code')) ?? '';
  expect(workCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  return { sessionId, code, teacher: page, phone, handoutUrl, workCode };
}

/** Logs in at home with the written-down code and opens the moodboard; returns the board page. */
export async function openAtHome(browser: Browser, workCode: string): Promise<{ context: BrowserContext; board: Page }> {
  const context = await browser.newContext(LAPTOP);
  const page = await context.newPage();
  await page.goto('/werk');
  await waitForIslands(page);
  await page.getByRole('textbox', { name: 'Werkcode' }).fill(workCode.toLowerCase());
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.getByRole('button', { name: 'Open moodboard' }).click();
  await expect(page).toHaveURL(/\/werk\/bord\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: 'Moodboard G-Star en de Bijenkorf' })).toBeVisible();
  await waitForIslands(page);
  return { context, board: page };
}

export const saveStatus = (page: Page) => page.locator('.mb-save');
export const boardItems = (page: Page) => page.locator('.mb-board .mb-item');

export async function addHeading(page: Page, text: string): Promise<void> {
  await page.getByRole('button', { name: 'Kop', exact: true }).click();
  await page.locator('.mb-board').getByRole('textbox', { name: 'Tekst', exact: true }).fill(text);
  await page.keyboard.press('Escape');
}

export async function upload(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Afbeelding', exact: true }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** The usual opening: the lesson in class with a handout, then the student's board at home on a laptop. */
export async function studentAtHome(page: Page, browser: Browser, name: string): Promise<Class & { context: BrowserContext; board: Page }> {
  const lesson = await lessonWithHandout(page, browser, name);
  return { ...lesson, ...(await openAtHome(browser, lesson.workCode)) };
}
