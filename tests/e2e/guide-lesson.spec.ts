import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Locator, Page } from '@playwright/test';
import { GUIDE_EXAMPLE_GOALS, GUIDE_SECTIONS } from '../../src/authoring/guide.ts';
import { WIDGET_KINDS } from '../../src/widgets/index.ts';
import { expect, test } from './fixtures.ts';
import { PHONE } from './live-helpers.ts';
import { teacherOfPage } from './live-sockets.ts';
import { OWN_TEACHER, startOwnServer, type OwnServer } from './own-server.ts';

/**
 * A teacher writes a lesson with every new kind from the authoring guide alone: the guide's file
 * example for the frontmatter, then each kind's example as it stands in the guide, a slide each. It
 * is built and served by a server of its own (its own lessons folder, build folder and database),
 * taught live with the board and three phones (Ada by touch, Bo with a mouse on a laptop, Cem with
 * the keyboard), read back in the report and the CSV, and studied at home on a phone.
 */
// Per worker, so that repeated runs side by side each have their own server and build.
const PORT = (process.env.E2E_PORT ? Number(process.env.E2E_PORT) + 300 : 4393) + Number(process.env.TEST_WORKER_INDEX ?? 0);
const BASE = `http://127.0.0.1:${PORT}`;
const ROOT = path.resolve(import.meta.dirname, '../..');
const LESSONS = `node_modules/.cache/e2e-guide-lesson-src-${process.env.TEST_WORKER_INDEX ?? 0}`;
const SLUG = 'relatiebeheer/alle-vraagvormen';
const NEW_KINDS = ['scale', 'ordering', 'matching', 'hotspot', 'questions', 'drawing', 'selfAssessment'] as const;
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);

/** The lesson as the guide teaches it: its file example, then one slide per new kind with the guide's example. */
function lessonFromGuide(): { source: string; ids: Record<(typeof NEW_KINDS)[number], string> } {
  const file = GUIDE_SECTIONS.find((section) => section.id === 'bestand');
  if (!file) throw new Error('the guide has no file section');
  const slides = NEW_KINDS.map((kind) => {
    const entry = WIDGET_KINDS.find((definition) => definition.kind === kind)?.guide[0];
    if (!entry) throw new Error(`the guide has no section on ${kind}`);
    return { kind, title: entry.title.nl, code: entry.code, id: /id="([^"]+)"/.exec(entry.code)?.[1] ?? '' };
  });
  const body = slides.map((slide) => `## ${slide.title}\n\n${slide.code}\n`).join('\n---\n\n');
  return {
    source: `${file.code}\n\n## Alle vraagvormen\n\nIn deze les probeer je elke vraagvorm.\n\n---\n\n${body}`,
    ids: Object.fromEntries(slides.map((slide) => [slide.kind, slide.id])) as Record<(typeof NEW_KINDS)[number], string>,
  };
}

const { source, ids } = lessonFromGuide();
let server: OwnServer | null = null;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  mkdirSync(path.join(ROOT, LESSONS, 'relatiebeheer'), { recursive: true });
  writeFileSync(path.join(ROOT, LESSONS, `${SLUG}.mdx`), source);
  server = await startOwnServer({
    port: PORT,
    lessonsDir: LESSONS,
    buildDir: `node_modules/.cache/e2e-guide-lesson-${process.env.TEST_WORKER_INDEX ?? 0}`,
  });
});

test.afterAll(async () => {
  await server?.stop();
});

async function join(browser: Browser, code: string, name: string, options: Parameters<Browser['newContext']>[0]): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ ...options, baseURL: BASE });
  const page = await context.newPage();
  await page.goto(`/join/${code}`);
  await page.getByLabel('Je naam').fill(name);
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await expect(page.locator('[data-me]')).toHaveText(`Je doet mee als ${name}`);
  return page;
}

/** Draws a line by touch, as a phone's screen reports a finger. */
async function touchLine(page: Page, pad: Locator, y: number): Promise<void> {
  const box = await pad.boundingBox();
  if (!box) throw new Error('no canvas');
  const cdp = await page.context().newCDPSession(page);
  const at = (fx: number) => [{ x: box.x + box.width * fx, y: box.y + box.height * y }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0.2) });
  for (let step = 1; step <= 6; step += 1)
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(0.2 + step * 0.1) });
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  // A line lifted at speed sets the browser's touch gestures going, and a tap in the next moment only stops them;
  // a hand that has drawn comes back a little later.
  await page.waitForTimeout(800);
}

const PAIRS = [
  ['Financieel', 'Spaarpunten en korting voor vaste klanten'],
  ['Sociaal', 'Een persoonlijke kaart van je vaste verkoper'],
  ['Structureel', 'Een abonnement met een eigen klantportaal'],
] as const;

test('a lesson written from the guide alone: every new kind live on three phones and the board, in the report and CSV, and at home', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // The lesson passed the build's check: it is served, and the outline lists every new kind.
  const outline = (await (await fetch(`${BASE}/api/lessons/${SLUG}`)).json()) as {
    items: Record<string, number>;
    slides: { kinds: string[] }[];
  };
  for (const kind of NEW_KINDS) expect(outline.items[kind], kind).toBe(1);
  expect(outline.slides.slice(1).map((slide) => slide.kinds)).toEqual(NEW_KINDS.map((kind) => [kind]));

  const teacherContext = await browser.newContext({ baseURL: BASE, viewport: { width: 1366, height: 768 } });
  const page = await teacherContext.newPage();
  await page.goto('/docent/inloggen');
  await page.getByLabel('E-mailadres').fill(OWN_TEACHER.email);
  await page.getByLabel('Wachtwoord').fill(OWN_TEACHER.password);
  await page.getByRole('button', { name: 'Inloggen' }).click();
  await page.goto(`/lessons/${SLUG}`);
  await page.getByRole('button', { name: 'Live lesgeven' }).click();
  await expect(page).toHaveURL(/\/docent\/live\/[0-9a-f-]{36}$/);
  const code = ((await page.locator('.join-code').textContent()) ?? '').trim();
  const sessionId = page.url().split('/').at(-1) ?? '';
  const board = await teacherContext.newPage();
  await board.setViewportSize({ width: 1280, height: 720 });
  await board.goto(`/lessons/${SLUG}/present?live=${sessionId}`);
  await expect(board.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  const teacher = await teacherOfPage(page, BASE, sessionId);
  const ada = await join(browser, code, 'Ada', PHONE);
  const bo = await join(browser, code, 'Bo', { viewport: { width: 1366, height: 768 }, locale: 'nl-NL' });
  const cem = await join(browser, code, 'Cem', PHONE);
  const widget = (phone: Page, kind: string) => phone.locator(`[data-widget="${kind}"][data-live-open="true"]`);
  const sent = (phone: Page, kind: string) => expect(widget(phone, kind).getByText('Verstuurd ✓')).toBeVisible();
  const open = async (kind: (typeof NEW_KINDS)[number]) => {
    await teacher.send('item:open', { id: ids[kind] });
    for (const phone of [ada, bo, cem]) {
      await expect(widget(phone, kind)).toBeVisible();
      // The item scrolls itself into view when it opens: a finger or a mouse waits until it stands still.
      await expect
        .poll(async () => {
          const before = await widget(phone, kind).boundingBox();
          await phone.waitForTimeout(150);
          const after = await widget(phone, kind).boundingBox();
          return before?.y === after?.y;
        })
        .toBe(true);
    }
  };
  /** The board's results of the open item, once the teacher shows them. */
  const boardResults = async () => {
    await board.keyboard.press('r');
    await expect(board.locator('.board-results')).toBeVisible();
    await axe(board);
  };

  // Scale: a tap, a click, a key.
  await open('scale');
  await widget(ada, 'scale').getByRole('radio', { name: '4' }).tap();
  await widget(bo, 'scale').getByRole('radio', { name: '2' }).click();
  await widget(cem, 'scale').getByRole('radio', { name: '5' }).focus();
  await cem.keyboard.press('Space');
  for (const phone of [ada, bo, cem]) await sent(phone, 'scale');
  await boardResults();

  // Ordering: each sends the order as they set it (Ada moves one item up first).
  await open('ordering');
  await widget(ada, 'ordering')
    .getByRole('button', { name: /^Omhoog: / })
    .last()
    .tap();
  await widget(ada, 'ordering').getByRole('button', { name: 'Verstuur' }).tap();
  await widget(bo, 'ordering').getByRole('button', { name: 'Verstuur' }).click();
  await widget(cem, 'ordering').getByRole('button', { name: 'Verstuur' }).press('Enter');
  for (const phone of [ada, bo, cem]) await sent(phone, 'ordering');
  await boardResults();

  // Matching: left then right, by tap, click and keyboard.
  await open('matching');
  for (const [left, right] of PAIRS) {
    await widget(ada, 'matching').getByRole('button', { name: left, exact: true }).tap();
    await widget(ada, 'matching').getByRole('button', { name: right, exact: true }).tap();
    await widget(bo, 'matching').getByRole('button', { name: left, exact: true }).click();
    await widget(bo, 'matching').getByRole('button', { name: right, exact: true }).click();
    await widget(cem, 'matching').getByRole('button', { name: left, exact: true }).press('Enter');
    await widget(cem, 'matching').getByRole('button', { name: right, exact: true }).press('Enter');
  }
  await widget(ada, 'matching').getByRole('button', { name: 'Verstuur' }).tap();
  await widget(bo, 'matching').getByRole('button', { name: 'Verstuur' }).click();
  await widget(cem, 'matching').getByRole('button', { name: 'Verstuur' }).press('Enter');
  for (const phone of [ada, bo, cem]) await sent(phone, 'matching');
  await boardResults();

  // Hotspot: a tap and a click on the image, the sliders by keyboard.
  await open('hotspot');
  const image = (phone: Page) => widget(phone, 'hotspot').getByRole('button', { name: /^Tik op de plek in: / });
  await image(ada).tap({ position: { x: 60, y: 40 } });
  await widget(ada, 'hotspot').getByRole('button', { name: 'Verstuur' }).tap();
  await image(bo).click({ position: { x: 100, y: 80 } });
  await widget(bo, 'hotspot').getByRole('button', { name: 'Verstuur' }).click();
  await widget(cem, 'hotspot').getByRole('slider', { name: 'Van boven naar onder' }).focus();
  await cem.keyboard.press('PageUp');
  await widget(cem, 'hotspot').getByRole('button', { name: 'Verstuur' }).press('Enter');
  for (const phone of [ada, bo, cem]) await sent(phone, 'hotspot');
  await boardResults();

  // Questions: each asks one; Bo votes for Ada's.
  await open('questions');
  const ask = async (phone: Page, text: string) => {
    await widget(phone, 'questions').getByLabel('Wat wil je nog weten over klantcontact?').fill(text);
    await widget(phone, 'questions').getByRole('button', { name: 'Stel je vraag' }).press('Enter');
  };
  await ask(ada, 'Hoe vaak bel je een vaste klant?');
  await ask(bo, 'Mag je een klant tutoyeren?');
  await ask(cem, 'Wat doe je bij een klacht?');
  await widget(bo, 'questions').getByRole('button', { name: 'Ik ook: Hoe vaak bel je een vaste klant?' }).click();
  await expect(widget(ada, 'questions').locator('.class-questions .question').first()).toContainText('Stemmen: 1');
  await boardResults();

  // Drawing: a finger, the mouse and the keyboard pen.
  await open('drawing');
  const pad = (phone: Page) => widget(phone, 'drawing').getByRole('application');
  const lines = (phone: Page) => widget(phone, 'drawing').locator('.drawing-canvas > .drawing-image path');
  await touchLine(ada, pad(ada), 0.4);
  await expect(lines(ada)).toHaveCount(1);
  // A tap that follows a finger's line within a few milliseconds can be taken as part of it (no person is that quick; a test is): tap until it is sent.
  const send = widget(ada, 'drawing').getByRole('button', { name: 'Verstuur' });
  await expect(async () => {
    if (await send.isVisible()) await send.tap();
    await expect(widget(ada, 'drawing').getByText('Verstuurd ✓')).toBeVisible({ timeout: 1000 });
  }).toPass();
  const box = await pad(bo).boundingBox();
  if (!box) throw new Error('no canvas');
  await bo.mouse.move(box.x + 40, box.y + 40);
  await bo.mouse.down();
  await bo.mouse.move(box.x + 200, box.y + 120, { steps: 8 });
  await bo.mouse.up();
  await expect(lines(bo)).toHaveCount(1);
  await widget(bo, 'drawing').getByRole('button', { name: 'Verstuur' }).click();
  await pad(cem).focus();
  await cem.keyboard.press('Space');
  for (let step = 0; step < 4; step += 1) await cem.keyboard.press('Shift+ArrowDown');
  await cem.keyboard.press('Space');
  await expect(lines(cem)).toHaveCount(1);
  await widget(cem, 'drawing').getByRole('button', { name: 'Verstuur' }).press('Enter');
  for (const phone of [ada, bo, cem]) await sent(phone, 'drawing');
  await page.getByRole('button', { name: 'Op het bord: Tekening 1' }).click();
  await boardResults();

  // Self-assessment: the guide's goals from the frontmatter, a level for each.
  await open('selfAssessment');
  for (const [phone, level] of [
    [ada, 'Ja'],
    [bo, 'Een beetje'],
    [cem, 'Nee'],
  ] as const) {
    for (const goal of GUIDE_EXAMPLE_GOALS)
      await widget(phone, 'selfAssessment').getByRole('group', { name: goal, exact: true }).getByText(level, { exact: true }).click();
    await widget(phone, 'selfAssessment').getByRole('button', { name: 'Verstuur' }).click();
    await sent(phone, 'selfAssessment');
  }
  await boardResults();

  // The report and the CSV: three answers to every item.
  await page.goto(`/docent/live/${sessionId}/rapport`);
  for (const kind of NEW_KINDS) {
    const item = page.locator('.report-item').filter({ has: page.locator(`#item-${ids[kind]}`) });
    await expect(item, kind).toContainText('3 leerlingen antwoordden');
  }
  await axe(page);
  const csv = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  for (const kind of NEW_KINDS) {
    const rows = csv.split('\r\n').filter((line) => line.includes(`;${ids[kind]};`));
    expect(rows.map((line) => line.split(';')[0]).sort(), kind).toEqual(['Ada', 'Bo', 'Cem']);
    for (const row of rows) expect(row.split(';')[6], `${kind}: ${row}`).not.toBe('');
  }

  // At home on a phone: every slide, every kind answered and kept on the device.
  const home = await (await browser.newContext({ ...PHONE, baseURL: BASE })).newPage();
  await home.goto(`/lessons/${SLUG}/study`);
  await expect(home.locator('[data-deck="study"]')).toHaveAttribute('data-ready', 'true');
  const slide = async (kind: string) => {
    await home.getByRole('button', { name: 'Volgende dia ›' }).tap();
    const frame = home.locator('.slide-frame.is-current');
    await expect(frame.locator('astro-island[ssr]')).toHaveCount(0);
    const found = frame.locator(`[data-widget="${kind}"]`);
    await expect(found).toBeVisible();
    return found;
  };
  const scale = await slide('scale');
  await scale.locator('.scale-point').filter({ hasText: /^3$/ }).tap();
  await scale.getByRole('button', { name: 'Bewaar' }).tap();
  await expect(scale.getByRole('status')).toContainText('Je koos 3');
  const ordering = await slide('ordering');
  await ordering.getByRole('button', { name: 'Controleer' }).tap();
  await expect(ordering.locator('.feedback-region')).not.toBeEmpty();
  const matching = await slide('matching');
  for (const [left, right] of PAIRS) {
    await matching.getByRole('button', { name: left, exact: true }).tap();
    await matching.getByRole('button', { name: right, exact: true }).tap();
  }
  await matching.getByRole('button', { name: 'Controleer' }).tap();
  await expect(matching.locator('.feedback-region')).toContainText('Goed!');
  const hotspot = await slide('hotspot');
  await hotspot.getByRole('button', { name: /^Tik op de plek in: / }).tap({ position: { x: 50, y: 50 } });
  await hotspot.getByRole('button', { name: 'Controleer' }).tap();
  await expect(hotspot.getByRole('status')).not.toBeEmpty();
  const questions = await slide('questions');
  await questions.getByLabel('Wat wil je nog weten over klantcontact?').fill('Wat als een klant boos wordt?');
  await questions.getByRole('button', { name: 'Schrijf op' }).tap();
  await expect(questions.locator('.my-questions')).toContainText('Wat als een klant boos wordt?');
  const drawing = await slide('drawing');
  await touchLine(home, drawing.getByRole('application'), 0.5);
  await expect(drawing.getByText('Bewaard op dit apparaat.')).toBeVisible();
  // After a finger's line the browser may take the next tap as the end of its gestures: tap until the slide changes.
  await expect(async () => {
    if ((await home.locator('[data-position]').textContent()) === 'Dia 7 van 8')
      await home.getByRole('button', { name: 'Volgende dia ›' }).tap();
    await expect(home.locator('[data-position]')).toHaveText('Dia 8 van 8', { timeout: 1000 });
  }).toPass();
  const goals = home.locator('.slide-frame.is-current [data-widget="selfAssessment"]');
  await expect(goals).toBeVisible();
  for (const goal of GUIDE_EXAMPLE_GOALS)
    await goals.getByRole('group', { name: goal, exact: true }).getByText('Ja', { exact: true }).tap();
  await goals.getByRole('button', { name: 'Bewaar' }).tap();
  await expect(goals.getByRole('status')).toContainText('Bewaard.');
  await axe(home);
  // Kept on the device: all of it is there after a reload.
  await home.reload();
  await expect(home.locator('[data-deck="study"]')).toHaveAttribute('data-ready', 'true');
  const record = await home.evaluate((key) => localStorage.getItem(key), `study:${SLUG}`);
  const answers = (JSON.parse(record ?? '{}') as { answers?: Record<string, unknown> }).answers ?? {};
  for (const kind of ['scale', 'questions', 'drawing', 'selfAssessment'] as const) expect(answers[ids[kind]], kind).toBeDefined();
});
