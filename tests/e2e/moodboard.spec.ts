import { expect, test } from './fixtures.ts';
import { waitForIslands } from './helpers.ts';
import { examplePng, oversizedPng, pixelBombPng, renamedTextFile } from './images.ts';
import {
  addHeading,
  boardItems,
  EMAIL,
  expectNoViolations,
  lessonWithHandout,
  openAtHome,
  saveStatus,
  studentAtHome,
  upload,
} from './moodboard-helpers.ts';
import { addTeacher } from './live-helpers.ts';

test.beforeAll(() => addTeacher(EMAIL, 'Moodboard Docent'));

test('a student answers in class, builds the moodboard at home, hands it in, and reads the teacher’s feedback', async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { teacher, handoutUrl, workCode } = await lessonWithHandout(page, browser, 'Dana');
  await expect(teacher.getByText('Niet begonnen').first()).toBeVisible();
  await expectNoViolations(teacher);

  const { context, board } = await openAtHome(browser, workCode);
  await expect(board.getByText('Je moodboard is nog leeg')).toBeVisible();
  await expectNoViolations(board);

  await addHeading(board, 'G-Star × de Bijenkorf');
  await board.getByRole('button', { name: 'Tekst', exact: true }).click();
  await board
    .locator('.mb-board')
    .getByRole('textbox', { name: 'Tekst', exact: true })
    .fill('Samen bouwen aan een relatie voor de lange termijn.');
  await board.keyboard.press('Escape');

  await upload(board, 'winkel.png', 'image/png', await examplePng());
  await expect(board.getByText('Bezig met uploaden…')).toBeHidden({ timeout: 20_000 });
  await expect(board.locator('.mb-board img')).toHaveCount(1);
  await board.getByLabel('Beschrijving van de afbeelding').fill('Etalage van de Bijenkorf');

  await board.getByRole('button', { name: 'Antwoord uit de les', exact: true }).click();
  const answers = board.getByRole('dialog', { name: 'Antwoord uit de les toevoegen' });
  await answers.getByRole('checkbox', { name: /Jouw activiteit voor financiële/ }).check();
  await answers.getByRole('button', { name: 'Toevoegen (1)' }).click();
  await expect(board.locator('.mb-board')).toContainText('10% korting op de tweede bestelling');
  await expect(boardItems(board)).toHaveCount(4);

  // The answer card covers the three binding parts.
  await board.getByRole('checkbox', { name: 'Financiële binding: een activiteit' }).check();
  await board.getByRole('checkbox', { name: 'Sociale binding: een activiteit' }).check();
  await board.getByRole('checkbox', { name: 'Structurele binding: een activiteit' }).check();
  await expect(board.getByText('3 van 6 onderdelen gedaan')).toBeVisible();

  const explanation = 'Ik koos rustige kleuren die passen bij G-Star en de Bijenkorf.';
  await board.getByRole('textbox', { name: /Toelichting/ }).fill(explanation);
  await expect(board.getByText('11 woorden')).toBeVisible();
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });
  await expectNoViolations(board);

  // Closing the tab mid-edit: the last words are typed and the tab is gone before the save.
  await board.getByRole('textbox', { name: /Toelichting/ }).press('End');
  await board.keyboard.type(' Tot slot een spaaractie.');
  const boardUrl = board.url();
  await board.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(boardUrl);
  await waitForIslands(again);
  await expect(again.getByRole('textbox', { name: /Toelichting/ })).toHaveValue(`${explanation} Tot slot een spaaractie.`);
  await expect(boardItems(again)).toHaveCount(4);
  await expect(again.locator('.mb-board')).toContainText('G-Star × de Bijenkorf');
  await expect(again.locator('.mb-board img')).toHaveCount(1);
  await expect(saveStatus(again)).toContainText('Opgeslagen', { timeout: 10_000 });

  await again.getByRole('button', { name: 'Inleveren', exact: true }).click();
  const confirm = again.getByRole('dialog', { name: 'Moodboard inleveren?' });
  await expect(confirm).toContainText('Loyaliteitscampagne: het doel');
  await confirm.getByRole('button', { name: 'Ja, inleveren' }).click();
  await expect(again.getByRole('region', { name: 'Inleveren' }).getByRole('status')).toHaveText(/^Versie 1 ingeleverd op /);

  // The teacher sees it handed in, opens it read-only and gives feedback.
  await teacher.goto(handoutUrl);
  await expect(teacher.locator('main')).toContainText('Ingeleverd');
  await teacher.getByRole('link', { name: /Dana/ }).first().click();
  await expect(teacher.locator('main')).toContainText('Tot slot een spaaractie.');
  await expect(teacher.locator('main')).toContainText('G-Star × de Bijenkorf');
  await expect(teacher.locator('main img')).toHaveCount(1);
  await teacher.getByLabel('Beoordeling (mag leeg)').fill('8,5');
  await teacher.getByLabel('Feedback voor de leerling').fill('Mooie keuzes. Werk de loyaliteitscampagne nog uit.');
  await teacher.getByRole('button', { name: 'Feedback opslaan' }).click();
  await expect(teacher.getByText('Feedback opgeslagen.', { exact: false })).toBeVisible();
  await expectNoViolations(teacher);

  // The student reads it.
  await again.reload();
  await expect(again.locator('main')).toContainText('Werk de loyaliteitscampagne nog uit.');
  await expect(again.locator('main')).toContainText('8,5');
  await context.close();
});

test('an edit made offline is kept on the device and saved when the connection is back', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { workCode, context, board } = await studentAtHome(page, browser, 'Eli');
  await addHeading(board, 'Eerste idee');
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });

  await context.setOffline(true);
  await addHeading(board, 'Offline bedacht');
  await expect(saveStatus(board)).toContainText('Offline', { timeout: 15_000 });
  await context.setOffline(false);
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 35_000 });

  // A fresh device (no copy of its own) gets both headings from the server.
  const other = await openAtHome(browser, workCode);
  await expect(other.board.locator('.mb-board')).toContainText('Offline bedacht');
  await expect(boardItems(other.board)).toHaveCount(2);
  await other.context.close();
  await context.close();
});

test('two tabs never overwrite each other silently: the tab that falls behind is told and chooses', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { context, board: first } = await studentAtHome(page, browser, 'Fenna');
  await addHeading(first, 'Begin');
  await expect(saveStatus(first)).toContainText('Opgeslagen', { timeout: 10_000 });
  const second = await context.newPage();
  await second.goto(first.url());
  await waitForIslands(second);
  await expect(boardItems(second)).toHaveCount(1);

  // The first tab's saves fail (it can still read) while the second one saves.
  await first.route('**/api/werk/borden/**', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
  );
  await addHeading(first, 'Uit tab één');
  await expect(saveStatus(first)).toContainText('Offline', { timeout: 15_000 });
  await addHeading(second, 'Uit tab twee');
  await expect(saveStatus(second)).toContainText('Opgeslagen', { timeout: 10_000 });

  const dialog = first.getByRole('alertdialog', { name: 'Dit moodboard is in een ander tabblad of op een ander apparaat gewijzigd' });
  await expect(dialog).toBeVisible({ timeout: 15_000 });
  await first.unroute('**/api/werk/borden/**');
  await dialog.getByRole('button', { name: 'Bewaar mijn versie' }).click();
  await expect(saveStatus(first)).toContainText('Opgeslagen', { timeout: 10_000 });
  await expect(first.locator('.mb-board')).toContainText('Uit tab één');

  // The second tab hears of the newer version; it has nothing unsaved, so it simply follows.
  await expect(second.locator('.mb-board')).toContainText('Uit tab één', { timeout: 10_000 });
  await expect(second.locator('.mb-board')).not.toContainText('Uit tab twee');
  await context.close();
});

test('uploads that are not safe images are refused with a clear message, and the board keeps what it had', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { context, board } = await studentAtHome(page, browser, 'Gijs');
  await addHeading(board, 'Mijn moodboard');
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });

  await upload(board, 'vakantie.png', 'image/png', renamedTextFile());
  await expect(board.getByRole('alert')).toContainText('Dit bestand is geen afbeelding');
  await upload(board, 'groot.png', 'image/png', await oversizedPng());
  await expect(board.getByRole('alert')).toContainText('groter dan 10 MB');
  await upload(board, 'bom.png', 'image/png', pixelBombPng());
  await expect(board.getByRole('alert')).toContainText('te veel pixels', { timeout: 20_000 });
  await expect(boardItems(board)).toHaveCount(1);
  await expect(board.locator('.mb-board img')).toHaveCount(0);

  // The server refuses an oversized body on its own too, not only the page's check.
  const boardId = board.url().split('/').at(-1) ?? '';
  const direct = await board.request.post(`/api/werk/borden/${boardId}/afbeeldingen`, {
    headers: { 'content-type': 'application/octet-stream', origin: new URL(board.url()).origin },
    data: await oversizedPng(),
  });
  expect(direct.status()).toBe(413);
  expect((await direct.json()) as unknown).toMatchObject({ error: { code: 'too_large' } });

  await board.reload();
  await expect(boardItems(board)).toHaveCount(1);
  await expect(board.locator('.mb-board')).toContainText('Mijn moodboard');
  await context.close();
});
