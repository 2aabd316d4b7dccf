import { expect, test } from './fixtures.ts';
import { currentFrame, LES2, LES2_SLIDES, openPresent, openStudy, waitForIslands } from './helpers.ts';

test.describe('the board on other screens', () => {
  for (const viewport of [
    { width: 1024, height: 768 },
    { width: 800, height: 600 },
    { width: 1920, height: 1080 },
  ]) {
    test(`the whole slide is on screen at ${viewport.width}x${viewport.height}`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await openPresent(page, LES2, 27);
      const box = await currentFrame(page).locator('.slide').boundingBox();
      expect(box).not.toBeNull();
      if (!box) return;
      expect(box.x).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height + 1);
      // 16:9 kept.
      expect(Math.abs(box.width / box.height - 16 / 9)).toBeLessThan(0.01);
    });
  }
});

test.describe('present mode keys and addresses', () => {
  test('Space moves on after a button was clicked with the mouse', async ({ page }) => {
    await openPresent(page, LES2, 11);
    await page.getByRole('button', { name: 'Volgende dia' }).click();
    await expect(page.locator('[data-position]')).toHaveText(`Dia 12 van ${LES2_SLIDES}`);
    await page.keyboard.press('Space');
    await expect(page.locator('[data-position]')).toHaveText(`Dia 13 van ${LES2_SLIDES}`);
  });

  test('a fractional or garbage slide number in the address shows a real slide', async ({ page }) => {
    await page.goto(`/lessons/${LES2}/present#2.5`);
    await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-position]')).toHaveText(`Dia 2 van ${LES2_SLIDES}`);
    await expect(currentFrame(page)).toHaveCount(1);
    await page.goto(`/lessons/${LES2}/present#abc`);
    await expect(page.locator('[data-position]')).toHaveText(`Dia 1 van ${LES2_SLIDES}`);
  });

  test('after picking a slide in the overview, focus is on that slide', async ({ page }) => {
    await openPresent(page, LES2, 3);
    await page.keyboard.press('o');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-position]')).toHaveText(`Dia 4 van ${LES2_SLIDES}`);
    const focused = await page.evaluate(
      () => document.activeElement?.closest('[data-slide-frame]')?.getAttribute('data-slide-frame') ?? null,
    );
    expect(focused).toBe('4');
  });
});

test.describe('presenter window, late', () => {
  test('a presenter window opened after a timer started shows the running timer, and its clock survives a reopen', async ({ page }) => {
    await openPresent(page, LES2, 19);
    await waitForIslands(currentFrame(page));
    await currentFrame(page).getByRole('button', { name: 'Start' }).click();
    await expect(currentFrame(page).getByRole('button', { name: 'Pauze' })).toBeVisible();

    const popup = page.context().waitForEvent('page');
    await page.keyboard.press('p');
    const presenter = await popup;
    await expect(presenter.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
    await expect(presenter.locator('[data-position]')).toHaveText(`Dia 19 van ${LES2_SLIDES}`);
    const presenterTimer = presenter.locator('.slide-frame.is-current [data-widget="timer"]');
    await expect(presenterTimer).toHaveAttribute('data-phase', 'running');
    await expect(presenterTimer.getByRole('button', { name: 'Pauze' })).toBeVisible();

    // The clock keeps its start across a reopened presenter window.
    const startedAt = await presenter.evaluate((slug) => localStorage.getItem(`present:${slug}:startedAt`), LES2);
    expect(Number(startedAt)).toBeGreaterThan(0);
    await presenter.close();
    const again = page.context().waitForEvent('page');
    await page.keyboard.press('p');
    const reopened = await again;
    await expect(reopened.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
    expect(await reopened.evaluate((slug) => localStorage.getItem(`present:${slug}:startedAt`), LES2)).toBe(startedAt);
  });
});

test.describe('study mode without device storage', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('works when the browser blocks storage: slides show and a quiz can be answered', async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'] as const) {
        Object.defineProperty(window, name, {
          get() {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      }
    });
    await openStudy(page);
    await expect(page.locator('[data-position]')).toHaveText(`Dia 1 van ${LES2_SLIDES}`);
    await expect(currentFrame(page)).toContainText('Welkom!');
    for (let slide = 2; slide <= 12; slide += 1) {
      // Slides 2 to 12: no video slide lies between, so each tap is one slide.
      await page.getByRole('button', { name: 'Volgende dia' }).tap();
    }
    await expect(page.locator('[data-position]')).toHaveText(`Dia 12 van ${LES2_SLIDES}`);
    await waitForIslands(currentFrame(page));
    await currentFrame(page).getByText('werven van nieuwe klanten', { exact: true }).tap();
    await currentFrame(page).getByRole('button', { name: 'Controleer' }).tap();
    await expect(currentFrame(page).getByRole('status')).toContainText('Goed!');
  });

  test('teacher notes are not sent to students', async ({ page }) => {
    const html = await (await page.request.get(`/lessons/${LES2}/study`)).text();
    expect(html).not.toContain('Klantretentie: Het behouden van bestaande klanten');
    const board = await (await page.request.get(`/lessons/${LES2}/present`)).text();
    expect(board).toContain('Klantretentie: Het behouden van bestaande klanten');
  });
});
