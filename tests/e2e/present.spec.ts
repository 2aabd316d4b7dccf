import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { currentFrame, fetchOutline, LES2, LES2_SLIDES, openPresent, waitForIslands } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

const position = (page: Page) => page.locator('[data-position]');

/** Checks which slide the board shows: position text, current frame, its title and the URL hash. */
async function expectSlide(page: Page, index: number, title?: string): Promise<void> {
  await expect(position(page)).toHaveText(`Dia ${index} van ${LES2_SLIDES}`);
  await expect(page.locator('.slide-frame.is-current')).toHaveCount(1);
  await expect(currentFrame(page)).toHaveAttribute('data-slide-frame', String(index));
  if (title !== undefined) await expect(currentFrame(page).locator('.slide')).toHaveAttribute('data-title', title);
  await expect(page).toHaveURL(new RegExp(`#${index}$`));
}

/** Size of the current slide's body against its box, after the deck shrank the text to fit. */
const bodyFit = (page: Page) =>
  currentFrame(page)
    .locator('.slide-body')
    .evaluate((body) => ({
      scrollHeight: body.scrollHeight,
      clientHeight: body.clientHeight,
      scrollWidth: body.scrollWidth,
      clientWidth: body.clientWidth,
      fit: getComputedStyle(body.closest('.slide') as Element).getPropertyValue('--fit'),
    }));

test.describe('present mode', () => {
  test('walks through all 31 slides of Les 2 by keyboard, every slide fitting the board', async ({ page }) => {
    const outline = await fetchOutline(page, LES2);
    expect(outline.slides).toHaveLength(LES2_SLIDES);
    await openPresent(page);
    await expect(page.locator('.slide-frame')).toHaveCount(LES2_SLIDES);

    // All the "next" keys a keyboard or presentation clicker may send.
    const nextKeys = ['ArrowRight', 'ArrowDown', 'PageDown', 'Space', 'n'];
    const overflowing: string[] = [];
    for (const slide of outline.slides) {
      if (slide.index > 1) await page.keyboard.press(nextKeys[slide.index % nextKeys.length] ?? 'ArrowRight');
      await expectSlide(page, slide.index, slide.title);
      await expect(page.locator('[data-announcer]')).toHaveText(`Dia ${slide.index} van ${LES2_SLIDES}: ${slide.title}`);
      await waitForIslands(currentFrame(page));
      const fit = await bodyFit(page);
      expect(fit.clientHeight, `slide ${slide.index} has a laid-out body`).toBeGreaterThan(0);
      if (fit.scrollHeight > fit.clientHeight + 2 || fit.scrollWidth > fit.clientWidth + 2) {
        overflowing.push(`slide ${slide.index} "${slide.title}": ${JSON.stringify(fit)}`);
      }
    }
    expect(overflowing, 'slides whose text does not fit at 1280x720').toEqual([]);

    // Past the end nothing moves.
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 31);
  });

  test('Home/End, number + Enter and the previous/next keys', async ({ page }) => {
    await openPresent(page);
    await expectSlide(page, 1, 'Welkom!');

    await page.keyboard.press('End');
    await expectSlide(page, 31, 'Wanneer is een klant van waarde voor een bedrijf?');
    await page.keyboard.press('Home');
    await expectSlide(page, 1, 'Welkom!');
    // Before the first slide nothing moves.
    await page.keyboard.press('ArrowLeft');
    await expectSlide(page, 1);

    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await expect(page.locator('[data-jump]')).toBeVisible();
    await expect(page.locator('[data-jump]')).toHaveText('12');
    await expect(position(page)).toHaveText('Dia 1 van 31');
    await page.keyboard.press('Enter');
    await expectSlide(page, 12, 'Wat is duurder?');
    await expect(page.locator('[data-jump]')).toBeHidden();

    await page.keyboard.press('PageDown');
    await expectSlide(page, 13, 'Video: waarom klanten behouden?');
    await expect(currentFrame(page)).toContainText('Video volgt');
    await page.keyboard.press('PageUp');
    await expectSlide(page, 12);
    await page.keyboard.press('Space');
    await expectSlide(page, 13);
    await page.keyboard.press('Shift+Space');
    await expectSlide(page, 12);
    await page.keyboard.press('ArrowDown');
    await expectSlide(page, 13);
    await page.keyboard.press('ArrowUp');
    await expectSlide(page, 12);
    await page.keyboard.press('Backspace');
    await expectSlide(page, 11);
    await page.keyboard.press('n');
    await expectSlide(page, 12);

    // A number beyond the last slide goes to the last one.
    await page.keyboard.type('99');
    await page.keyboard.press('Enter');
    await expectSlide(page, 31);
  });

  test('the URL hash opens a slide and follows changes', async ({ page }) => {
    await openPresent(page, LES2, 19);
    await expectSlide(page, 19, 'Zelfstandige opdracht');
    await page.evaluate(() => {
      location.hash = '#25';
    });
    await expectSlide(page, 25, 'Klantwaarde');
  });

  test('the on-screen buttons move the deck too', async ({ page }) => {
    await openPresent(page);
    await page.getByRole('button', { name: 'Volgende dia' }).click();
    await expectSlide(page, 2, 'Doel van deze les');
    await page.getByRole('button', { name: 'Volgende dia' }).click();
    await expectSlide(page, 3);
    await page.getByRole('button', { name: 'Vorige dia' }).click();
    await expectSlide(page, 2);
    await expect(page.getByRole('link', { name: 'Stoppen' })).toHaveAttribute('href', `/lessons/${LES2}`);
  });

  test('overview: O shows all slides as buttons, Tab and Enter pick one', async ({ page }) => {
    await openPresent(page, LES2, 5);
    await expectSlide(page, 5);
    const deck = page.locator('[data-deck="present"]');

    await page.keyboard.press('o');
    await expect(deck).toHaveClass(/deck--overview/);
    const frames = page.getByRole('button', { name: /^Ga naar dia \d+: / });
    await expect(frames).toHaveCount(LES2_SLIDES);
    for (const index of [1, 5, 12, 31]) await expect(page.locator(`[data-slide-frame="${index}"]`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ga naar dia 12: Wat is duurder?' })).toBeVisible();

    // Focus starts on the current slide; arrows walk the grid (not the deck), Tab works too.
    const focusedFrame = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.slideFrame ?? null);
    await expect.poll(focusedFrame).toBe('5');
    await page.keyboard.press('ArrowRight');
    await expect.poll(focusedFrame).toBe('6');
    await expect(position(page)).toHaveText('Dia 5 van 31');
    await page.keyboard.press('ArrowDown');
    const rowStep = Number(await focusedFrame()) - 6;
    expect(rowStep).toBeGreaterThan(1);
    await page.keyboard.press('ArrowUp');
    await expect.poll(focusedFrame).toBe('6');
    await page.keyboard.press('Tab');
    await expect.poll(focusedFrame).toBe('7');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusedFrame).toBe('6');
    const focusOutline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(focusOutline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(deck).not.toHaveClass(/deck--overview/);
    await expectSlide(page, 6, 'Opdracht Relatiebeheer');
    await expect(page.locator('[role="button"][data-slide-frame]')).toHaveCount(0);

    // Escape closes the overview without moving; a click on a thumbnail picks it.
    await page.keyboard.press('O');
    await expect(deck).toHaveClass(/deck--overview/);
    await page.keyboard.press('Escape');
    await expect(deck).not.toHaveClass(/deck--overview/);
    await expectSlide(page, 6);
    await page.getByRole('button', { name: 'Overzicht (O)' }).click();
    await expect(deck).toHaveClass(/deck--overview/);
    await page.getByRole('button', { name: 'Ga naar dia 22: Klanttevredenheid' }).click();
    await expect(deck).not.toHaveClass(/deck--overview/);
    await expectSlide(page, 22, 'Klanttevredenheid');
  });

  test('reveals the quiz answer on slide 12', async ({ page }) => {
    await openPresent(page);
    await page.keyboard.type('12');
    await page.keyboard.press('Enter');
    await expectSlide(page, 12, 'Wat is duurder?');
    const slide = currentFrame(page);
    await waitForIslands(slide);

    const quiz = slide.locator('[data-widget="quiz"]');
    await expect(quiz.getByRole('group', { name: /Wat is duurder\?/ })).toBeVisible();
    // On the board the options are shown, not answered.
    await expect(quiz.getByRole('radio', { name: 'werven van nieuwe klanten' })).toBeDisabled();
    await expect(quiz.getByRole('button', { name: 'Controleer' })).toHaveCount(0);
    await expect(quiz.locator('[data-state="correct"]')).toHaveCount(0);
    await expect(quiz.getByText('Het werven van nieuwe klanten is duurder.', { exact: false })).toHaveCount(0);

    const reveal = quiz.getByRole('button', { name: 'Toon antwoord' });
    // The label says what a press does; no aria-pressed on top of a changing label.
    await expect(reveal).not.toHaveAttribute('aria-pressed');
    await reveal.click();
    const hide = quiz.getByRole('button', { name: 'Verberg antwoord' });
    await expect(hide).toBeVisible();
    await expect(quiz.locator('[data-state="correct"]')).toHaveCount(1);
    await expect(quiz.locator('[data-state="correct"]')).toContainText('werven van nieuwe klanten');
    await expect(quiz.locator('[data-state="correct"]')).toContainText('(goed antwoord)');
    await expect(quiz.getByRole('status')).toContainText('Het werven van nieuwe klanten is duurder.');

    // The revealed answer and explanation still fit on the board (the deck shrinks the text again).
    await expect
      .poll(async () => {
        const fit = await bodyFit(page);
        return fit.scrollHeight <= fit.clientHeight + 2;
      })
      .toBe(true);
    await expect(quiz.locator('.explanation')).toBeInViewport({ ratio: 0.99 });

    // Keyboard on the toggle stays with the button, arrows still move the deck.
    await hide.press('Enter');
    await expect(reveal).toBeVisible();
    await expect(quiz.locator('[data-state="correct"]')).toHaveCount(0);
    await expectSlide(page, 12);
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 13);
  });

  test('starts, pauses and resumes the 4:00 timer on slide 19', async ({ page }) => {
    await page.clock.install();
    await openPresent(page, LES2, 19);
    await expectSlide(page, 19, 'Zelfstandige opdracht');
    const slide = currentFrame(page);
    await waitForIslands(slide);
    // From here on the page's clock only moves when the test says so.
    await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1000);

    const timer = slide.getByRole('timer');
    await expect(timer).toHaveText('4:00');
    await expect(timer).toHaveAccessibleName('Resterende tijd: 4:00');
    await expect(slide.getByText('Zelfstandig werken')).toBeVisible();

    await slide.getByRole('button', { name: 'Start' }).click();
    const pause = slide.getByRole('button', { name: 'Pauze' });
    await expect(pause).toBeVisible();
    await expect(slide.locator('[data-widget="timer"]')).toHaveAttribute('data-phase', 'running');
    await page.clock.runFor(5_000);
    await expect(timer).toHaveText('3:55');

    await pause.click();
    await expect(slide.locator('[data-widget="timer"]')).toHaveAttribute('data-phase', 'paused');
    await page.clock.runFor(30_000);
    await expect(timer).toHaveText('3:55');

    await slide.getByRole('button', { name: '+1 minuut' }).click();
    await expect(timer).toHaveText('4:55');
    await slide.getByRole('button', { name: 'Verder' }).click();
    await expect(slide.getByRole('button', { name: 'Pauze' })).toBeVisible();
    await page.clock.runFor(55_000);
    await expect(timer).toHaveText('4:00');

    // Let the time run out: the end is signalled on screen.
    await page.clock.fastForward('05:00');
    await expect(timer).toHaveText('0:00');
    await expect(slide.locator('[data-widget="timer"]')).toHaveAttribute('data-phase', 'done');
    await expect(slide.getByRole('status')).toHaveText('Tijd is om!');
    await expect(slide.getByRole('button', { name: /^(Start|Pauze|Verder)$/ })).toHaveCount(0);

    await slide.getByRole('button', { name: 'Opnieuw' }).click();
    await expect(timer).toHaveText('4:00');
    await expect(slide.getByRole('status')).toHaveText('');
    await expect(slide.getByRole('button', { name: 'Start' })).toBeVisible();
  });

  test('the 3:00 timer on slide 20 is separate from the one on slide 19', async ({ page }) => {
    await openPresent(page, LES2, 19);
    await waitForIslands(currentFrame(page));
    await currentFrame(page).getByRole('button', { name: 'Start' }).click();
    await expect(currentFrame(page).getByRole('button', { name: 'Pauze' })).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expectSlide(page, 20, 'Werken in drietallen');
    await waitForIslands(currentFrame(page));
    await expect(currentFrame(page).getByRole('timer')).toHaveText('3:00');
    await expect(currentFrame(page).getByRole('button', { name: 'Start' })).toBeVisible();
  });
});
