import { readFile } from 'node:fs/promises';
import type { Locator, Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { expect, test } from './fixtures.ts';
import { examplePng } from './images.ts';
import { addTeacher, TEACHER_PASSWORD } from './live-helpers.ts';
import { waitForIslands } from './helpers.ts';
import {
  addHeading,
  boardItems,
  EMAIL,
  expectNoViolations,
  LAPTOP,
  lessonWithHandout,
  openAtHome,
  saveStatus,
  studentAtHome,
  upload,
} from './moodboard-helpers.ts';

test.beforeAll(() => addTeacher(EMAIL, 'Moodboard Docent'));

const box = async (locator: Locator) => {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
};

async function drag(page: Page, from: { x: number; y: number }, by: { x: number; y: number }): Promise<void> {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  for (let step = 1; step <= 5; step++) await page.mouse.move(from.x + (by.x * step) / 5, from.y + (by.y * step) / 5);
  await page.mouse.up();
}

test('on the board: drag, resize and rotate with the mouse, the keyboard, undo and redo', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { context, board } = await studentAtHome(page, browser, 'Hanna');
  await addHeading(board, 'Slepen');
  const item = boardItems(board).first();
  await expect(item).toHaveAccessibleName(/Slepen/);

  // Dragging moves the item once: one undo puts it back.
  const before = await box(item);
  await drag(board, { x: before.x + before.width / 2, y: before.y + before.height / 2 }, { x: 160, y: 120 });
  const moved = await box(item);
  expect(moved.x - before.x).toBeGreaterThan(100);
  expect(moved.y - before.y).toBeGreaterThan(60);
  await board.getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect.poll(async () => Math.round((await box(item)).x)).toBe(Math.round(before.x));
  await board.getByRole('button', { name: 'Opnieuw' }).click();
  await expect.poll(async () => Math.round((await box(item)).x)).toBe(Math.round(moved.x));

  // The resize handle makes it bigger; the rotate handle turns it.
  await item.click();
  const handle = await box(item.locator('.mb-handle-resize'));
  await drag(board, { x: handle.x + handle.width / 2, y: handle.y + handle.height / 2 }, { x: 120, y: 60 });
  expect((await box(item)).width).toBeGreaterThan(moved.width + 60);
  const rotate = await box(item.locator('.mb-handle-rotate'));
  await drag(board, { x: rotate.x + rotate.width / 2, y: rotate.y + rotate.height / 2 }, { x: 150, y: 150 });
  await expect(item).toHaveCSS('transform', /matrix/);

  // Keyboard: arrows move the focused item a grid step, Delete removes it, Ctrl+Z brings it back.
  await item.focus();
  const start = await box(item);
  await board.keyboard.press('ArrowDown');
  await expect.poll(async () => (await box(item)).y).toBeGreaterThan(start.y);
  await board.keyboard.press('Delete');
  await expect(boardItems(board)).toHaveCount(0);
  await board.keyboard.press('Control+z');
  await expect(boardItems(board)).toHaveCount(1);
  await boardItems(board).first().focus();
  await board.keyboard.press('Control+d');
  await expect(boardItems(board)).toHaveCount(2);
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });

  // After a reload the board is as it was left.
  await board.reload();
  await expect(boardItems(board)).toHaveCount(2);
  await context.close();
});

test('download as PNG and as PDF', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { context, board } = await studentAtHome(page, browser, 'Iris');
  await addHeading(board, 'Exporteren');
  await upload(board, 'winkel.png', 'image/png', await examplePng());
  await expect(board.locator('.mb-board img')).toHaveCount(1, { timeout: 20_000 });
  await board.getByRole('textbox', { name: /Toelichting/ }).fill('Een toelichting met é, ë en “aanhalingstekens”.');
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });

  const png = board.waitForEvent('download');
  await board.getByRole('button', { name: 'Download als PNG' }).click();
  const pngFile = await (await png).path();
  expect((await png).suggestedFilename()).toMatch(/^moodboard-.*\.png$/);
  const meta = await sharp(await readFile(pngFile)).metadata();
  expect(meta).toMatchObject({ format: 'png', width: 3200, height: 2000 });
  // The drawing is not blank: the picture and the heading put many colours on it.
  const stats = await sharp(await readFile(pngFile)).stats();
  expect(stats.channels.some((channel) => channel.stdev > 10)).toBe(true);

  const pdf = board.waitForEvent('download');
  await board.getByRole('button', { name: 'Download als PDF' }).click();
  expect((await pdf).suggestedFilename()).toMatch(/^moodboard-.*\.pdf$/);
  const document = await PDFDocument.load(await readFile(await (await pdf).path()));
  expect(document.getPageCount()).toBeGreaterThanOrEqual(2);
  const [first] = document.getPages();
  expect(first && first.getWidth() > first.getHeight()).toBe(true);
  await context.close();
});

test('on a phone the moodboard is a list: add, reorder and edit without a board', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { phone, handoutUrl, workCode } = await lessonWithHandout(page, browser, 'Jesse');
  // The teacher can give a student their code again.
  await page.goto(handoutUrl);
  await expect(page.getByRole('table').filter({ hasText: 'Werkcode' })).toContainText(workCode);
  // The personal link fills the code in on another device; logging in stays the student's click.
  const link = (await phone.getByRole('link', { name: /\/werk\?code=/ }).getAttribute('href')) ?? '';
  const laptop = await (await browser.newContext(LAPTOP)).newPage();
  await laptop.goto(link);
  await waitForIslands(laptop);
  await expect(laptop.getByRole('textbox', { name: 'Werkcode' })).toHaveValue(workCode);
  await laptop.getByRole('button', { name: 'Inloggen' }).click();
  await expect(laptop.getByText('Hallo Jesse')).toBeVisible();
  await laptop.context().close();

  await expectNoViolations(phone);
  await phone.getByRole('button', { name: 'Open moodboard' }).tap();
  await expect(phone).toHaveURL(/\/werk\/bord\//);
  await expect(phone.locator('.mb-board')).toHaveCount(0);
  const list = phone.getByRole('list', { name: 'Onderdelen van je moodboard, van achter naar voor' });
  await phone.getByRole('button', { name: 'Kop', exact: true }).tap();
  await list.getByRole('textbox').first().fill('Eerste');
  await phone.getByRole('button', { name: 'Plakbriefje', exact: true }).tap();
  await list.getByRole('textbox').last().fill('Tweede');
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await list.getByRole('listitem').last().getByRole('button', { name: 'Omhoog' }).tap();
  await expect(list.getByRole('listitem').first()).toContainText('Plakbriefje');
  await expect(saveStatus(phone)).toContainText('Opgeslagen', { timeout: 10_000 });
  await expectNoViolations(phone);
});

test('a class without a live lesson: the teacher makes it from a list of names and hands out the moodboard; a student works with the code', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await page.goto('/docent/inloggen');
  await page.getByLabel('E-mailadres').fill(EMAIL);
  await page.getByLabel('Wachtwoord').fill(TEACHER_PASSWORD);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto('/docent/klassen');
  await expectNoViolations(page);

  // A bad list keeps what was typed and names the line.
  const className = `MV3A-${Date.now() % 100_000}`;
  await page.getByLabel('Naam van de klas').fill(className);
  await page.getByLabel('Leerlingen', { exact: true }).fill('Kim de Vries\nLars Jansen\nkim de vries');
  await page.getByRole('button', { name: 'Klas aanmaken' }).click();
  await expect(page.locator('main')).toContainText('Regel 3 (kim de vries): Deze naam staat al op regel 1.');
  await expect(page.getByLabel('Leerlingen', { exact: true })).toHaveValue('Kim de Vries\nLars Jansen\nkim de vries');
  await page.getByLabel('Leerlingen', { exact: true }).fill('Kim de Vries\nLars Jansen');
  await page.getByRole('button', { name: 'Klas aanmaken' }).click();
  await expect(page.getByText('Klas aangemaakt.', { exact: false })).toBeVisible();
  await expectNoViolations(page);
  const codes = page.getByRole('table').filter({ hasText: 'Werkcode' });
  const codeOf = async (name: string) =>
    ((await codes.getByRole('row').filter({ hasText: name }).locator('td.code').textContent()) ?? '').trim();
  const firstCode = await codeOf('Kim de Vries');
  expect(firstCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  // Others saw Kim's code: the teacher gives a new one, and the old one stops working.
  await page.getByRole('button', { name: 'Nieuwe werkcode voor Kim de Vries' }).click();
  const kimCode = await codeOf('Kim de Vries');
  expect(kimCode).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
  expect(kimCode).not.toBe(firstCode);
  await expect(page.getByRole('status').filter({ hasText: `Nieuwe werkcode voor Kim de Vries: ${kimCode}` })).toBeVisible();
  // A post that is not a form is answered with a clear 400, not a crash inside the page.
  const notAForm = await page.request.post('/docent/klassen', { data: { name: 'MV3B' }, headers: { origin: new URL(page.url()).origin } });
  expect(notAForm.status()).toBe(400);
  expect(await notAForm.text()).toBe('Dit formulier kon niet worden gelezen. Ga terug en verstuur het opnieuw.');
  const refused = await page.request.post('/api/werk/inloggen', {
    data: { code: firstCode },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(refused.status()).toBe(401);
  // Only for a student of the teacher's own session or class.
  const origin = new URL(page.url()).origin;
  const foreign = await page.request.post('/docent/werkcode', {
    form: { participant: 'p-unknown', session: 'not-mine', back: '/docent' },
    headers: { origin },
  });
  expect(foreign.status()).toBe(404);

  await page.getByRole('link', { name: 'Opdracht uitdelen' }).click();
  await page.getByLabel(/Moodboard G-Star en de Bijenkorf/).check();
  await page.getByRole('button', { name: 'Uitdelen' }).click();
  await expect(page).toHaveURL(/\/docent\/opdrachten\/[0-9a-f-]{36}$/);
  await expect(page.locator('main')).toContainText(className);

  const { context, board } = await openAtHome(browser, kimCode);
  await addHeading(board, 'Klaswerk');
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });
  await board.getByRole('button', { name: 'Inleveren', exact: true }).click();
  await board.getByRole('dialog', { name: 'Moodboard inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
  const handIn = board.getByRole('region', { name: 'Inleveren' });
  await expect(handIn.getByRole('status')).toHaveText(/^Versie 1 ingeleverd op /);
  // Handing in the same work again (as after a lost answer) is the version already handed in.
  await expect(handIn.getByRole('listitem')).toHaveCount(1);
  const firstLine = await handIn.getByRole('status').textContent();
  await handIn.getByRole('button', { name: 'Nieuwe versie inleveren' }).click();
  await board.getByRole('dialog', { name: 'Moodboard inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
  await expect(board.getByRole('dialog', { name: 'Moodboard inleveren?' })).toHaveCount(0);
  await expect(handIn.getByRole('button', { name: 'Nieuwe versie inleveren' })).toBeEnabled();
  await expect(handIn.getByRole('status')).toHaveText(firstLine ?? '');
  await expect(handIn.getByRole('listitem')).toHaveCount(1);

  await page.reload();
  await expect(page.locator('main')).toContainText('Ingeleverd');
  await expect(page.getByRole('link', { name: /Kim de Vries/ }).first()).toBeVisible();
  await context.close();
});

test('a link card, a colour swatch, and pictures dropped on the board or pasted', async ({ page, browser }) => {
  test.setTimeout(120_000);
  const { context, board } = await studentAtHome(page, browser, 'Kees');

  await board.getByRole('button', { name: 'Link', exact: true }).click();
  const linkDialog = board.getByRole('dialog', { name: 'Link toevoegen' });
  await linkDialog.getByLabel('Webadres').fill('javascript:alert(1)');
  await linkDialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(linkDialog).toContainText('Een link begint met https:// of http://.');
  await linkDialog.getByLabel('Webadres').fill('https://www.de-bijenkorf.nl/g-star');
  await linkDialog.getByLabel('Titel').fill('G-Star bij de Bijenkorf');
  await linkDialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(board.locator('.mb-board')).toContainText('G-Star bij de Bijenkorf');

  await board.getByRole('button', { name: 'Kleur', exact: true }).click();
  const swatchDialog = board.getByRole('dialog', { name: 'Kleur toevoegen' });
  await swatchDialog.getByLabel('Kleur', { exact: true }).fill('#1d3557');
  await swatchDialog.getByLabel('Naam van de kleur').fill('Denimblauw');
  await swatchDialog.getByRole('button', { name: 'Toevoegen' }).click();
  await expect(board.locator('.mb-board')).toContainText('Denimblauw');
  await expect(board.locator('.mb-board')).toContainText('#1d3557');

  // A picture dropped from the computer onto the board, and one pasted from the clipboard.
  const png = (await examplePng()).toString('base64');
  const dropOrPaste = async (how: 'drop' | 'paste') =>
    board.evaluate(
      ([data, kind]) => {
        const bytes = Uint8Array.from(atob(data), (char) => char.charCodeAt(0));
        const transfer = new DataTransfer();
        transfer.items.add(new File([bytes], `${kind}.png`, { type: 'image/png' }));
        const target = document.querySelector('.mb-board');
        if (kind === 'drop') {
          target?.dispatchEvent(new DragEvent('dragover', { bubbles: true, cancelable: true, dataTransfer: transfer }));
          target?.dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }));
        } else {
          document.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: transfer }));
        }
      },
      [png, how] as const,
    );
  await dropOrPaste('drop');
  await expect(board.locator('.mb-board img')).toHaveCount(1, { timeout: 20_000 });
  await dropOrPaste('paste');
  await expect(board.locator('.mb-board img')).toHaveCount(2, { timeout: 20_000 });
  await expect(boardItems(board)).toHaveCount(4);
  await expect(saveStatus(board)).toContainText('Opgeslagen', { timeout: 10_000 });
  await expectNoViolations(board);
  await context.close();
});
