import { expect, test } from './fixtures.ts';
import { dutchSummary, fetchOutline, LES2, type LessonSummary } from './helpers.ts';
import { shippedLessonSlugs, widgetCountsFromFile } from './lesson-sources.ts';

test.describe('catalogue', () => {
  test('lists every shipped lesson under module Relatiebeheer with its summary', async ({ page }) => {
    const lessons = ((await (await page.request.get('/api/lessons')).json()) as LessonSummary[]).filter(
      (lesson) => lesson.module === 'Relatiebeheer',
    );
    await page.goto('/');
    await expect(page).toHaveTitle(/Lessen/);
    await expect(page.getByRole('heading', { level: 1, name: 'Lessen' })).toBeVisible();

    const module = page.getByRole('region', { name: 'Module Relatiebeheer' });
    await expect(module).toBeVisible();
    const cards = module.locator('li.card');
    await expect(cards).toHaveCount(shippedLessonSlugs().length);
    // Cards follow the lessons' order (Les 2, 3, 4, 5, 6), as the API lists them.
    expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-lesson')))).toEqual(
      lessons.map((lesson) => lesson.slug),
    );
    expect([...lessons.map((lesson) => lesson.slug)].sort()).toEqual(shippedLessonSlugs());

    for (const lesson of lessons) {
      // The counts behind the summary are the widgets in the lesson file.
      expect(lesson.items, lesson.slug).toEqual(widgetCountsFromFile(lesson.slug));
      const card = module.locator(`li.card[data-lesson="${lesson.slug}"]`);
      const link = card.getByRole('link', { name: lesson.title, exact: true });
      await expect(link).toHaveAttribute('href', `/lessons/${lesson.slug}`);
      await expect(card.locator('.meta')).toHaveText(`${lesson.level} · ${lesson.durationMinutes} min`);
      await expect(card.locator('.summary')).toHaveText(dutchSummary(lesson.slideCount, lesson.items));
    }

    await expect(module.locator(`li.card[data-lesson="${LES2}"] .summary`)).toHaveText(
      "31 dia's: 2 mindmaps, 1 quiz, 1 peiling, 2 open vragen, 1 zelfbeoordeling, 2 video's, 2 timers",
    );
    await expect(module.locator('li.card[data-lesson="relatiebeheer/waarheden-klanttevredenheid"] .summary')).toHaveText(
      "18 dia's: 15 quizzen, 1 open vraag, 1 schaal",
    );
  });

  test('a card leads to the lesson overview with goals, facts and the slide list', async ({ page }) => {
    const outline = await fetchOutline(page, LES2);
    await page.goto('/');
    await page.getByRole('link', { name: 'Les 2: Wat is Relatiebeheer?' }).click();
    await expect(page).toHaveURL(`/lessons/${LES2}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(outline.title);

    const facts = page.locator('dl.facts');
    await expect(facts).toContainText('MBO Handel, studiejaar 3');
    await expect(facts).toContainText('100 min');
    await expect(facts).toContainText("31 dia's: 2 mindmaps, 1 quiz, 1 peiling, 2 open vragen, 1 zelfbeoordeling, 2 video's, 2 timers");

    await expect(page.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'Je weet wat relatiebeheer is' }).first()).toBeVisible();

    const items = page.locator('ol.slide-list > li');
    await expect(items).toHaveCount(outline.slideCount);
    await expect(items.getByRole('link')).toHaveText(outline.slides.map((slide) => slide.title));
    await expect(items.nth(11).locator('.kind-tag')).toHaveText(['quiz']);
    await expect(items.nth(7).locator('.kind-tag')).toHaveText(['mindmap']);
    await expect(items.nth(12).locator('.kind-tag')).toHaveText(['video']);
    await expect(items.nth(18).locator('.kind-tag:visible')).toHaveText(['open vraag', 'timer']);
    await expect(items.nth(5).locator('.kind-tag:visible')).toHaveText(['opdracht']);
    await expect(items.nth(11).getByRole('link')).toHaveAttribute('href', `/lessons/${LES2}/present#12`);

    await expect(page.getByRole('link', { name: 'Presenteren' })).toHaveAttribute('href', `/lessons/${LES2}/present`);
    await expect(page.getByRole('link', { name: 'Zelf doorwerken' })).toHaveAttribute('href', `/lessons/${LES2}/study`);

    await page.getByRole('link', { name: 'Presenteren' }).click();
    await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-position]')).toHaveText('Dia 1 van 31');
  });

  test('a slide link on the overview opens present mode on that slide', async ({ page }) => {
    await page.goto(`/lessons/${LES2}`);
    await page.locator('ol.slide-list').getByRole('link', { name: 'Wat is duurder?' }).click();
    await expect(page.locator('[data-deck="present"]')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('[data-position]')).toHaveText('Dia 12 van 31');
    await expect(page.locator('.slide-frame.is-current .slide')).toHaveAttribute('data-title', 'Wat is duurder?');
  });

  test('an unknown lesson page is a 404', async ({ page }) => {
    const response = await page.goto('/lessons/relatiebeheer/bestaat-niet');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Niet gevonden');
  });
});
