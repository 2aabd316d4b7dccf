import type { Page } from '@playwright/test';
import type { LessonSummary } from '../../src/shared/lesson/outline.ts';
import { expect, test } from './fixtures.ts';
import { currentFrame, fetchOutline, LES2, openPresent, openStudy, waitForIslands } from './helpers.ts';

/** A shipped lesson on the default theme, with six-option quizzes on slides 15 to 17. */
const KLANTGERICHT = 'relatiebeheer/klantgerichte-organisatie';
const SIX_OPTIONS_SLIDE = 15;
/** Smallest text a class can read from the back, in the slide's own 1280x720 pixels (20 px on a 720p beamer). */
const MIN_TEXT_PX = 21.5;
/** An image may not be made smaller than this share of the slide's room before text shrinks (see fit.ts). */
const MIN_IMAGE_SHARE = 0.3;

test.use({ viewport: { width: 1280, height: 720 } });

/**
 * What is wrong with the current slide as the board shows it: images not wholly inside the part of
 * the slide that is drawn (the body clips what overflows), text smaller than MIN_TEXT_PX, and text
 * that was shrunk while an image in it could still have given up room.
 */
function slideProblems(page: Page): Promise<string[]> {
  return currentFrame(page).evaluate(
    async (frame, [minText, minImageShare]) => {
      const slide = frame.querySelector<HTMLElement>('.slide');
      const body = frame.querySelector<HTMLElement>('.slide-body');
      if (!slide || !body) return ['no slide'];
      const images = [...slide.querySelectorAll('img')];
      await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
      await document.fonts.ready;
      const problems: string[] = [];
      const inside = (inner: DOMRect, outer: DOMRect) =>
        inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
      for (const image of images) {
        const box = image.getBoundingClientRect();
        const room = (image.closest('.slide-body') ?? slide).getBoundingClientRect();
        if (!image.complete || image.naturalWidth === 0) problems.push(`${image.src} did not load`);
        else if (box.height < 40) problems.push(`${image.src} is only ${Math.round(box.height)}px high`);
        else if (!inside(box, room) || !inside(box, slide.getBoundingClientRect())) {
          problems.push(`${image.src} sticks out: ${JSON.stringify(box)} in ${JSON.stringify(room)}`);
        }
      }
      const text = parseFloat(getComputedStyle(body).fontSize);
      if (text < minText) problems.push(`text is ${text.toFixed(1)}px`);
      const shrunk = Number(getComputedStyle(slide).getPropertyValue('--fit') || '1') < 1;
      const roomyImage = [...body.querySelectorAll('img')].find((image) => image.offsetHeight > body.clientHeight * minImageShare + 2);
      if (shrunk && roomyImage) problems.push(`text shrank while ${roomyImage.src} is ${roomyImage.offsetHeight}px high`);
      return problems;
    },
    [MIN_TEXT_PX, MIN_IMAGE_SHARE] as const,
  );
}

test.describe('the board (1280x720 unless said)', () => {
  test('every image of every shipped lesson lies inside its slide, and the text stays readable', async ({ page }) => {
    test.setTimeout(240_000);
    const response = await page.request.get('/api/lessons');
    const lessons = (await response.json()) as LessonSummary[];
    let imagesSeen = 0;
    // The beamer, and a full-HD screen: the fit works in the slide's own pixels, whatever the scale.
    for (const size of [
      { width: 1280, height: 720 },
      { width: 1920, height: 1080 },
    ]) {
      await page.setViewportSize(size);
      for (const lesson of lessons) {
        const outline = await fetchOutline(page, lesson.slug);
        await openPresent(page, lesson.slug);
        for (const slide of outline.slides) {
          if (slide.index > 1) await page.keyboard.press('PageDown');
          await expect(page.locator('[data-position]')).toHaveText(`Dia ${slide.index} van ${outline.slideCount}`);
          imagesSeen += await currentFrame(page).locator('img').count();
          // Images and fonts arrive after the first fit; the deck fits the slide again when they do.
          await expect
            .poll(() => slideProblems(page), { message: `${size.width}x${size.height} ${lesson.slug} slide ${slide.index}` })
            .toEqual([]);
        }
      }
    }
    // Lessons use a list with an image, an image beside text, ... : the check must have had work.
    expect(imagesSeen).toBeGreaterThanOrEqual(8);
  });

  test('a quiz with six options shows them as a 2x3 grid in large type; a phone keeps one column', async ({ page, browser }) => {
    await openPresent(page, KLANTGERICHT, SIX_OPTIONS_SLIDE);
    await waitForIslands(currentFrame(page));
    await page.evaluate(() => document.fonts.ready);
    const options = currentFrame(page).locator('.option');
    await expect(options).toHaveCount(6);
    const measure = () =>
      options.evaluateAll((labels) =>
        labels.map((label) => {
          const box = label.getBoundingClientRect();
          const text = label.querySelector<HTMLElement>('.option-text');
          const slide = label.closest<HTMLElement>('.slide');
          const scale = slide ? slide.getBoundingClientRect().width / slide.offsetWidth : 1;
          return { x: Math.round(box.left), y: Math.round(box.top), font: text ? parseFloat(getComputedStyle(text).fontSize) * scale : 0 };
        }),
      );
    const board = await measure();
    expect(new Set(board.map((option) => option.x)).size, 'columns').toBe(2);
    expect(new Set(board.map((option) => option.y)).size, 'rows').toBe(3);
    for (const option of board) expect(option.font, 'option text on the board, in screen px').toBeGreaterThanOrEqual(28);
    // Nothing is cut off on that slide either.
    await expect.poll(() => slideProblems(page)).toEqual([]);

    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    const phonePage = await phone.newPage();
    await phonePage.addInitScript(([key, record]) => localStorage.setItem(key, record), [
      `study:${KLANTGERICHT}`,
      JSON.stringify({ slide: SIX_OPTIONS_SLIDE, answers: {} }),
    ] as const);
    await openStudy(phonePage, KLANTGERICHT);
    const phoneOptions = currentFrame(phonePage).locator('.option');
    await expect(phoneOptions).toHaveCount(6);
    const xs = await phoneOptions.evaluateAll((labels) => labels.map((label) => Math.round(label.getBoundingClientRect().left)));
    expect(new Set(xs).size, 'one column on a phone').toBe(1);
    await phone.close();
  });

  test('overview: the slide numbers never cover a title', async ({ page }) => {
    await openPresent(page, LES2);
    await page.keyboard.press('o');
    await expect(page.locator('[data-deck="present"]')).toHaveClass(/deck--overview/);
    const frames = page.locator('[data-slide-frame]');
    await expect(frames.first().locator('.slide-number')).toBeVisible();
    const overlaps = await frames.evaluateAll((all) =>
      all.flatMap((frame) => {
        const number = frame.querySelector('.slide-number')?.getBoundingClientRect();
        const title = frame.querySelector('.slide :is(h1, h2)')?.getBoundingClientRect();
        if (!number || number.width === 0) return [`${frame.dataset.slideFrame}: no number`];
        if (frame.querySelector('.slide-number')?.textContent !== frame.dataset.slideFrame)
          return [`${frame.dataset.slideFrame}: wrong number`];
        if (!title) return [];
        const apart = number.right <= title.left || title.right <= number.left || number.bottom <= title.top || title.bottom <= number.top;
        return apart ? [] : [`${frame.dataset.slideFrame}: number over the title`];
      }),
    );
    expect(overlaps).toEqual([]);
  });
});

test.describe('a video the teacher has not chosen yet', () => {
  test('the board shows a calm "Video volgt"; the instruction is only for the presenter', async ({ page }) => {
    await openPresent(page, LES2, 13);
    const slide = currentFrame(page);
    await expect(slide.getByRole('note')).toHaveText('Video volgt');
    await expect(slide.getByText('Klantbehoud: waarom het behouden van klanten loont')).toBeVisible();
    // Nothing visible on the board talks about the lesson file.
    expect(await slide.evaluate((frame) => (frame as HTMLElement).innerText)).not.toMatch(/nog niet ingesteld|lesbestand|youtube/i);

    await page.goto(`/lessons/${LES2}/present?view=presenter#13`);
    await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-notes-panel]')).toContainText('Video nog niet ingesteld');
    await expect(page.locator('[data-notes-panel]')).toContainText('zet youtube, vimeo of src in het lesbestand');
  });
});

test.describe('the authoring guide', () => {
  test('tells authors how to choose a theme and what a pending video still needs', async ({ page }) => {
    await page.goto('/authoring');
    const themes = page.locator('section#thema');
    await expect(themes.getByRole('heading', { level: 2 })).toHaveText("Thema: de vormgeving van je dia's");
    await expect(themes.locator('pre')).toContainText('theme: helder');
    await expect(themes.locator('.layout-thumb.theme-klassiek')).toHaveCount(2);
    await expect(themes.locator('.layout-thumb.theme-helder')).toHaveCount(2);
    await expect(themes.locator('.guide-demo'), 'no empty example box under the previews').toHaveCount(0);
    const video = page.locator('section#video');
    await expect(video.getByRole('note')).toContainText('Video nog niet ingesteld');
    await expect(video.getByRole('note')).toContainText('zet youtube, vimeo of src in het lesbestand');
  });
});

test.describe('themes', () => {
  test('a lesson shows its chosen theme with fonts from this site only; without a choice it is klassiek', async ({ page }) => {
    const elsewhere: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('http://127.0.0.1')) elsewhere.push(request.url());
    });
    const fonts: string[] = [];
    page.on('response', (response) => {
      if (response.url().endsWith('.woff2')) fonts.push(`${response.status()} ${new URL(response.url()).pathname}`);
    });
    const headingFont = () =>
      currentFrame(page)
        .locator('h1')
        .evaluate((h1) => getComputedStyle(h1).fontFamily);

    await openPresent(page, LES2, 1);
    await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-theme', 'helder');
    expect(await headingFont()).toContain('Lexend');
    expect(await page.evaluate(async () => (await document.fonts.ready, document.fonts.check('800 40px "Lexend Variable"')))).toBe(true);

    await openPresent(page, KLANTGERICHT, 1);
    await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-theme', 'klassiek');
    expect(await headingFont()).toContain('Source Serif 4');
    await page.evaluate(() => document.fonts.ready);
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    expect(fonts.every((font) => font.startsWith('200 /_astro/'))).toBe(true);
    expect(elsewhere).toEqual([]);
  });
});
