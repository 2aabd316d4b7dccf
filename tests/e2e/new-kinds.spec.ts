import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fetchOutline, WAARHEDEN } from './helpers.ts';
import { addTeacher, phoneJoins, startLiveLesson } from './live-helpers.ts';
import { scriptedClass, teacherOfPage } from './live-sockets.ts';

// The question types beyond quiz, poll, mind map and open question, each as a class meets it: on
// the phones (one of them by touch), on the board at 720p, on the teacher's panel, in the report and
// the CSV, and in study mode at home.

const EMAIL = `soorten-${randomUUID()}@school.nl`;
const BEAMER = { width: 1280, height: 720 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);

test.beforeAll(() => addTeacher(EMAIL, 'Soorten Docent'));

async function openBoard(page: Page, lesson: string, sessionId: string): Promise<Page> {
  const board = await page.context().newPage();
  await board.setViewportSize(BEAMER);
  await board.goto(`/lessons/${lesson}/present?live=${sessionId}`);
  await expect(board.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  return board;
}

test('a scale: phones tap or slide a point, the board shows the spread and the mean, the report and CSV every answer', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const outline = await fetchOutline(page, WAARHEDEN);
  const slide = outline.slides.find((candidate) => candidate.kinds.includes('scale'))?.index ?? 0;
  expect(slide).toBeGreaterThan(0);
  expect(outline.items.scale).toBe(1);
  const { code, sessionId } = await startLiveLesson(page, EMAIL, WAARHEDEN);
  const board = await openBoard(page, WAARHEDEN, sessionId);
  const teacher = await teacherOfPage(page, baseURL ?? '', sessionId);
  const phone = await phoneJoins(browser, code, 'Ada');
  const others = await scriptedClass(baseURL ?? '', code, 5);

  await teacher.send('item:open', { id: 'tevreden-winkel' });
  const scale = phone.locator('[data-widget="scale"][data-live-open="true"]');
  await expect(scale).toBeVisible();
  await expect(scale.getByRole('group', { name: /Hoe tevreden ben jij/ })).toBeVisible();
  await phone.screenshot({ path: test.info().outputPath('scale-phone.png') });
  await axe(phone);
  await scale.getByRole('radio', { name: '4' }).tap();
  await expect(scale.getByText('Verstuurd ✓')).toBeVisible();
  await expect(scale.getByRole('radio', { name: '4' })).toBeChecked();
  // 4 (Ada), then 5, 5, 3, 1, 2: mean 20 / 6 = 3,3.
  await Promise.all([5, 5, 3, 1, 2].map((point, index) => others[index]?.answer('tevreden-winkel', { kind: 'scale', value: point })));
  // A point off the scale is refused on the server, whatever a client sends.
  await expect(
    others[0]?.socket.emitWithAck('answer:submit', {
      itemId: 'tevreden-winkel',
      clientAnswerId: 'x'.repeat(22),
      value: { kind: 'scale', value: 9 },
    }),
  ).resolves.toMatchObject({
    ok: false,
  });

  // The teacher's panel: counts per point and the mean, in words.
  const panel = page.locator('.tl-results');
  await expect(panel).toContainText('Schaal');
  await expect(panel.getByText('Gemiddeld: 3,3')).toBeVisible();
  await expect(panel.getByRole('row', { name: /^5 \(heel erg\) 2/ })).toBeVisible();
  await expect(panel.getByRole('row', { name: /^4 1/ })).toBeVisible();

  // The board: nothing while the class answers, then a column per point and the mean for the room.
  await expect(board.locator('[data-position]')).toHaveText(new RegExp(`^Dia ${slide} van `));
  await teacher.send('item:close', {});
  await board.keyboard.press('r');
  const results = board.locator('.board-results .board-scale');
  await expect(results.locator('li')).toHaveCount(5);
  await expect(results.locator('li').nth(4)).toContainText('2×');
  await expect(results.locator('.board-scale-mean')).toHaveText('Gemiddeld: 3,3');
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('scale-board.png') });

  // The report and the CSV.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  const item = page.locator('.report-item').filter({ hasText: 'Hoe tevreden ben jij' });
  await expect(item).toContainText('6 leerlingen antwoordden');
  await expect(item.getByRole('row', { name: '5 (heel erg) 2' })).toBeVisible();
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const rows = csv.split('\r\n').filter((line) => line.includes(';tevreden-winkel;'));
  expect(rows).toHaveLength(6);
  expect(
    rows
      .find((line) => line.startsWith('Ada;'))
      ?.split(';')
      .slice(4, 7),
  ).toEqual(['schaal', 'Hoe tevreden ben jij over de service van je favoriete winkel?', '4']);
  for (const student of others) student.close();
});
