import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { teacherOfPage } from './live-sockets.ts';
import { expect, test } from './fixtures.ts';
import { addTeacher, PHONE, startLiveLesson } from './live-helpers.ts';

const EMAIL = `refusals-${randomUUID()}@school.nl`;

test.beforeAll(() => addTeacher(EMAIL, 'Refusal Docent'));

/** Dutch wordings of refusals, none of which may reach a reader who chose English. */
const DUTCH = ['Die naam is al gekozen', 'Niet verstuurd', 'Het goede antwoord is al getoond', 'De docent heeft je', 'kies een andere'];

/** A phone whose reader chose English (the language cookie), on the join page of `code`. */
async function englishPhone(browser: Browser, baseURL: string, code: string): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, locale: 'en-GB' });
  await context.addCookies([{ name: 'lang', value: 'en', url: baseURL }]);
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  return page;
}

async function joinAs(page: Page, name: string): Promise<void> {
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
}

async function expectNoDutch(page: Page): Promise<void> {
  const text = await page.locator('body').innerText();
  for (const dutch of DUTCH) expect(text).not.toContain(dutch);
}

const quizOn = (page: Page) => page.locator('.slide-frame.is-current [data-widget="quiz"]');

const ENGLISH_REMOVED = 'You are no longer taking part';

test('a phone in English is told in English that its name is taken, that its answer came too late and that it was removed', async ({
  browser,
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const base = baseURL ?? '';
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const { send, participantId, close } = await teacherOfPage(page, base, sessionId);

  const eva = await englishPhone(browser, base, code);
  await joinAs(eva, 'Eva');
  await expect(eva.locator('[data-me]')).toHaveText('You joined as Eva');

  // A second phone picks the same name (other capitals): refused, worded in English.
  const twin = await englishPhone(browser, base, code);
  await joinAs(twin, 'EVA');
  await expect(twin.getByRole('alert')).toHaveText('That name is already taken in this lesson; choose another.');
  await expect(twin.locator('[data-connection]')).toHaveText('That name is already taken in this lesson; choose another.');
  await expectNoDutch(twin);
  await twin.context().close();

  // Eva answers while offline; the teacher shows the right answer before she is back.
  await send('item:open', { id: 'quiz-kosten' });
  await expect(quizOn(eva)).toHaveAttribute('data-live-open', 'true');
  await eva.context().setOffline(true);
  await expect(eva.locator('[data-connection]')).toContainText('No connection');
  await quizOn(eva).getByText('werven van nieuwe klanten', { exact: true }).tap();
  await expect(quizOn(eva).locator('.answer-status')).toHaveText('Saved on your phone; it is sent as soon as there is a connection.');
  await send('answer:reveal', { id: 'quiz-kosten', revealed: true });
  await eva.context().setOffline(false);
  // The late answer was refused; the phone says why, in English, and the item stays locked.
  await expect(quizOn(eva)).toContainText('The answer has been shown; you can no longer answer.');
  await expectNoDutch(eva);

  // Removed by the teacher: the removed screen, in English.
  await expect.poll(() => participantId('Eva')).not.toBe('');
  await send('participant:remove', { participantId: participantId('Eva') });
  await expect(eva.getByRole('heading', { name: ENGLISH_REMOVED })).toBeVisible();
  await expectNoDutch(eva);
  close();
});
