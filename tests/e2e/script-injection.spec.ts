import { randomUUID } from 'node:crypto';
import type { BrowserContext, Page } from '@playwright/test';
import { parse } from 'csv-parse/sync';
import { SCRIPT_PAYLOADS } from '../fixtures/script-payloads.ts';
import { expect, test } from './fixtures.ts';
import { LES2, waitForIslands } from './helpers.ts';
import { addTeacher, goToSlide, phoneJoins, startLiveLesson } from './live-helpers.ts';
import { openAtHome, saveStatus } from './moodboard-helpers.ts';
import { scriptedClass, scriptedStudent } from './live-sockets.ts';

// Every text a person can type, filled with the corpus, then looked at on every page that shows
// it. The fixtures' policy check fails the test on any refused inline script too, so a payload
// that became markup is caught even where the Content-Security-Policy stopped it.

const EMAIL = `injectie-${randomUUID()}@school.nl`;
const TEACHER_NAME = SCRIPT_PAYLOADS[1] ?? '';
const CLASS_NAME = SCRIPT_PAYLOADS[2] ?? '';
const PHONE_ANSWER = SCRIPT_PAYLOADS[42] ?? '';

test.beforeAll(() => addTeacher(EMAIL, TEACHER_NAME));

/** Opens no dialog: any alert() that ran is recorded and fails the test. */
function watchDialogs(context: BrowserContext, dialogs: string[]): void {
  context.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
}

/**
 * Nothing of the payloads ran or became markup on `page`: the flag is unset, no element carries an
 * event handler attribute or a javascript: address in a link or source, none of the elements the payloads try to make
 * exists, and no inline script mentions the flag. Waits until the payloads' text is on the page.
 */
async function expectInert(page: Page, view: string): Promise<void> {
  await expect(page.locator('body'), `${view} shows the texts`).toContainText('__pwned');
  const problems = await page.evaluate(() => {
    const found: string[] = [];
    if ('__pwned' in window) found.push(`ran: ${String((window as { __pwned?: unknown }).__pwned)}`);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        if (/^on/i.test(attribute.name)) found.push(`handler: ${element.outerHTML.slice(0, 120)}`);
        if (
          /^(href|src|xlink:href|action|formaction|data|srcdoc|poster|background)$/i.test(attribute.name) &&
          /^\s*javascript:/i.test(attribute.value)
        )
          found.push(`javascript: ${element.outerHTML.slice(0, 120)}`);
      }
      if (
        element.matches(
          'iframe, object, embed, base, marquee, details[open][ontoggle], meta[http-equiv="refresh" i], link[href^="data:" i]',
        )
      )
        found.push(`element: ${element.outerHTML.slice(0, 120)}`);
      if (element.tagName === 'SCRIPT' && element.textContent?.includes('__pwned'))
        found.push(`script: ${element.outerHTML.slice(0, 120)}`);
    }
    return found;
  });
  expect(problems, view).toEqual([]);
}

test('the script corpus in every text a user enters runs nowhere it is shown', async ({ page, browser, baseURL }) => {
  test.setTimeout(120_000);
  const dialogs: string[] = [];
  watchDialogs(page.context(), dialogs);
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const origin = baseURL ?? '';

  // Names: refused when they are not names; whatever gets in is shown like any other name.
  const tries = await Promise.allSettled(SCRIPT_PAYLOADS.map((payload) => scriptedStudent(origin, code, payload)));
  const namedIn = tries.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const writers = await scriptedClass(origin, code, SCRIPT_PAYLOADS.length, 'Schrijver');
  const phone = await phoneJoins(browser, code, 'Telefoon');
  watchDialogs(phone.context(), dialogs);

  const board = await page.context().newPage();
  await board.goto(`/lessons/${LES2}/present?live=${sessionId}`);
  await expect(board.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');

  // Mind map words and open answers, one payload per student; the phone types one itself.
  await goToSlide(page, 8);
  await page.getByRole('button', { name: 'Openen voor antwoorden' }).click();
  // Open once the session says so: answers sent before that would come too early.
  await expect(page.getByRole('button', { name: 'Antwoorden sluiten' })).toBeVisible();
  await Promise.all(
    writers.map((writer, index) =>
      writer.answer('mindmap-relatiebeheer', { kind: 'mindMap', entries: [(SCRIPT_PAYLOADS[index] ?? '').slice(0, 80)] }),
    ),
  );
  await expectInert(page, 'panel with mind map');
  await page.getByRole('button', { name: 'Resultaten tonen op het bord' }).click();
  await expect(board.locator('.board-cloud-svg text').first()).toBeVisible();
  await expectInert(board, 'board word cloud');

  await goToSlide(page, 19);
  await page.getByRole('button', { name: 'Openen voor antwoorden' }).click();
  // Open once the session says so: answers sent before that would come too early.
  await expect(page.getByRole('button', { name: 'Antwoorden sluiten' })).toBeVisible();
  await Promise.all(
    writers.map((writer, index) => writer.answer('binding-activiteiten', { kind: 'openQuestion', text: SCRIPT_PAYLOADS[index] ?? '' })),
  );
  const field = phone.locator('.slide-frame.is-current').getByRole('textbox', { name: /Jouw activiteit/ });
  await field.fill(PHONE_ANSWER);
  await phone.locator('.slide-frame.is-current').getByRole('button', { name: 'Verstuur' }).tap();
  await expect(phone.locator('.slide-frame.is-current .answer-status')).toHaveText('Verstuurd ✓');
  await expectInert(phone, 'phone');
  await expectInert(page, 'panel with open answers');
  await page.getByRole('button', { name: 'Resultaten tonen op het bord' }).click();
  await expect(board.locator('.board-wall li').first()).toBeVisible();
  await expectInert(board, 'board wall');
  await board.close();

  await page.goto(`/docent/live/${sessionId}/rapport`);
  await expectInert(page, 'report');
  const csvText = (await (await page.request.get(`/docent/live/${sessionId}/rapport.csv`)).body()).toString('utf8');
  const csv = parse(csvText, { delimiter: ';', bom: true, relax_column_count: true }) as string[][];
  const formulas = csv.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell));
  expect(formulas, 'CSV cells a spreadsheet would run').toEqual([]);
  expect(csv.flat()).toContain(`'${SCRIPT_PAYLOADS.at(-1) ?? ''}`);

  // Teacher's own texts: name (made with the corpus), class name.
  await page.goto('/docent');
  await expect(page.locator('body')).toContainText(TEACHER_NAME);
  await page.goto('/docent/klassen');
  await page.getByLabel('Naam van de klas').fill(CLASS_NAME);
  await page.getByLabel('Leerlingen', { exact: true }).fill(`Kim de Vries\n${SCRIPT_PAYLOADS[4] ?? ''}`);
  await page.getByRole('button', { name: 'Klas aanmaken' }).click();
  await expectInert(page, 'class form with refused name');
  await page.getByLabel('Leerlingen', { exact: true }).fill('Kim de Vries');
  await page.getByRole('button', { name: 'Klas aanmaken' }).click();
  await expect(page.getByText('Klas aangemaakt.', { exact: false })).toBeVisible();
  await expect(page.locator('main')).toContainText(CLASS_NAME);
  await page.goto('/docent/klassen');
  await expectInert(page, 'classes');
  await page.goto('/docent');
  await expectInert(page, 'teacher home');

  // The moodboard: every payload in a heading, note, sticky, link or swatch, and the explanation.
  await page.goto(`/docent/opdrachten/nieuw?sessie=${sessionId}`);
  await page.getByLabel(/Moodboard G-Star en de Bijenkorf/).check();
  await page.getByRole('button', { name: 'Uitdelen' }).click();
  await expect(page).toHaveURL(/\/docent\/opdrachten\/[0-9a-f-]{36}$/);
  const handoutUrl = new URL(page.url()).pathname;
  await phone.goto('/werk');
  await waitForIslands(phone);
  await phone.getByRole('button', { name: /Verder als Telefoon/ }).tap();
  const workCode = (await phone.locator('[data-work-code]').getAttribute('data-work-code')) ?? '';
  const { context, board: editor } = await openAtHome(browser, workCode);
  watchDialogs(context, dialogs);
  const boardId = new URL(editor.url()).pathname.split('/').at(-1) ?? '';
  const stored = (await (await context.request.get(`/api/werk/borden/${boardId}`)).json()) as { board: { revision: number } };
  const items = SCRIPT_PAYLOADS.map((payload, index) => {
    const base = {
      id: `p${index}`,
      x: (index % 8) * 190,
      y: Math.floor(index / 8) * 150,
      w: 180,
      h: 140,
      rotation: 0,
      z: index,
      parts: [],
    };
    switch (index % 5) {
      case 0:
        return { ...base, kind: 'heading', text: payload.slice(0, 120) };
      case 1:
        return { ...base, kind: 'note', text: payload };
      case 2:
        return { ...base, kind: 'sticky', text: payload, colour: 'geel' };
      case 3:
        return { ...base, kind: 'link', url: `https://voorbeeld.test/?q=${encodeURIComponent(payload)}`, title: payload };
      default:
        return { ...base, kind: 'swatch', colour: '#336699', label: payload.slice(0, 60) };
    }
  });
  const saved = await context.request.put(`/api/werk/borden/${boardId}`, {
    data: { doc: { version: 1, items, explanation: SCRIPT_PAYLOADS.join('\n') }, baseRevision: stored.board.revision },
    headers: { origin },
  });
  expect(saved.status()).toBe(200);
  await editor.reload();
  await expect(editor.locator('.mb-board .mb-item')).toHaveCount(SCRIPT_PAYLOADS.length);
  await expect(saveStatus(editor)).toContainText('Opgeslagen', { timeout: 10_000 });
  await expectInert(editor, 'moodboard editor');
  await editor.getByRole('button', { name: 'Inleveren', exact: true }).click();
  await editor.getByRole('dialog', { name: 'Moodboard inleveren?' }).getByRole('button', { name: 'Ja, inleveren' }).click();
  await expect(editor.getByRole('region', { name: 'Inleveren' }).getByRole('status')).toHaveText(/^Versie 1 ingeleverd op /);
  await phone.goto(`/werk/bord/${boardId}`);
  await expectInert(phone, 'moodboard on a phone');

  await page.goto(handoutUrl);
  await expectInert(page, 'handout');
  await page
    .getByRole('link', { name: /Telefoon/ })
    .first()
    .click();
  await page.getByLabel('Feedback voor de leerling').fill(SCRIPT_PAYLOADS.join('\n'));
  await page.getByRole('button', { name: 'Feedback opslaan' }).click();
  await expect(page.getByText('Feedback opgeslagen.', { exact: false })).toBeVisible();
  await expectInert(page, 'teacher review');
  await editor.goto('/werk');
  await expectInert(editor, 'my work');
  await editor.goto(`/werk/bord/${boardId}`);
  await expect(editor.locator('main')).toContainText('window.__pwned=45');
  await expectInert(editor, 'moodboard with feedback');

  expect(dialogs).toEqual([]);
  for (const student of [...namedIn, ...writers]) student.close();
  await context.close();
});
