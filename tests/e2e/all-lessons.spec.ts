import type { LessonSummary } from '../../src/shared/lesson/outline.ts';
import { expect, test } from './fixtures.ts';
import { currentFrame, fetchOutline, openPresent, openStudy } from './helpers.ts';

/** Every shipped lesson, as the API lists it (read once per worker). */
async function shippedLessons(request: import('@playwright/test').APIRequestContext): Promise<LessonSummary[]> {
  const response = await request.get('/api/lessons');
  expect(response.status()).toBe(200);
  return (await response.json()) as LessonSummary[];
}

test.describe('every shipped lesson', () => {
  test('presents slide for slide by keyboard, each slide fitting the 16:9 board', async ({ page }) => {
    test.setTimeout(240_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    const lessons = await shippedLessons(page.request);
    expect(lessons.length).toBeGreaterThanOrEqual(5);
    for (const lesson of lessons) {
      const outline = await fetchOutline(page, lesson.slug);
      await openPresent(page, lesson.slug);
      for (const slide of outline.slides) {
        if (slide.index > 1) await page.keyboard.press('PageDown');
        await expect(page.locator('[data-position]')).toHaveText(`Dia ${slide.index} van ${outline.slideCount}`);
        const current = currentFrame(page).locator('.slide');
        await expect(current, `${lesson.slug} slide ${slide.index}`).toHaveAttribute('data-title', slide.title);
        const fits = await current.locator('.slide-body').evaluate((body) => body.scrollHeight <= body.clientHeight + 2);
        expect(fits, `${lesson.slug} slide ${slide.index} fits`).toBe(true);
      }
      // At the end, next stays on the last slide.
      await page.keyboard.press('PageDown');
      await expect(page.locator('[data-position]')).toHaveText(`Dia ${outline.slideCount} van ${outline.slideCount}`);
    }
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

    test('studies from the first slide to the closing screen', async ({ page }) => {
      test.setTimeout(240_000);
      const lessons = await shippedLessons(page.request);
      for (const lesson of lessons) {
        const outline = await fetchOutline(page, lesson.slug);
        await openStudy(page, lesson.slug);
        await expect(page.locator('[data-position]')).toHaveText(`Dia 1 van ${outline.slideCount}`);
        const next = page.getByRole('button', { name: 'Volgende dia' });
        let guard = outline.slideCount + 1;
        while (await next.isVisible()) {
          // Nothing on a study slide may be wider than the phone.
          const overflow = await currentFrame(page).evaluate((frame) => frame.scrollWidth - frame.clientWidth);
          expect(overflow, `${lesson.slug} at ${await page.locator('[data-position]').textContent()}`).toBeLessThanOrEqual(1);
          await next.tap();
          guard -= 1;
          expect(guard, `${lesson.slug}: more steps than slides`).toBeGreaterThanOrEqual(0);
        }
        await expect(page.getByRole('heading', { name: /Klaar!/ })).toBeVisible();
      }
    });
  });
});
