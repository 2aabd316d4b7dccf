import { expect, test } from './fixtures.ts';
import { LES2 } from './helpers.ts';

test.describe('headers that keep other sites out', () => {
  test('pages may not be framed by another site, and every answer says nosniff and a same-origin referrer', async ({ request }) => {
    for (const page of ['/', '/join', `/lessons/${LES2}`, '/docent/inloggen', '/api/lessons']) {
      const headers = (await request.get(page)).headers();
      expect(headers['x-frame-options'], page).toBe('SAMEORIGIN');
      expect(headers['content-security-policy'], page).toBe("frame-ancestors 'self'");
      expect(headers['x-content-type-options'], page).toBe('nosniff');
      expect(headers['referrer-policy'], page).toBe('same-origin');
    }
    const html = await (await request.get(`/lessons/${LES2}`)).text();
    const file = /\/_astro\/[^"']+\.(?:js|css)/.exec(html)?.[0];
    expect(file).toBeTruthy();
    const asset = (await request.get(file ?? '')).headers();
    expect(asset['x-content-type-options']).toBe('nosniff');
    expect(asset['referrer-policy']).toBe('same-origin');
  });

  test('a page of another site cannot frame the teacher’s login', async ({ page, baseURL }) => {
    // The frame's page is of another origin (the test's blank page); `load` waits for the frame too.
    await page.setContent(`<iframe src="${baseURL}/docent/inloggen"></iframe>`, { waitUntil: 'load' });
    const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
    expect(frame).toBeTruthy();
    expect(await frame?.locator('input[type=password]').count()).toBe(0);
    // The same page opened on its own has the form.
    await page.goto('/docent/inloggen');
    await expect(page.locator('input[type=password]')).toHaveCount(1);
  });
});
