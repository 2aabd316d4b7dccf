import { randomUUID } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { fetchOutline, LES2, waitForIslands } from './helpers.ts';
import { addTeacher, phoneJoins, startLiveLesson } from './live-helpers.ts';
import { scriptedClass, teacherOfPage } from './live-sockets.ts';

const EMAIL = `bord-${randomUUID()}@school.nl`;
const BEAMER = { width: 1280, height: 720 };
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.beforeAll(() => addTeacher(EMAIL, 'Bord Docent'));

/**
 * The smallest text on screen inside `scope`, in screen pixels: each text's font size times the
 * scale it is drawn at (the slide box scales to the screen; an SVG scales its own text too).
 */
function smallestText(scope: Locator): Promise<number> {
  return scope.evaluate((root) => {
    const deck = document.querySelector<HTMLElement>('.deck-slides');
    const deckScale = deck ? deck.getBoundingClientRect().width / deck.offsetWidth : 1;
    let smallest = Infinity;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const element = walker.currentNode.parentElement;
      if (!element || !walker.currentNode.textContent?.trim() || element.closest('.visually-hidden')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      const size = parseFloat(getComputedStyle(element).fontSize);
      const scale = element instanceof SVGGraphicsElement ? (element.getScreenCTM()?.a ?? 1) : deckScale;
      smallest = Math.min(smallest, size * scale);
    }
    return smallest;
  });
}

async function openBoard(page: Page, sessionId: string): Promise<Page> {
  const board = await page.context().newPage();
  await board.setViewportSize(BEAMER);
  await board.goto(`/lessons/${LES2}/present?live=${sessionId}`);
  await expect(board.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  return board;
}

const axe = async (page: Page) => expect((await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations).toEqual([]);

test('the board of a live lesson: lobby, join banner, results made for the room, reveals, timer and picker', async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const outline = await fetchOutline(page);
  const slideWith = (kind: string) => outline.slides.find((slide) => slide.kinds.includes(kind as never))?.index ?? 0;
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const board = await openBoard(page, sessionId);
  const teacher = await teacherOfPage(page, baseURL ?? '', sessionId);

  // 1. The lobby: address, code in huge type, the QR, and who joined.
  const lobby = board.locator('.board-lobby');
  await expect(lobby).toBeVisible();
  await expect(lobby.locator('.board-lobby-code')).toHaveText(code);
  await expect(lobby.locator('.board-lobby-address')).toHaveText(/\/join$/);
  await expect(lobby.locator('.board-qr svg')).toBeVisible();
  await expect(lobby).toContainText('Nog niemand');
  const students = await scriptedClass(baseURL ?? '', code, 27);
  await expect(lobby.locator('.board-lobby-count')).toHaveText('Doen mee: 27');
  await expect(lobby.locator('.board-lobby-names')).toContainText('Leerling 27');
  expect(await smallestText(lobby)).toBeGreaterThanOrEqual(24);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('lobby.png') });
  // Space starts the lesson on the slide the lobby covered; the code stays in a corner.
  await board.keyboard.press('Space');
  await expect(lobby).toHaveCount(0);
  await expect(board.locator('[data-position]')).toHaveText('Dia 1 van 31');
  const banner = board.locator('.board-banner');
  await expect(banner).toContainText(code);

  // 2. Mind map: nothing on the board while the class answers; then a word cloud sized by count.
  await teacher.send('item:open', { id: 'mindmap-relatiebeheer' });
  await expect(board.locator('[data-position]')).toHaveText(`Dia ${slideWith('mindMap')} van 31`);
  const ideas = [...Array(6).fill(['Klantretentie', 'Omzet']), ...Array(3).fill(['klantretentie']), ['Service']] as string[][];
  await Promise.all(ideas.map((entries, index) => students[index]?.answer('mindmap-relatiebeheer', { kind: 'mindMap', entries })));
  const results = board.locator('.board-results');
  await expect(results).toHaveCount(0);
  // The slide's own "Toon voorbeeldantwoorden" is the session's: the phones get the model too.
  await waitForIslands(board.locator('.slide-frame.is-current'));
  await board.locator('.slide-frame.is-current').getByRole('button', { name: 'Toon voorbeeldantwoorden' }).click();
  await expect.poll(() => students[26]?.latest()?.reveals['mindmap-relatiebeheer']?.model?.[0]).toBe('Klantretentie');
  await expect(board.locator('.slide-frame.is-current .mind-map-model')).toContainText('Klantretentie');
  await teacher.send('item:close', {});
  await board.keyboard.press('r');
  const cloud = results.locator('.board-cloud-svg');
  await expect(cloud.locator('text')).toHaveCount(3);
  const size = async (word: string) => Number(await cloud.locator('text', { hasText: word }).getAttribute('font-size'));
  expect(await size('Klantretentie')).toBeGreaterThan(await size('Omzet'));
  expect(await size('Omzet')).toBeGreaterThan(await size('Service'));
  expect(await smallestText(results)).toBeGreaterThanOrEqual(24);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('word-cloud.png') });

  // 3. Opening the next question hides the results; the wall then shows every answer of the class.
  await teacher.send('item:open', { id: 'binding-activiteiten' });
  await expect(results).toHaveCount(0);
  const texts = students.slice(0, 14).map((_student, index) => `Spaarkaart ${index + 1} voor vaste klanten`);
  await Promise.all(
    students
      .slice(0, 14)
      .map((student, index) => student.answer('binding-activiteiten', { kind: 'openQuestion', text: texts[index] ?? '' })),
  );
  await expect(results).toHaveCount(0);
  await board.keyboard.press('r');
  const wall = results.locator('.board-wall li');
  await expect(wall).toHaveCount(14);
  const slideBox = await board.locator('.deck-slides').boundingBox();
  for (const entry of await wall.all()) {
    const box = await entry.boundingBox();
    expect(box && slideBox && box.y + box.height <= slideBox.y + slideBox.height + 1).toBe(true);
  }
  expect(await smallestText(results)).toBeGreaterThanOrEqual(24);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('wall-14.png') });
  // The whole class of 27, with long answers: pages the teacher flips; together they hold every answer.
  const long = 'want dan komen ze vaker terug, ze vertellen het aan vrienden en ze voelen zich gezien door het bedrijf';
  await Promise.all(
    students
      .slice(14)
      .map((student) => student.answer('binding-activiteiten', { kind: 'openQuestion', text: `${student.name}: een klantendag, ${long}` })),
  );
  const pages = results.locator('.board-wall-pages span');
  await expect(pages).toHaveText(/^Pagina 1 van [2-9]$/);
  const pageCount = Number((await pages.textContent())?.split(' ').at(-1));
  const seen = new Set(await wall.allTextContents());
  for (let page = 2; page <= pageCount; page += 1) {
    await board.keyboard.press(']');
    await expect(pages).toHaveText(`Pagina ${page} van ${pageCount}`);
    for (const text of await wall.allTextContents()) seen.add(text);
  }
  expect(seen.size).toBe(27);
  expect(await smallestText(results)).toBeGreaterThanOrEqual(24);
  await board.screenshot({ path: test.info().outputPath('wall-27.png') });

  // 4. The quiz: "Toon antwoord" on the board is the session's reveal, so every phone gets it.
  await teacher.send('item:open', { id: 'quiz-kosten' });
  await expect(results).toHaveCount(0);
  await Promise.all(
    students.slice(0, 15).map((student, index) => student.answer('quiz-kosten', { kind: 'quiz', choices: [index < 10 ? 'B' : 'A'] })),
  );
  await waitForIslands(board.locator('.slide-frame.is-current'));
  await board.locator('.slide-frame.is-current').getByRole('button', { name: 'Toon antwoord' }).click();
  await expect.poll(() => students[20]?.latest()?.reveals['quiz-kosten']?.correct).toEqual(['B']);
  await board.keyboard.press('r');
  const right = results.locator('.board-bars li[data-correct="true"]');
  await expect(right).toContainText('werven van nieuwe klanten');
  await expect(right).toContainText('goed antwoord');
  await expect(right.locator('.board-bar-count')).toHaveText('10 · 67%');
  expect(await smallestText(results)).toBeGreaterThanOrEqual(24);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('quiz.png') });
  // A slide without a question never shows the previous slide's results.
  await board.keyboard.press('ArrowRight');
  await expect(board.locator('[data-position]')).toHaveText(`Dia ${slideWith('quiz') + 1} van 31`);
  await expect(results).toHaveCount(0);
  await expect(board.getByRole('button', { name: 'Resultaten' })).toHaveCount(0);

  // 5. A timer run from the board, in big type; paused is plain to see.
  const timerSlide = slideWith('timer');
  for (const digit of String(timerSlide)) await board.keyboard.press(digit);
  await board.keyboard.press('Enter');
  await expect(board.locator('[data-position]')).toHaveText(`Dia ${timerSlide} van 31`);
  await waitForIslands(board.locator('.slide-frame.is-current'));
  const timer = board.locator('.slide-frame.is-current .board-timer');
  await timer.getByRole('button', { name: 'Start' }).click();
  await expect(timer).toHaveAttribute('data-phase', 'running');
  await board.keyboard.press('t');
  await expect(timer).toHaveAttribute('data-phase', 'paused');
  await expect(timer.getByText('Gepauzeerd')).toBeVisible();
  const clockHeight = await timer
    .locator('.timer-display')
    .evaluate(
      (element) =>
        parseFloat(getComputedStyle(element).fontSize) * (element.getBoundingClientRect().height / (element as HTMLElement).offsetHeight),
    );
  expect(clockHeight).toBeGreaterThanOrEqual(100);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('timer-paused.png') });

  // 6. "Wie is er aan de beurt?" draws a connected student; Escape puts it away.
  await board.keyboard.press('w');
  const name = board.locator('.board-picker-name[data-settled="true"]');
  await expect(name).toHaveText(/^Leerling \d+$/);
  await axe(board);
  await board.screenshot({ path: test.info().outputPath('picker.png') });
  await board.keyboard.press('Escape');
  await expect(board.locator('.board-picker')).toHaveCount(0);

  // 7. "Wedstrijd": the top 5 between questions, from the revealed quiz only.
  await teacher.send('session:competition', { on: true, speed: false });
  // The board knows of the competition once its state arrived (the bar then shows "Tussenstand").
  await expect(board.getByRole('button', { name: 'Tussenstand' })).toBeVisible();
  await board.keyboard.press('s');
  const top = board.locator('.board-top li');
  await expect(top).toHaveCount(5);
  await expect(top.first()).toContainText('1000 punten');
  expect(await smallestText(board.locator('.board-leaderboard'))).toBeGreaterThanOrEqual(24);
  await board.screenshot({ path: test.info().outputPath('leaderboard.png') });
  await board.keyboard.press('s');
  await expect(top).toHaveCount(0);

  // The teacher can hide the join banner.
  await banner.getByRole('button', { name: 'Verberg de code' }).click();
  await expect(banner).toHaveCount(0);
  for (const student of students) student.close();
  teacher.close();
});

test('a class of 30 (3 phones, 27 scripted): the laptop panel runs the competition and the picker; phones see only their own place', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  const { code, sessionId } = await startLiveLesson(page, EMAIL);
  const board = await openBoard(page, sessionId);
  const phones = [await phoneJoins(browser, code, 'Noor'), await phoneJoins(browser, code, 'Sem'), await phoneJoins(browser, code, 'Aya')];
  const [noor, sem, aya] = phones;
  if (!noor || !sem || !aya) throw new Error('phones did not join');
  const others = await scriptedClass(baseURL ?? '', code, 27, 'Klasgenoot');
  await expect(board.locator('.board-lobby-count')).toHaveText('Doen mee: 30');
  const teacher = await teacherOfPage(page, baseURL ?? '', sessionId);
  await waitForIslands(page.locator('.teacher-live'));

  await page.getByLabel('Wedstrijd: punten voor goede antwoorden').check();
  await expect(page.getByLabel('Ook punten voor snelheid (max. 200 van 1200)')).not.toBeChecked();
  await teacher.send('item:open', { id: 'quiz-kosten' });
  await expect(board.locator('.board-lobby')).toHaveCount(0);
  for (const [phone, option] of [
    [noor, 'werven van nieuwe klanten'],
    [sem, 'werven van nieuwe klanten'],
    [aya, 'het behouden van klanten'],
  ] as const) {
    const quiz = phone.locator('.slide-frame.is-current');
    await quiz.getByText(option, { exact: true }).tap();
    await expect(quiz.locator('.answer-status')).toHaveText('Verstuurd ✓');
  }
  await Promise.all(others.map((student, index) => student.answer('quiz-kosten', { kind: 'quiz', choices: [index < 4 ? 'B' : 'A'] })));
  await expect(page.getByText('30/30 beantwoord', { exact: true })).toBeVisible();
  // No points before the reveal: the standings would give the answer away.
  await expect(noor.locator('[data-score]')).toHaveText('Wedstrijd: je staat 1e van 30 · 0 punten');
  await teacher.send('answer:reveal', { id: 'quiz-kosten', revealed: true });
  await expect(noor.locator('[data-score]')).toHaveText('Wedstrijd: je staat 1e van 30 · 1000 punten');
  await expect(aya.locator('[data-score]')).toHaveText('Wedstrijd: je staat 7e van 30 · 0 punten');
  await expect(noor.locator('body')).not.toContainText('Klasgenoot');

  await page.getByRole('button', { name: 'Tussenstand op het bord' }).click();
  const top = board.locator('.board-top li');
  await expect(top).toHaveCount(5);
  await expect(top.first()).toContainText('1000 punten');
  await expect(page.locator('.tl-top li')).toHaveCount(5);
  await axe(board);

  await page.getByRole('button', { name: 'Wie is er aan de beurt?' }).click();
  const picked = (await page.locator('.tl-picked').textContent())?.match(/Aan de beurt: (.+?)\s*Sluiten/)?.[1] ?? '';
  expect(['Noor', 'Sem', 'Aya', ...others.map((student) => student.name)]).toContain(picked);
  await expect(board.locator('.board-picker-name[data-settled="true"]')).toHaveText(picked);
  await axe(board);
  await axe(page);
  await noor.screenshot({ path: test.info().outputPath('phone-score.png') });
  // The same panel on a phone, as the teacher's remote.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(page.getByRole('button', { name: 'Volgende dia' })).toBeInViewport();
  await page.screenshot({ path: test.info().outputPath('remote-phone.png') });
  for (const student of others) student.close();
  teacher.close();
  for (const phone of phones) await phone.context().close();
});
