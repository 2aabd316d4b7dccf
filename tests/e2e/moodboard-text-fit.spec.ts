import { mkdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import type { BoardPayload } from '../../src/shared/moodboard/api.ts';
import { fontOf, isTextKind, textItemLines, type TextItem, type TextMeasure } from '../../src/moodboard/text-fit.ts';
import { expect, test } from './fixtures.ts';
import { addTeacher } from './live-helpers.ts';
import { waitForIslands } from './helpers.ts';
import { EMAIL, expectNoViolations, lessonWithHandout, openAtHome, saveStatus } from './moodboard-helpers.ts';

test.beforeAll(() => addTeacher(EMAIL, 'Moodboard Docent'));

const SHOTS = process.env.SHOTS_DIR;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
};

const HEADING = 'Zo maken G-Star en de Bijenkorf van één verkoop een relatie die jarenlang blijft groeien';
const STICKY =
  'Sociale binding: twee keer per jaar een besloten avond in de Bijenkorf voor vaste klanten, met de nieuwe denimcollectie, ' +
  'een stylist van G-Star die helpt met passen, een drankje en een cadeau voor wie een vriendin meeneemt. Zo voelen klanten ' +
  'zich gezien en komen ze terug, ook als er geen korting is.';

/** Every text item on a board has all of its text inside its box: nothing is cut off at the bottom or side. */
async function expectNothingClipped(items: Locator): Promise<void> {
  const sizes = await items.evaluateAll((elements) =>
    elements.map((element) => ({
      text: element.textContent ?? '',
      scrollHeight: element.scrollHeight,
      clientHeight: element.clientHeight,
      scrollWidth: element.scrollWidth,
      clientWidth: element.clientWidth,
    })),
  );
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) {
    expect(size.scrollHeight, size.text).toBeLessThanOrEqual(size.clientHeight);
    expect(size.scrollWidth, size.text).toBeLessThanOrEqual(size.clientWidth);
  }
}

/**
 * The lines the PNG export draws for each text item, laid out by the export's own function with
 * this browser's text widths (measured on a canvas in the page, as the export does).
 */
async function exportLayout(page: Page, items: TextItem[]) {
  const widths = new Map<string, number>();
  for (let pass = 0; pass < 1000; pass++) {
    const missing = new Set<string>();
    const measure: TextMeasure = (text, style) => {
      const key = `${fontOf(style)}\n${text}`;
      const width = widths.get(key);
      if (width === undefined) missing.add(key);
      return width ?? 0;
    };
    const layouts = items.map((item) => textItemLines(item, measure));
    if (missing.size === 0) return layouts;
    const keys = [...missing];
    const measured = await page.evaluate((asked) => {
      const ctx = new OffscreenCanvas(1, 1).getContext('2d');
      return asked.map((key) => {
        const [font = '', ...text] = key.split('\n');
        if (!ctx) return 0;
        ctx.font = font;
        return ctx.measureText(text.join('\n')).width;
      });
    }, keys);
    keys.forEach((key, index) => widths.set(key, measured[index] ?? 0));
  }
  throw new Error('the layout did not settle');
}

const textItems = '.mb-item.mb-kind-heading, .mb-item.mb-kind-sticky, .mb-item.mb-kind-note';

test('text made in the phone list fits on the laptop board, in the teacher’s review and in the PNG export', async ({ page, browser }) => {
  test.setTimeout(150_000);
  const { phone, handoutUrl, workCode } = await lessonWithHandout(page, browser, 'Noor');
  await phone.setViewportSize({ width: 390, height: 844 });

  // Mijn werk and the empty board show the brief in its paragraphs.
  await phone.getByText('Lees de opdracht').tap();
  const workBrief = phone.locator('.assignment-brief p');
  await expect(workBrief.filter({ hasText: /wil verkopen\.$/ })).toHaveCount(1);
  await expect(workBrief.filter({ hasText: /^Aan het eind/ })).toHaveCount(1);
  await shot(phone, 'mijn-werk-390x844');
  await phone.getByRole('button', { name: 'Open moodboard' }).tap();
  await expect(phone).toHaveURL(/\/werk\/bord\//);
  await waitForIslands(phone);
  await expect(phone.locator('.mb-brief p').filter({ hasText: /^Aan het eind/ })).toHaveCount(1);

  const list = phone.getByRole('list', { name: 'Onderdelen van je moodboard, van achter naar voor' });
  await phone.getByRole('button', { name: 'Kop', exact: true }).tap();
  await list.getByRole('textbox').first().fill(HEADING);
  await phone.getByRole('button', { name: 'Plakbriefje', exact: true }).tap();
  await list.getByRole('textbox').last().fill(STICKY);
  await phone.getByRole('button', { name: 'Tekst', exact: true }).tap();
  await list.getByRole('textbox').last().fill('Korte notitie.');
  await expect(list.getByRole('listitem')).toHaveCount(3);
  await expect(saveStatus(phone)).toContainText('Opgeslagen', { timeout: 10_000 });
  await shot(phone, 'list-390x844');

  // At home on a laptop: every text is whole, and the three items are on their own spots.
  const { context, board } = await openAtHome(browser, workCode);
  await board.setViewportSize({ width: 1366, height: 768 });
  const onBoard = board.locator('.mb-board').locator(textItems);
  await expect(onBoard).toHaveCount(3);
  await expectNothingClipped(onBoard);
  const boxes = await onBoard.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
  for (const [index, a] of boxes.entries())
    for (const b of boxes.slice(index + 1))
      expect(a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top, 'items overlap').toBe(true);
  await expectNoViolations(board);
  await shot(board, 'board-1366x768');

  // The PNG export lays the same boxes out with all of their lines.
  const boardId = new URL(board.url()).pathname.split('/').at(-1) ?? '';
  const payload = (await (await board.request.get(`/api/werk/borden/${boardId}`)).json()) as BoardPayload;
  const stored = payload.board.doc.items.filter((item): item is TextItem => isTextKind(item.kind));
  expect(stored.map((item) => item.text).sort()).toEqual([HEADING, 'Korte notitie.', STICKY].sort());
  const layouts = await exportLayout(board, stored);
  for (const [index, layout] of layouts.entries()) {
    expect(layout.complete, stored[index]?.text).toBe(true);
    expect(layout.lines.join(' ')).toBe(stored[index]?.text.replace(/\s+/g, ' '));
  }
  expect(layouts.some((layout) => layout.lines.length >= 4)).toBe(true);
  await context.close();

  // The teacher's read-only review shows the same board, nothing cut, and the brief in paragraphs.
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(handoutUrl);
  await page.getByRole('link', { name: /Noor/ }).first().click();
  const review = page.locator('.mb-board-view').locator(textItems);
  await expect(review).toHaveCount(3);
  await expectNothingClipped(review);
  await page.getByText('De opdracht', { exact: true }).click();
  const reviewBrief = page.locator('.assignment-brief p');
  await expect(reviewBrief.filter({ hasText: /wil verkopen\.$/ })).toHaveCount(1);
  await expect(reviewBrief.filter({ hasText: /^Aan het eind/ })).toHaveCount(1);
  await expectNoViolations(page);
  await shot(page, 'review-1366x768');

  // The teacher's own page names the live lesson by its title.
  await page.goto('/docent');
  await expect(page.locator('.session-list').first().locator('strong').first()).toHaveText('Les 2: Wat is Relatiebeheer?');
  await shot(page, 'docent-1366x768');
});
