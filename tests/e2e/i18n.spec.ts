import { expect, test } from './fixtures.ts';
import { currentFrame, LES2, openPresent, openStudy, waitForIslands } from './helpers.ts';

test.describe('language switch', () => {
  test('switches to English, stays English across pages and modes, and switches back', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessen');

    const toEnglish = page.getByRole('button', { name: 'Taal: English' });
    await expect(toEnglish).toHaveText('English');
    await expect(toEnglish).toHaveAttribute('lang', 'en');
    await toEnglish.click();

    await expect(page).toHaveURL('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessons');
    await expect(page.getByRole('region', { name: 'Module Relatiebeheer' })).toBeVisible();
    await expect(page.locator(`li.card[data-lesson="${LES2}"] .summary`)).toHaveText(
      '31 slides: 2 mind maps, 1 quiz, 1 poll, 2 open questions, 1 self-assessment, 2 videos, 2 timers',
    );
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeAttached();
    const cookie = (await context.cookies()).find((item) => item.name === 'lang');
    expect(cookie?.value).toBe('en');
    expect(cookie?.httpOnly).toBe(true);

    // Other pages follow the choice.
    await page.getByRole('link', { name: 'Les 2: Wat is Relatiebeheer?' }).click();
    await expect(page).toHaveURL(`/lessons/${LES2}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { name: 'Learning goals' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Present' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Study on my own' })).toBeVisible();
    await expect(page.locator('ol.slide-list > li').nth(7).locator('.kind-tag')).toHaveText('mind map');

    await openPresent(page, LES2, 13);
    await expect(page.locator('[data-position]')).toHaveText('Slide 13 of 31');
    await expect(currentFrame(page)).toContainText('Video not set yet');
    await expect(page.getByRole('button', { name: 'Next slide' })).toBeVisible();

    // A new tab in the same browser also opens in English.
    const second = await context.newPage();
    await openStudy(second);
    await expect(second.locator('[data-position]')).toHaveText('Slide 1 of 31');
    await expect(second.getByRole('button', { name: 'Next slide ›' })).toBeVisible();
    await second.close();

    // Back to Dutch from the lesson page: the switch returns to the same page.
    await page.goto(`/lessons/${LES2}`);
    const toDutch = page.getByRole('button', { name: 'Language: Nederlands' });
    await expect(toDutch).toHaveAttribute('lang', 'nl');
    await toDutch.click();
    await expect(page).toHaveURL(`/lessons/${LES2}`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
    await expect(page.getByRole('heading', { name: 'Leerdoelen' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Presenteren' })).toBeVisible();

    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lessen');
    await expect(page.getByRole('button', { name: 'Taal: English' })).toBeVisible();
    expect((await context.cookies()).find((item) => item.name === 'lang')?.value).toBe('nl');
  });

  test('widgets speak English after the switch', async ({ page }) => {
    await page.goto(`/lessons/${LES2}`);
    await page.getByRole('button', { name: 'Taal: English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.addInitScript(([key, record]) => localStorage.setItem(key, record), [
      `study:${LES2}`,
      JSON.stringify({ slide: 12, answers: {} }),
    ] as const);
    await openStudy(page);
    await expect(page.locator('[data-position]')).toHaveText('Slide 12 of 31');
    const slide = currentFrame(page);
    await waitForIslands(slide);
    await slide.getByRole('radio', { name: 'het behouden van klanten' }).check();
    await slide.getByRole('button', { name: 'Check' }).click();
    await expect(slide.getByRole('status')).toContainText('Wrong');
    await expect(slide.getByRole('status')).toContainText('The right answer: B – werven van nieuwe klanten');
    await expect(slide.getByRole('button', { name: 'Try again' })).toBeVisible();
  });

  test('the language endpoint refuses unknown languages and outside return addresses', async ({ request, baseURL }) => {
    // A form post from the site itself (Astro refuses cross-site form posts).
    const headers = { origin: baseURL ?? '' };
    const bad = await request.post('/language', { form: { lang: 'fr', back: '/' }, headers, maxRedirects: 0 });
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('bad_language');

    const outside = await request.post('/language', { form: { lang: 'en', back: '//evil.example/' }, headers, maxRedirects: 0 });
    expect(outside.status()).toBe(303);
    expect(outside.headers()['location']).toBe('/');

    const inside = await request.post('/language', { form: { lang: 'en', back: `/lessons/${LES2}` }, headers, maxRedirects: 0 });
    expect(inside.status()).toBe(303);
    expect(inside.headers()['location']).toBe(`/lessons/${LES2}`);
    expect(inside.headers()['set-cookie']).toMatch(/^lang=en;/);

    const crossSite = await request.post('/language', {
      form: { lang: 'en', back: '/' },
      headers: { origin: 'https://evil.example' },
      maxRedirects: 0,
    });
    expect(crossSite.status()).toBe(403);
  });
});
