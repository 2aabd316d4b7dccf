import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LES2, LES2_SLIDES, openPresent } from './helpers.ts';

test.use({ viewport: { width: 1280, height: 720 } });

async function expectOn(page: Page, index: number): Promise<void> {
  await expect(page.locator('[data-position]')).toHaveText(`Dia ${index} van ${LES2_SLIDES}`);
  await expect(page.locator('.slide-frame.is-current')).toHaveAttribute('data-slide-frame', String(index));
}

/** Opens the board on a slide and the presenter window with P. */
async function boardAndPresenter(page: Page, slide: number): Promise<Page> {
  await openPresent(page);
  await page.keyboard.type(String(slide));
  await page.keyboard.press('Enter');
  await expectOn(page, slide);
  const popup = page.context().waitForEvent('page');
  await page.keyboard.press('p');
  const presenter = await popup;
  await presenter.waitForLoadState('domcontentloaded');
  await expect(presenter.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
  return presenter;
}

test.describe('presenter window', () => {
  test('P opens the presenter view with the notes, the next slide and the elapsed time', async ({ page }) => {
    const presenter = await boardAndPresenter(page, 8);
    expect(new URL(presenter.url()).pathname).toBe(`/lessons/${LES2}/present`);
    expect(new URL(presenter.url()).searchParams.get('view')).toBe('presenter');
    await expect(presenter.locator('[data-deck="present"]')).toHaveAttribute('data-view', 'presenter');
    await expect(presenter).toHaveTitle(/^Presentatorscherm: Les 2: Wat is Relatiebeheer\?/);
    await expectOn(presenter, 8);

    const panel = presenter.getByRole('complementary', { name: 'Presentatorscherm' });
    await expect(panel).toBeVisible();
    const notes = presenter.locator('[data-notes-panel]');
    await expect(notes).toBeVisible();
    await expect(notes).toHaveText(/^\s*Klantretentie: Het behouden van bestaande klanten/);
    await expect(notes).toContainText('Lange Termijn Groei');

    const next = presenter.locator('[data-next-preview]');
    await expect(next.locator('.slide')).toHaveAttribute('data-title', 'relatiebeheer =');
    await expect(next).toContainText('is het proces van het ontwikkelen en onderhouden');
    await expect(next.locator('.slide')).toHaveAttribute('inert', '');

    await expect(presenter.locator('[data-elapsed]')).toHaveText(/^Verstreken \d+:\d{2} van 1:40:00$/);
    await expect(presenter.getByRole('button', { name: 'Tijd opnieuw starten' })).toBeVisible();
    // The presenter window has no button to open yet another presenter window.
    await expect(presenter.getByRole('button', { name: 'Presentatorscherm' })).toHaveCount(0);

    // The board itself never shows the notes.
    await expect(page.locator('[data-notes-panel]')).toHaveCount(0);
    await expect(page.locator('.slide-frame.is-current [data-notes]')).toBeHidden();
  });

  test('navigating in the presenter moves the board and vice versa', async ({ page }) => {
    const presenter = await boardAndPresenter(page, 8);
    await expectOn(presenter, 8);

    await presenter.keyboard.press('ArrowRight');
    await expectOn(presenter, 9);
    await expectOn(page, 9);
    await expect(presenter.locator('[data-notes-panel]')).toHaveText('Geen notities bij deze dia.');
    await expect(presenter.locator('[data-next-preview] .slide')).toHaveAttribute('data-title', 'relatiebeheer =');

    await page.keyboard.press('ArrowLeft');
    await expectOn(page, 8);
    await expectOn(presenter, 8);
    await expect(presenter.locator('[data-notes-panel]')).toHaveText(/^\s*Klantretentie/);

    await presenter.keyboard.type('26');
    await presenter.keyboard.press('Enter');
    await expectOn(presenter, 26);
    await expectOn(page, 26);
    await expect(presenter.locator('[data-notes-panel]')).toHaveText(/^\s*Klantloyaliteit of customer loyalty/);
    await expect(presenter.locator('[data-next-preview] .slide')).toHaveAttribute('data-title', 'Loyaliteitsdrijvers');

    await page.keyboard.press('End');
    await expectOn(page, 31);
    await expectOn(presenter, 31);
    await expect(presenter.locator('[data-next-preview]')).toHaveText('Einde van de les');

    await presenter.getByRole('button', { name: 'Vorige dia' }).click();
    await expectOn(presenter, 30);
    await expectOn(page, 30);
  });

  test('a timer started in the presenter window runs on the board too', async ({ page }) => {
    const presenter = await boardAndPresenter(page, 19);
    const presenterSlide = presenter.locator('.slide-frame.is-current');
    const boardSlide = page.locator('.slide-frame.is-current');
    await expect(presenterSlide.locator('astro-island[ssr]')).toHaveCount(0);
    await expect(boardSlide.locator('astro-island[ssr]')).toHaveCount(0);

    await presenterSlide.getByRole('button', { name: 'Start' }).click();
    await expect(boardSlide.locator('[data-widget="timer"]')).toHaveAttribute('data-phase', 'running');
    await expect(boardSlide.getByRole('button', { name: 'Pauze' })).toBeVisible();
    await boardSlide.getByRole('button', { name: 'Pauze' }).click();
    await expect(presenterSlide.locator('[data-widget="timer"]')).toHaveAttribute('data-phase', 'paused');
    await expect(presenterSlide.getByRole('button', { name: 'Verder' })).toBeVisible();
  });
});
