import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { addTeacher, goToSlide, phoneJoins, startLiveLesson, TEACHER_PASSWORD } from './live-helpers.ts';

const EMAIL = `panel-${randomUUID()}@school.nl`;

test.beforeAll(() => addTeacher(EMAIL, 'Paneel Docent'));

async function teacherStarts(page: Page): Promise<string> {
  const { code } = await startLiveLesson(page, EMAIL);
  await expect(page.getByText('Nog niemand doet mee.')).toBeVisible();
  return code;
}

const current = (phone: Page) => phone.locator('.slide-frame.is-current');

test('the teacher runs the mind map, both timers and the open question from the panel; phones follow', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const code = await teacherStarts(page);
  const dana = await phoneJoins(browser, code, 'Dana');
  const eli = await phoneJoins(browser, code, 'Eli');
  await expect(page.getByText('2 leerlingen')).toBeVisible();
  // A student's chip opens rename and remove; a rename reaches the phone.
  await page.getByRole('button', { name: /^Dana/ }).click();
  await page.getByRole('button', { name: 'Naam wijzigen Dana' }).click();
  await page.getByLabel('Nieuwe naam voor Dana').fill('Dana B');
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(dana.locator('[data-me]')).toHaveText('Je doet mee als Dana B');
  await expect(page.getByRole('button', { name: 'Naam wijzigen Dana B' })).toBeFocused();
  expect((await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations).toEqual(
    [],
  );

  // Mind map on slide 8: ideas that differ only in case or accents are grouped.
  await goToSlide(page, 8);
  await page.getByRole('button', { name: 'Openen voor antwoorden' }).click();
  for (const [phone, ideas] of [
    [dana, ['Klanttevredenheid', 'Omzet']],
    [eli, ['klanttevredenhéid']],
  ] as const) {
    for (const idea of ideas) {
      await current(phone).getByLabel('Jouw woord of idee').fill(idea);
      await current(phone).getByRole('button', { name: 'Toevoegen' }).tap();
    }
    await current(phone).getByRole('button', { name: 'Verstuur' }).tap();
    await expect(current(phone).locator('.answer-status')).toHaveText('Verstuurd ✓');
  }
  await expect(page.getByText('2/2 beantwoord')).toBeVisible();
  await expect(page.locator('main')).toContainText(/Klanttevredenheid\s*2×/);
  await page.getByRole('button', { name: 'Voorbeeldantwoorden tonen' }).click();
  await expect(current(dana).locator('.mind-map-model')).toContainText('Klantretentie');

  // Timers on slides 19 and 20 run on every phone from the same timestamps.
  for (const [slide, pattern] of [
    [19, /^[34]:[0-5]\d$/],
    [20, /^[23]:[0-5]\d$/],
  ] as const) {
    await goToSlide(page, slide);
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(current(dana).getByRole('timer')).toHaveText(pattern);
    await expect(current(eli).getByRole('timer')).toHaveText(pattern);
    await page.getByRole('button', { name: 'Pauze' }).click();
  }

  // Open question on slide 31: the wall shows answers newest first.
  await goToSlide(page, 31);
  await page.getByRole('button', { name: 'Openen voor antwoorden' }).click();
  await current(dana).getByRole('textbox', { name: 'Wanneer is een klant van waarde voor een bedrijf?' }).fill('Als hij vaak terugkomt.');
  await current(dana).getByRole('button', { name: 'Verstuur' }).tap();
  await expect(current(dana).locator('.answer-status')).toHaveText('Verstuurd ✓');
  await current(eli)
    .getByRole('textbox', { name: 'Wanneer is een klant van waarde voor een bedrijf?' })
    .fill('Als de winst groter is dan de kosten.');
  await current(eli).getByRole('button', { name: 'Verstuur' }).tap();
  await expect(current(eli).locator('.answer-status')).toHaveText('Verstuurd ✓');
  const wall = page.getByRole('list', { name: 'Antwoorden, nieuwste eerst' });
  await expect(wall.getByRole('listitem')).toHaveCount(2);
  await expect(wall.getByRole('listitem').first()).toContainText('Als de winst groter is dan de kosten.');

  // Ending the lesson reaches the phones.
  await page.getByRole('button', { name: 'Les beëindigen' }).click();
  await page.getByRole('button', { name: 'Ja, beëindig de les' }).click();
  await expect(page.getByText('De les is afgelopen.')).toBeVisible();
  await expect(dana.getByText('De les is afgelopen. Bedankt voor het meedoen!')).toBeVisible();
});

test('the board follows the session both ways and shows results only when the teacher says so, without names', async ({
  page,
  browser,
}) => {
  const code = await teacherStarts(page);
  const boardPromise = page.context().waitForEvent('page');
  await page.getByRole('link', { name: 'Bord openen (presenteren met de klas)' }).click();
  const board = await boardPromise;
  await expect(board.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  const phone = await phoneJoins(browser, code, 'Fenna');

  // The panel moves the board and the phone; the board's keys move the session.
  await goToSlide(page, 12);
  await expect(board.locator('[data-position]')).toHaveText('Dia 12 van 31');
  await expect(current(phone)).toContainText('Wat is duurder?');
  await page.getByRole('button', { name: 'Openen voor antwoorden' }).click();
  await current(phone).getByText('werven van nieuwe klanten', { exact: true }).tap();
  await expect(current(phone).locator('.answer-status')).toHaveText('Verstuurd ✓');

  await expect(board.locator('.board-results')).toHaveCount(0);
  await page.getByRole('button', { name: 'Resultaten tonen op het bord' }).click();
  const results = board.locator('.board-results');
  await expect(results).toContainText('1 van 1 beantwoord');
  await expect(results.locator('.board-bars li').filter({ hasText: 'werven van nieuwe klanten' })).toContainText('1 · 100%');
  await expect(results).not.toContainText('Fenna');
  expect(
    (await new AxeBuilder({ page: board }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()).violations,
  ).toEqual([]);

  // The mind map's model answers go to the board when the teacher shows them.
  await goToSlide(page, 8);
  await expect(board.locator('[data-position]')).toHaveText('Dia 8 van 31');
  await page.getByRole('button', { name: 'Voorbeeldantwoorden tonen' }).click();
  await expect(board.locator('.slide-frame.is-current .mind-map-model')).toContainText('Klantretentie');

  await goToSlide(page, 12);
  // The board moves on from the slide it shows, so it must show 12 before its → means 13.
  await expect(board.locator('[data-position]')).toHaveText('Dia 12 van 31');
  await board.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Dia 13 van 31:/)).toBeVisible();
  await expect(phone.locator('.slide-frame.is-current')).toHaveAttribute('data-slide-frame', '13');

  // The teacher reloads, or continues on another laptop: same session, same slide, still in control.
  await page.reload();
  await expect(page.getByText(/^Dia 13 van 31:/)).toBeVisible();
  const laptop = await (await browser.newContext()).newPage();
  await laptop.goto('/docent/inloggen');
  await laptop.getByLabel('E-mailadres').fill(EMAIL);
  await laptop.getByLabel('Wachtwoord').fill(TEACHER_PASSWORD);
  await laptop.getByRole('button', { name: 'Inloggen' }).click();
  await laptop.getByRole('link', { name: 'Verder' }).first().click();
  await expect(laptop.getByText(/^Dia 13 van 31:/)).toBeVisible();
  await laptop.getByRole('button', { name: 'Volgende dia' }).click();
  await expect(phone.locator('.slide-frame.is-current')).toHaveAttribute('data-slide-frame', '14');
  await expect(board.locator('[data-position]')).toHaveText('Dia 14 van 31');
});
