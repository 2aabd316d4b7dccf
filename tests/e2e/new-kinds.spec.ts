import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fetchOutline, LES2, WAARHEDEN } from './helpers.ts';
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

const LAPTOP = { width: 1366, height: 768 };

/**
 * A live lesson of `lesson` with its board at 720p, the teacher's socket and three students: Ada on a
 * touch phone, Bo with a mouse (on a laptop unless `mouseViewport` says otherwise), Cem with the keyboard.
 */
async function classroom(page: Page, browser: Browser, baseURL: string | undefined, lesson: string, mouseViewport = LAPTOP) {
  const { code, sessionId } = await startLiveLesson(page, EMAIL, lesson);
  const board = await openBoard(page, lesson, sessionId);
  const teacher = await teacherOfPage(page, baseURL ?? '', sessionId);
  const touch = await phoneJoins(browser, code, 'Ada');
  const mouse = await (await browser.newContext({ viewport: mouseViewport, locale: 'nl-NL' })).newPage();
  await mouse.goto(`/join/${code}`);
  await mouse.getByLabel('Je naam').fill('Bo');
  await mouse.getByRole('button', { name: 'Meedoen' }).click();
  await expect(mouse.locator('[data-me]')).toHaveText('Je doet mee als Bo');
  const keys = await phoneJoins(browser, code, 'Cem');
  return { code, sessionId, board, teacher, touch, mouse, keys };
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

const RMP = 'relatiebeheer/relatiemanagementplan';
const STEPS = [
  'Verdeel je plan in fasen.',
  'Bedenk bij elke fase activiteiten.',
  'Zet fasen en activiteiten in een schema.',
  'Spits de activiteiten toe op A-, B- en C-relaties.',
];

/** The item texts of the ordering on `page`, top to bottom. */
const shownOrder = (page: Page) => page.locator('[data-widget="ordering"] .order-text').allTextContents();

test('ordering: by touch buttons, mouse drag and keyboard; the right order stays on the server until revealed', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const { code, sessionId, board, teacher, touch, mouse, keys } = await classroom(page, browser, baseURL, RMP, { width: 390, height: 844 });
  // The phone's page gives the order away nowhere: the items come shuffled, the explanation not at all.
  const html = await (await touch.request.get(`/join/${code}`)).text();
  expect(html).not.toContain('Eerst de fasen, dan per fase');
  const shown = await shownOrder(touch);
  expect([...shown].sort()).toEqual([...STEPS].sort());
  expect(shown).not.toEqual(STEPS);

  await teacher.send('item:open', { id: 'volgorde-stappen' });
  for (const phone of [touch, mouse, keys]) await expect(phone.locator('[data-widget="ordering"][data-live-open="true"]')).toBeVisible();
  await axe(touch);
  await touch.screenshot({ path: test.info().outputPath('ordering-phone.png') });

  // Ada (touch): the up buttons, until the order is right.
  for (const [position, step] of STEPS.entries()) {
    while ((await shownOrder(touch)).indexOf(step) > position) await touch.getByRole('button', { name: `Omhoog: ${step}` }).tap();
  }
  expect(await shownOrder(touch)).toEqual(STEPS);
  await touch.getByRole('button', { name: 'Verstuur' }).tap();
  await expect(touch.getByText('Verstuurd ✓')).toBeVisible();

  // Bo (mouse): drags the last item to the top.
  const before = await shownOrder(mouse);
  const handles = mouse.locator('.order-handle');
  const from = await handles.last().boundingBox();
  const to = await handles.first().boundingBox();
  if (!from || !to) throw new Error('no handles');
  await mouse.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await mouse.mouse.down();
  await mouse.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await mouse.mouse.move(to.x + to.width / 2, to.y + 2, { steps: 10 });
  await mouse.mouse.up();
  await expect.poll(() => shownOrder(mouse)).toEqual([before.at(-1), ...before.slice(0, -1)]);
  // The drag library swallows clicks for 50 ms after a drop (no person is that quick; a test is): click until it is sent.
  const send = mouse.getByRole('button', { name: 'Verstuur' });
  await expect(async () => {
    if (await send.isVisible()) await send.click();
    await expect(mouse.getByText('Verstuurd ✓')).toBeVisible({ timeout: 1000 });
  }).toPass();

  // Cem (keyboard): space lifts the second item, the up arrow moves it, space drops it; each step is announced.
  const start = await shownOrder(keys);
  await keys.getByRole('button', { name: `Versleep: ${start[1]}` }).focus();
  const announced = (text: string) => expect(keys.locator('[aria-live="assertive"]').filter({ hasText: text })).toHaveCount(1);
  await keys.keyboard.press('Space');
  await announced(`${start[1]} opgepakt, plaats 2 van 4.`);
  await keys.keyboard.press('ArrowUp');
  await announced(`${start[1]} staat nu op plaats 1 van 4.`);
  await keys.keyboard.press('Space');
  await announced(`${start[1]} neergezet op plaats 1 van 4.`);
  await expect.poll(() => shownOrder(keys)).toEqual([start[1], start[0], ...start.slice(2)]);
  await keys.getByRole('button', { name: 'Verstuur' }).press('Enter');
  await expect(keys.getByText('Verstuurd ✓')).toBeVisible();

  // The panel: one of three all right; the board, once revealed, the right order with each right place marked.
  await expect(page.locator('.tl-results')).toContainText('van 3 helemaal goed');
  await teacher.send('item:close', {});
  await teacher.send('answer:reveal', { id: 'volgorde-stappen', revealed: true });
  await expect(touch.locator('.feedback.good')).toContainText('Goed! Alles staat in de goede volgorde.');
  await board.keyboard.press('r');
  const results = board.locator('.board-results .board-ordering');
  await expect(results.locator('.board-ordering-right')).toContainText('van 3 helemaal goed');
  await expect(results.locator('tbody th')).toHaveText(STEPS);
  await expect(results.locator('td[data-right="true"]')).toHaveCount(4);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('ordering-board.png') });

  // The report and CSV: Ada's order right, in words.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  const item = page.locator('.report-item').filter({ hasText: 'Zet de vier stappen' });
  await expect(item).toContainText('3 leerlingen antwoordden');
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const ada =
    csv
      .split('\r\n')
      .find((line) => line.startsWith('Ada;') && line.includes(';volgorde-stappen;'))
      ?.split(';') ?? [];
  expect(ada.slice(4, 8)).toEqual([
    'volgorde',
    'Zet de vier stappen van het relatiemanagementplan in de goede volgorde.',
    STEPS.map((step, index) => `${index + 1}. ${step}`).join(' | '),
    'goed',
  ]);
});

const RM = 'relatiebeheer/relatiemarketing';
const PAIRS: [string, string][] = [
  ['Financieel', 'Spaarpunten en korting voor vaste klanten'],
  ['Sociaal', 'Een persoonlijke kaart van je vaste verkoper'],
  ['Structureel', 'Een abonnement met een eigen klantportaal'],
];

test('matching: tap left then right, drag with a mouse, or use the keyboard; the board shows the pairs made', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  // Bo works on a laptop (1366x768) with a mouse: the two columns side by side.
  const { code, sessionId, board, teacher, touch, mouse, keys } = await classroom(page, browser, baseURL, RM);
  const html = await (await touch.request.get(`/join/${code}`)).text();
  expect(html).not.toContain('Financieel is een voordeel in geld');

  await teacher.send('item:open', { id: 'koppel-binding' });
  const widget = (phone: Page) => phone.locator('[data-widget="matching"][data-live-open="true"]');
  for (const phone of [touch, mouse, keys]) await expect(widget(phone)).toBeVisible();
  // The right column comes shuffled.
  expect(await widget(touch).locator('.match-right').allTextContents()).not.toEqual(PAIRS.map((pair) => pair[1]));
  await axe(touch);

  // Ada (touch): taps a left item, then its match; every pair right.
  for (const [left, right] of PAIRS) {
    await widget(touch).getByRole('button', { name: left, exact: true }).tap();
    await expect(widget(touch).getByRole('status').first()).toContainText(`Gekozen: ${left}`);
    await widget(touch).getByRole('button', { name: right, exact: true }).tap();
  }
  await expect(widget(touch).locator('.match-left .match-slot')).toHaveText(PAIRS.map((pair) => `→ ${pair[1]}`));
  await touch.screenshot({ path: test.info().outputPath('matching-phone.png') });
  await touch.getByRole('button', { name: 'Verstuur' }).tap();
  await expect(touch.getByText('Verstuurd ✓')).toBeVisible();

  // Bo (mouse): drags each right item onto a left one, the first two swapped.
  const targets = ['Sociaal', 'Financieel', 'Structureel'];
  await widget(mouse).locator('.match-columns').scrollIntoViewIfNeeded();
  for (const [index, [, right]] of PAIRS.entries()) {
    const chip = await widget(mouse).getByRole('button', { name: right, exact: true }).boundingBox();
    const slot = await widget(mouse).locator('.match-left', { hasText: targets[index] }).boundingBox();
    if (!chip || !slot) throw new Error('no chip or slot');
    await mouse.mouse.move(chip.x + chip.width / 2, chip.y + chip.height / 2);
    await mouse.mouse.down();
    await mouse.mouse.move(chip.x + chip.width / 2 + 10, chip.y + chip.height / 2, { steps: 4 });
    await mouse.mouse.move(slot.x + slot.width / 2, slot.y + slot.height / 2, { steps: 10 });
    await mouse.mouse.up();
    await expect(widget(mouse).locator('.match-left', { hasText: targets[index] }).locator('.match-slot')).toHaveText(`→ ${right}`);
  }
  const send = mouse.getByRole('button', { name: 'Verstuur' });
  await expect(async () => {
    if (await send.isVisible()) await send.click();
    await expect(mouse.getByText('Verstuurd ✓')).toBeVisible({ timeout: 1000 });
  }).toPass();

  // Cem (keyboard): Tab to a left item, Enter, then its match, Enter.
  for (const [left, right] of PAIRS) {
    await widget(keys).getByRole('button', { name: left, exact: true }).focus();
    await keys.keyboard.press('Enter');
    await widget(keys).getByRole('button', { name: right, exact: true }).focus();
    await keys.keyboard.press('Enter');
  }
  await expect(widget(keys).locator('.match-left .match-slot')).toHaveText(PAIRS.map((pair) => `→ ${pair[1]}`));
  await keys.getByRole('button', { name: 'Verstuur' }).press('Enter');
  await expect(keys.getByText('Verstuurd ✓')).toBeVisible();

  await expect(page.locator('.tl-results')).toContainText('2 van 3 helemaal goed');
  await teacher.send('item:close', {});
  await teacher.send('answer:reveal', { id: 'koppel-binding', revealed: true });
  await expect(mouse.locator('.feedback.bad')).toContainText('Niet helemaal. Zo hoort het:');
  await expect(touch.locator('.feedback.good')).toContainText('Goed! Alles is goed gekoppeld.');
  await board.keyboard.press('r');
  const results = board.locator('.board-results .board-matching');
  await expect(results.locator('.board-matching-right')).toHaveText('2 van 3 helemaal goed');
  await expect(results.locator('td[data-right="true"]')).toHaveText(['2 (goed)', '2 (goed)', '3 (goed)']);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('matching-board.png') });

  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const bo =
    csv
      .split('\r\n')
      .find((line) => line.startsWith('Bo;') && line.includes(';koppel-binding;'))
      ?.split(';') ?? [];
  expect(bo.slice(4, 8)).toEqual([
    'koppeling',
    'Welk voorbeeld hoort bij welk niveau van klantwaarde?',
    `Financieel → ${PAIRS[1]?.[1]} | Sociaal → ${PAIRS[0]?.[1]} | Structureel → ${PAIRS[2]?.[1]}`,
    'fout',
  ]);
});

const GOALS = [
  'Je weet de praktische zaken van deze module en hoe je deze afrondt',
  'Je weet wat relatiebeheer is',
  'Je weet hoe je relatiebeheer toepast',
  'Je weet de niveaus van klantenbinding',
];

test('self-assessment: per goal ja, een beetje or nee on the phones; the board, panel and report show the class per goal', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const outline = await fetchOutline(page, LES2);
  expect(outline.slides[28]?.kinds).toEqual(['selfAssessment']);
  expect(outline.items.selfAssessment).toBe(1);
  const { code, sessionId, board, teacher, touch, mouse, keys } = await classroom(page, browser, baseURL, LES2);
  const others = await scriptedClass(baseURL ?? '', code, 3);

  await teacher.send('item:open', { id: 'kan-ik-dit' });
  const widget = (phone: Page) => phone.locator('[data-widget="selfAssessment"][data-live-open="true"]');
  for (const phone of [touch, mouse, keys]) await expect(widget(phone)).toBeVisible();
  const goal = (phone: Page, index: number) => widget(phone).getByRole('group', { name: GOALS[index], exact: true });
  await expect(widget(touch).getByRole('group', { name: 'Kan ik dit?' })).toBeVisible();
  await axe(touch);

  // Ada (touch): taps a level per goal; the send button waits until every goal has one.
  const send = (phone: Page) => widget(phone).getByRole('button', { name: 'Verstuur' });
  for (const [index, level] of ['Ja', 'Ja', 'Een beetje'].entries()) await goal(touch, index).getByText(level, { exact: true }).tap();
  await expect(send(touch)).toBeDisabled();
  await goal(touch, 3).getByText('Nee', { exact: true }).tap();
  await touch.screenshot({ path: test.info().outputPath('self-assessment-phone.png') });
  await send(touch).tap();
  await expect(widget(touch).getByText('Verstuurd ✓')).toBeVisible();

  // Bo (laptop, mouse).
  for (const [index, level] of ['Ja', 'Een beetje', 'Een beetje', 'Nee'].entries())
    await goal(mouse, index).getByText(level, { exact: true }).click();
  await send(mouse).click();
  await expect(widget(mouse).getByText('Verstuurd ✓')).toBeVisible();

  // Cem (keyboard): space chooses the focused level, the arrow keys move along a goal's levels, Tab to the next goal.
  await goal(keys, 0).getByRole('radio', { name: 'Ja' }).focus();
  await keys.keyboard.press('Space');
  for (let index = 1; index < 4; index++) {
    await keys.keyboard.press('Tab');
    await expect(goal(keys, index).getByRole('radio', { name: 'Ja' })).toBeFocused();
    await keys.keyboard.press('Space');
  }
  await keys.keyboard.press('ArrowRight');
  await keys.keyboard.press('ArrowRight');
  await expect(goal(keys, 3).getByRole('radio', { name: 'Nee' })).toBeChecked();
  await keys.keyboard.press('Tab');
  await expect(send(keys)).toBeFocused();
  await keys.keyboard.press('Enter');
  await expect(widget(keys).getByText('Verstuurd ✓')).toBeVisible();

  const levels = (...codes: ('yes' | 'some' | 'no')[]) => ({ kind: 'selfAssessment' as const, levels: codes });
  await others[0]?.answer('kan-ik-dit', levels('no', 'no', 'no', 'no'));
  await others[1]?.answer('kan-ik-dit', levels('some', 'yes', 'some', 'yes'));
  await others[2]?.answer('kan-ik-dit', levels('yes', 'yes', 'yes', 'yes'));
  // A level for too few goals, or one no phone offers, is refused on the server.
  const unknownLevel = { kind: 'selfAssessment', levels: ['yes', 'yes', 'yes', 'perhaps'] } as unknown as ReturnType<typeof levels>;
  for (const value of [levels('yes', 'yes'), unknownLevel]) {
    await expect(
      others[0]?.socket.emitWithAck('answer:submit', { itemId: 'kan-ik-dit', clientAnswerId: randomUUID().slice(0, 22), value }),
    ).resolves.toMatchObject({ ok: false });
  }

  // The panel: per goal how many chose each level (Ada, Bo, Cem and three more).
  const expected = [
    ['4 (67%)', '1 (17%)', '1 (17%)'],
    ['4 (67%)', '1 (17%)', '1 (17%)'],
    ['2 (33%)', '3 (50%)', '1 (17%)'],
    ['2 (33%)', '0 (0%)', '4 (67%)'],
  ];
  const panel = page.locator('.tl-results .tl-goals');
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const [index, text] of GOALS.entries()) {
    await expect(panel.locator('tbody th').nth(index)).toContainText(text);
    await expect(panel.locator('tbody tr').nth(index).locator('td')).toHaveText(expected[index] ?? []);
  }
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('self-assessment-panel.png') });

  // The board: a bar per goal, split by level, read from the back of the room.
  await expect(board.locator('[data-position]')).toHaveText(/^Dia 29 van /);
  await teacher.send('item:close', {});
  await board.keyboard.press('r');
  const results = board.locator('.board-results .board-goals');
  await expect(results.locator('.board-goal-text')).toHaveText(GOALS);
  await expect(results.locator('.board-goal-rows li').nth(3).locator('.goal-bar-part')).toHaveText(['2', '4']);
  await expect(results.locator('.board-goal-rows li').nth(3).locator('.visually-hidden')).toHaveText('Ja: 2, Een beetje: 0, Nee: 4');
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('self-assessment-board.png') });

  // The report: the class per goal; the CSV every student's levels, in the reader's words.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  const item = page.locator('.report-item').filter({ hasText: 'Kan ik dit?' });
  await expect(item).toContainText('6 leerlingen antwoordden');
  await expect(item.locator('thead th')).toHaveText(['Lesdoel', 'Ja', 'Een beetje', 'Nee']);
  await expect(item.getByRole('row', { name: `${GOALS[2]} 2 3 1` })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('self-assessment-report.png'), fullPage: true });
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const ada =
    csv
      .split('\r\n')
      .find((line) => line.startsWith('Ada;') && line.includes(';kan-ik-dit;'))
      ?.split(';') ?? [];
  expect(ada.slice(4, 8)).toEqual([
    'zelfbeoordeling',
    'Kan ik dit?',
    `${GOALS[0]}: Ja | ${GOALS[1]}: Ja | ${GOALS[2]}: Een beetje | ${GOALS[3]}: Nee`,
    '',
  ]);
  for (const student of others) student.close();
});

const KGO = 'relatiebeheer/klantgerichte-organisatie';

test('hotspot: a tap, a click or the sliders on the image; the board shows a heat map and, once revealed, the right area', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const outline = await fetchOutline(page, KGO);
  expect(outline.items.hotspot).toBe(1);
  const slide = outline.slides.find((candidate) => candidate.kinds.includes('hotspot'))?.index ?? 0;
  const { code, sessionId, board, teacher, touch, mouse, keys } = await classroom(page, browser, baseURL, KGO);
  const others = await scriptedClass(baseURL ?? '', code, 3);
  // The right area stays on the server: the phone's page does not hold it, nor the explanation.
  const html = await (await touch.request.get(`/join/${code}`)).text();
  expect(html).not.toContain('bepaalt hij de leverancierskeuze');
  expect(html).not.toContain('&quot;areas&quot;');

  await teacher.send('item:open', { id: 'wijs-beslisser' });
  const widget = (phone: Page) => phone.locator('[data-widget="hotspot"][data-live-open="true"]');
  for (const phone of [touch, mouse, keys]) await expect(widget(phone)).toBeVisible();
  const image = (phone: Page) => widget(phone).getByRole('button', { name: /^Tik op de plek in: Zes rollen/ });
  const at = async (phone: Page, x: number, y: number) => {
    // Positions are taken inside the frame's border, where the image itself starts.
    const box = await image(phone).locator('img').boundingBox();
    if (!box) throw new Error('no image');
    return { x: (box.width * x) / 100, y: (box.height * y) / 100 };
  };
  await axe(touch);

  // Ada (touch) taps on the decider, Bo (mouse) clicks on the gatekeeper.
  await image(touch).tap({ position: await at(touch, 50, 85) });
  await expect(widget(touch).locator('.hotspot-chosen')).toHaveText('Gekozen plek: 50% van links, 85% van boven.');
  await touch.screenshot({ path: test.info().outputPath('hotspot-phone.png') });
  await widget(touch).getByRole('button', { name: 'Verstuur' }).tap();
  await expect(widget(touch).getByText('Verstuurd ✓')).toBeVisible();
  await image(mouse).click({ position: await at(mouse, 79, 66) });
  await widget(mouse).getByRole('button', { name: 'Verstuur' }).click();
  await expect(widget(mouse).getByText('Verstuurd ✓')).toBeVisible();

  // Cem (keyboard): the sliders move the point down to the decider (page up: 10, arrow: 1), then send.
  const down = widget(keys).getByRole('slider', { name: 'Van boven naar onder' });
  await down.focus();
  for (let step = 0; step < 3; step++) await keys.keyboard.press('PageUp');
  for (let step = 0; step < 5; step++) await keys.keyboard.press('ArrowRight');
  await expect(widget(keys).locator('.hotspot-chosen')).toHaveText('Gekozen plek: 50% van links, 85% van boven.');
  await keys.keyboard.press('Tab');
  await expect(widget(keys).getByRole('button', { name: 'Verstuur' })).toBeFocused();
  await keys.keyboard.press('Enter');
  await expect(widget(keys).getByText('Verstuurd ✓')).toBeVisible();

  await others[0]?.answer('wijs-beslisser', { kind: 'hotspot', x: 50, y: 84 });
  await others[1]?.answer('wijs-beslisser', { kind: 'hotspot', x: 52, y: 86 });
  await others[2]?.answer('wijs-beslisser', { kind: 'hotspot', x: 20, y: 20 });
  // A point off the image is refused on the server.
  await expect(
    others[2]?.socket.emitWithAck('answer:submit', {
      itemId: 'wijs-beslisser',
      clientAnswerId: randomUUID().slice(0, 22),
      value: { kind: 'hotspot', x: 101, y: 20 },
    }),
  ).resolves.toMatchObject({ ok: false });

  // The panel: how many tapped a right place, and the taps over the image with the area for the teacher.
  const panel = page.locator('.tl-results .tl-hotspot');
  await expect(panel).toContainText('4 van 6 op een goede plek');
  await expect(panel.locator('.hotspot-areas rect')).toHaveCount(1);
  await expect(panel.locator('.hotspot-heat circle')).toHaveCount(6);
  await page.setViewportSize({ width: 1366, height: 768 });
  await panel.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('hotspot-panel.png') });

  // The board: the heat map while the area is still hidden, then the area once revealed.
  await expect(board.locator('[data-position]')).toHaveText(new RegExp(`^Dia ${slide} van `));
  await teacher.send('item:close', {});
  await board.keyboard.press('r');
  const results = board.locator('.board-results .board-hotspot');
  await expect(results.locator('.hotspot-heat circle')).toHaveCount(6);
  await expect(results.locator('.hotspot-heat path').first()).toBeAttached();
  await expect(results.locator('.hotspot-areas rect')).toHaveCount(0);
  await expect(results.locator('.board-hotspot-count')).toHaveText('6 keer getikt');
  await teacher.send('answer:reveal', { id: 'wijs-beslisser', revealed: true });
  await expect(results.locator('.hotspot-areas rect')).toHaveCount(1);
  await expect(results.locator('.board-hotspot-count')).toHaveText('4 van 6 op een goede plek');
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('hotspot-board.png') });

  // The phones: right or wrong, the area outlined, and why.
  await expect(touch.locator('[data-widget="hotspot"] .feedback.good')).toContainText('Goed!');
  await expect(mouse.locator('[data-widget="hotspot"] .feedback.bad')).toContainText('De goede plek is groen omlijnd.');
  await expect(mouse.locator('[data-widget="hotspot"] .hotspot-areas rect')).toHaveCount(1);
  await expect(mouse.locator('[data-widget="hotspot"] .explanation')).toContainText('De beslisser hakt de knoop door');
  await mouse.screenshot({ path: test.info().outputPath('hotspot-laptop.png') });

  // The report and CSV: each tap in words, right or wrong.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  await expect(page.locator('.report-item').filter({ hasText: 'Wie hakt bij een inkoopbeslissing' })).toContainText(
    '6 leerlingen antwoordden',
  );
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const row = (name: string) =>
    csv
      .split('\r\n')
      .find((line) => line.startsWith(`${name};`) && line.includes(';wijs-beslisser;'))
      ?.split(';') ?? [];
  expect(row('Bo').slice(4, 6)).toEqual(['aanwijsvraag', 'Wie hakt bij een inkoopbeslissing de knoop door? Tik op die rol.']);
  expect(row('Bo')[6]).toMatch(/^(78|79|80)% van links, (65|66|67)% van boven$/);
  expect(row('Bo')[7]).toBe('fout');
  expect(row('Cem').slice(6, 8)).toEqual(['50% van links, 85% van boven', 'goed']);
  for (const student of others) student.close();
});

const ASKED = {
  ada: 'Hoe lang mag ons plan worden?',
  bo: 'Moeten we ook C-relaties uitwerken?',
  cem: 'Mag ik mijn stagebedrijf kiezen?',
};

test('questions from the class: asked and voted on the phones without names, marked and hidden by the teacher, on the board by votes', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const outline = await fetchOutline(page, RMP);
  expect(outline.items.questions).toBe(1);
  const slide = outline.slides.find((candidate) => candidate.kinds.includes('questions'))?.index ?? 0;
  expect(slide).toBeGreaterThan(0);
  const { sessionId, board, teacher, touch, mouse, keys } = await classroom(page, browser, baseURL, RMP);
  const widget = (phone: Page) => phone.locator('[data-widget="questions"]');
  const classList = (phone: Page) => widget(phone).locator('.class-questions');
  const asked = (phone: Page, text: string) => classList(phone).locator('.question').filter({ hasText: text });

  await teacher.send('item:open', { id: 'vragen-plan' });
  for (const phone of [touch, mouse, keys]) await expect(phone.locator('[data-widget="questions"][data-live-open="true"]')).toBeVisible();
  await expect(classList(touch)).toContainText('Nog geen vragen. Stel de eerste!');

  // Ada (touch) asks; her question is hers on her phone, and nobody else's.
  const field = (phone: Page) => widget(phone).getByLabel('Wat wil je nog weten over het relatiemanagementplan');
  await field(touch).tap();
  await field(touch).fill(ASKED.ada);
  await expect(widget(touch)).toContainText(`${ASKED.ada.length} van 200 tekens`);
  await widget(touch).getByRole('button', { name: 'Stel je vraag' }).tap();
  await expect(widget(touch).locator('.my-questions')).toContainText(ASKED.ada);
  await expect(asked(touch, ASKED.ada)).toContainText('Jouw vraag');
  await expect(widget(touch)).toContainText('Je kunt nog 2 van 3 vragen stellen.');
  await expect(asked(mouse, ASKED.ada)).toBeVisible();
  await expect(asked(mouse, ASKED.ada)).not.toContainText('Jouw vraag');

  // Bo (mouse) votes "Ik ook" and asks with Enter.
  await asked(mouse, ASKED.ada).getByRole('button', { name: `Ik ook: ${ASKED.ada}` }).click();
  await expect(asked(mouse, ASKED.ada).getByRole('button')).toHaveAttribute('aria-pressed', 'true');
  await field(mouse).click();
  await mouse.keyboard.type(ASKED.bo);
  await mouse.keyboard.press('Enter');
  await expect(asked(keys, ASKED.bo)).toBeVisible();

  // Cem (keyboard) votes too, asks, takes his question back and undoes that.
  await asked(keys, ASKED.ada).getByRole('button', { name: `Ik ook: ${ASKED.ada}` }).focus();
  await keys.keyboard.press('Enter');
  await field(keys).focus();
  await keys.keyboard.type(ASKED.cem);
  await keys.keyboard.press('Tab');
  await keys.keyboard.press('Enter');
  await expect(asked(touch, ASKED.cem)).toBeVisible();
  await widget(keys).getByRole('button', { name: `Intrekken: ${ASKED.cem}` }).focus();
  await keys.keyboard.press('Enter');
  await expect(widget(keys).getByRole('status').filter({ hasText: 'Je vraag is ingetrokken.' })).toBeVisible();
  await expect(asked(touch, ASKED.cem)).toHaveCount(0);
  await widget(keys).getByRole('button', { name: 'Ongedaan maken' }).press('Enter');
  await expect(asked(touch, ASKED.cem)).toBeVisible();

  // Ada sees that two others want to know too; nothing on her phone names anyone.
  await expect(asked(touch, ASKED.ada)).toContainText('Stemmen: 2');
  await expect(widget(touch)).not.toContainText(/Bo|Cem/);
  await axe(touch);
  await touch.screenshot({ path: test.info().outputPath('questions-phone.png'), fullPage: true });
  await axe(mouse);

  // The teacher's panel: most votes first; Ada's question answered, Cem's hidden.
  const panel = page.locator('.tl-results');
  await expect(panel).toContainText('Vragen uit de klas');
  // Asking and voting go on while the round is open: there is nothing to allow.
  await expect(page.locator('.tl-item[data-open="true"]')).toBeVisible();
  await expect(page.locator('.tl-item[data-open="true"]').getByText('Antwoorden wijzigen toestaan')).toHaveCount(0);
  const panelQuestion = (text: string) => panel.locator('.tl-questions li').filter({ hasText: text });
  await expect(panel.locator('.tl-questions li').first()).toContainText(ASKED.ada);
  await expect(panelQuestion(ASKED.ada)).toContainText('Stemmen: 2');
  await panelQuestion(ASKED.ada).getByRole('button', { name: 'Beantwoord' }).click();
  await expect(panelQuestion(ASKED.ada).getByRole('button', { name: 'Beantwoord' })).toHaveAttribute('aria-pressed', 'true');
  await panelQuestion(ASKED.cem).getByRole('button', { name: 'Verberg' }).click();
  await expect(panelQuestion(ASKED.cem)).toContainText('Verborgen');
  await page.setViewportSize(LAPTOP);
  await axe(page);
  await page.screenshot({ path: test.info().outputPath('questions-panel.png') });

  // The phones follow: the answered mark, and the hidden question gone (its author keeps it in their own list).
  await expect(asked(mouse, ASKED.ada)).toContainText('Beantwoord');
  await expect(asked(mouse, ASKED.cem)).toHaveCount(0);
  await expect(widget(keys).locator('.my-questions')).toContainText(ASKED.cem);

  // The board: without names or the hidden one, the question still to answer first.
  await expect(board.locator('[data-position]')).toHaveText(new RegExp(`^Dia ${slide} van `));
  await board.keyboard.press('r');
  const results = board.locator('.board-results .board-questions li');
  await expect(results).toHaveCount(2);
  await expect(results.nth(0)).toContainText(ASKED.bo);
  await expect(results.nth(1)).toContainText(ASKED.ada);
  await expect(results.nth(1)).toContainText('Beantwoord');
  await expect(board.locator('.board-results')).not.toContainText(/Ada|Cem|Bo\b/);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('questions-board.png') });

  // Closed, the phones keep the list to read, without the buttons.
  await teacher.send('item:close', {});
  await expect(asked(mouse, ASKED.bo)).toBeVisible();
  await expect(widget(mouse).getByRole('button', { name: /^Ik ook/ })).toHaveCount(0);

  // The report and CSV: each student's questions and votes; the table of questions by votes.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  const item = page.locator('.report-item').filter({ hasText: 'Wat wil je nog weten over het relatiemanagementplan' });
  await expect(item).toContainText('3 leerlingen antwoordden');
  await expect(item.getByRole('row', { name: `${ASKED.ada} 2` })).toBeVisible();
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const row = (name: string) =>
    csv
      .split('\r\n')
      .find((line) => line.startsWith(`${name};`) && line.includes(';vragen-plan;'))
      ?.split(';') ?? [];
  expect(row('Ada').slice(4, 7)).toEqual([
    'vragen uit de klas',
    'Wat wil je nog weten over het relatiemanagementplan voordat je er zelf een maakt?',
    ASKED.ada,
  ]);
  expect(row('Bo')[6]).toBe(`${ASKED.bo} · stemmen gegeven: 1`);
  expect(row('Cem')[6]).toBe(`${ASKED.cem} · stemmen gegeven: 1`);
});

test('drawing: by touch, mouse and keyboard over the image; the teacher picks drawings for the board, never with names', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const outline = await fetchOutline(page, RM);
  expect(outline.items.drawing).toBe(1);
  const slide = outline.slides.find((candidate) => candidate.kinds.includes('drawing'))?.index ?? 0;
  const { sessionId, board, teacher, touch, mouse, keys } = await classroom(page, browser, baseURL, RM);
  await teacher.send('item:open', { id: 'teken-binding' });
  const widget = (phone: Page) => phone.locator('[data-widget="drawing"][data-live-open="true"]');
  for (const phone of [touch, mouse, keys]) await expect(widget(phone)).toBeVisible();
  const pad = (phone: Page) => widget(phone).getByRole('application', { name: /^Tekenvlak: Teken hoe jouw favoriete winkel/ });
  const lines = (phone: Page) => widget(phone).locator('.drawing-canvas > .drawing-image path');

  // Ada (touch): a finger drawn across the canvas, as the phone's touch screen reports it.
  await widget(touch).getByRole('radio', { name: 'Rood' }).tap();
  const box = await pad(touch).boundingBox();
  if (!box) throw new Error('no canvas');
  const cdp = await touch.context().newCDPSession(touch);
  const at = (fx: number, fy: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * fy }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.2, 0.3) });
  for (let step = 1; step <= 8; step += 1) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.2 + step * 0.07, 0.3 + step * 0.03) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await expect(lines(touch)).toHaveCount(1);
  await expect(lines(touch).first()).toHaveAttribute('stroke', '#c62828');
  await axe(touch);
  await touch.screenshot({ path: test.info().outputPath('drawing-phone.png'), fullPage: true });
  // A tap that follows a finger's line within a few milliseconds can be taken as part of it (no person is that quick; a test is): tap until it is sent.
  const send = widget(touch).getByRole('button', { name: 'Verstuur' });
  await expect(async () => {
    if (await send.isVisible()) await send.tap();
    await expect(touch.getByText('Verstuurd ✓')).toBeVisible({ timeout: 1000 });
  }).toPass();

  // Bo (mouse): two lines, the second one undone and drawn again thick in blue.
  const mouseBox = await pad(mouse).boundingBox();
  if (!mouseBox) throw new Error('no canvas');
  const stroke = async (from: [number, number], to: [number, number]) => {
    await mouse.mouse.move(mouseBox.x + mouseBox.width * from[0], mouseBox.y + mouseBox.height * from[1]);
    await mouse.mouse.down();
    await mouse.mouse.move(mouseBox.x + mouseBox.width * to[0], mouseBox.y + mouseBox.height * to[1], { steps: 8 });
    await mouse.mouse.up();
  };
  await stroke([0.1, 0.8], [0.9, 0.8]);
  await stroke([0.5, 0.1], [0.5, 0.9]);
  await expect(lines(mouse)).toHaveCount(2);
  await widget(mouse).getByRole('button', { name: 'Ongedaan maken' }).click();
  await expect(lines(mouse)).toHaveCount(1);
  await widget(mouse).getByRole('radio', { name: 'Blauw' }).click();
  await widget(mouse).getByRole('radio', { name: 'Dik' }).click();
  await stroke([0.3, 0.2], [0.7, 0.4]);
  await expect(lines(mouse)).toHaveCount(2);
  await widget(mouse).getByRole('button', { name: 'Verstuur' }).click();
  await expect(mouse.getByText('Verstuurd ✓')).toBeVisible();

  // Cem (keyboard): space puts the pen down, the arrows draw, space lifts it.
  await pad(keys).focus();
  await keys.keyboard.press('Space');
  for (let step = 0; step < 6; step += 1) await keys.keyboard.press('Shift+ArrowRight');
  await keys.keyboard.press('Space');
  await expect(lines(keys)).toHaveCount(1);
  await widget(keys).getByRole('button', { name: 'Verstuur' }).press('Enter');
  await expect(keys.getByText('Verstuurd ✓')).toBeVisible();

  // The panel: the three drawings, fetched when they come in; one goes on the board.
  const gallery = page.locator('.tl-results .tl-drawing-list li');
  await expect(gallery).toHaveCount(3);
  await expect(gallery.locator('svg path')).toHaveCount(4);
  await page.getByRole('button', { name: 'Op het bord: Tekening 2' }).click();
  await expect(page.getByRole('button', { name: 'Op het bord: Tekening 2' })).toHaveAttribute('aria-pressed', 'true');
  await page.setViewportSize(LAPTOP);
  await axe(page);
  await page.screenshot({ path: test.info().outputPath('drawing-panel.png') });

  // The board: only the chosen drawing, over the image, without a name.
  await expect(board.locator('[data-position]')).toHaveText(new RegExp(`^Dia ${slide} van `));
  await board.keyboard.press('r');
  const shown = board.locator('.board-results .board-drawings li');
  await expect(shown).toHaveCount(1);
  await expect(shown.locator('path')).toHaveCount(2);
  await expect(board.locator('.board-results')).not.toContainText(/Ada|Bo\b|Cem/);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('drawing-board.png') });

  // The report shows each drawing; the CSV says how many lines.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  const item = page.locator('.report-item').filter({ hasText: 'Teken hoe jouw favoriete winkel' });
  await expect(item).toContainText('3 leerlingen antwoordden');
  await item.getByText('Per leerling').click();
  await expect(item.getByRole('img', { name: /^Bo: tekening \(lijnen: 2\)/ })).toBeVisible();
  await expect(item.getByRole('img', { name: /^Bo: / }).locator('path')).toHaveCount(2);
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const row = (name: string) =>
    csv
      .split('\r\n')
      .find((line) => line.startsWith(`${name};`) && line.includes(';teken-binding;'))
      ?.split(';') ?? [];
  expect(row('Ada').slice(4, 7)).toEqual(['tekening', expect.stringMatching(/^Teken hoe jouw favoriete winkel/), 'tekening (lijnen: 1)']);
  expect(row('Cem')[6]).toBe('tekening (lijnen: 1)');
});
