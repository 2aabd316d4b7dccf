import { test as plainTest } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { LES2 } from './helpers.ts';

/** The directives of a Content-Security-Policy header, by name. */
function directives(policy: string | undefined): Map<string, string[]> {
  const parts = (policy ?? '').split(';').map((part) => part.trim().split(/\s+/));
  return new Map(parts.filter(([name]) => name).map(([name = '', ...sources]) => [name, sources]));
}

test.describe('headers that keep other sites out', () => {
  test('pages may not be framed by another site, and every answer says nosniff and a same-origin referrer', async ({ request }) => {
    for (const page of ['/', '/join', `/lessons/${LES2}`, '/docent/inloggen', '/api/lessons']) {
      const headers = (await request.get(page)).headers();
      expect(headers['x-frame-options'], page).toBe('SAMEORIGIN');
      expect(directives(headers['content-security-policy']).get('frame-ancestors'), page).toEqual(["'self'"]);
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

  test('pages run only the app’s own scripts; answers that are not pages may run nothing', async ({ request }) => {
    for (const page of ['/', '/join', `/lessons/${LES2}`, `/lessons/${LES2}/present`, '/docent/inloggen', '/werk', '/bestaat-niet']) {
      const policy = directives((await request.get(page)).headers()['content-security-policy']);
      expect(policy.get('script-src'), page).toContain("'self'");
      expect(policy.get('script-src'), page).not.toContain("'unsafe-inline'");
      expect(policy.get('script-src'), page).not.toContain("'unsafe-eval'");
      expect(policy.get('object-src'), page).toEqual(["'none'"]);
      expect(policy.get('base-uri'), page).toEqual(["'self'"]);
      expect(policy.get('form-action'), page).toEqual(["'self'"]);
      expect(policy.get('connect-src'), page).toEqual(["'self'"]);
      expect(
        [...policy.values()]
          .flat()
          .filter((source) => /[./:]/.test(source) && !/^'sha256-/.test(source) && source !== 'data:' && source !== 'blob:'),
        page,
      ).toEqual([]);
    }
    const json = directives((await request.get('/api/lessons')).headers()['content-security-policy']);
    expect(json.get('default-src')).toEqual(["'none'"]);
  });
});

// Without the policy check of the fixtures: these tests make the policy refuse on purpose.
plainTest('a page of another site cannot frame the teacher’s login', async ({ page, baseURL }) => {
  // The frame's page is of another origin (the test's blank page); `load` waits for the frame too.
  await page.setContent(`<iframe src="${baseURL}/docent/inloggen"></iframe>`, { waitUntil: 'load' });
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  plainTest.expect(frame).toBeTruthy();
  plainTest.expect(await frame?.locator('input[type=password]').count()).toBe(0);
  // The same page opened on its own has the form.
  await page.goto('/docent/inloggen');
  await plainTest.expect(page.locator('input[type=password]')).toHaveCount(1);
});

plainTest('markup slipped into a page cannot run: inline scripts and event handlers are refused', async ({ page }) => {
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/.test(message.text())) refused.push(message.text());
  });
  await page.goto('/join');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__pwned = "script"';
    document.head.append(script);
    const image = document.createElement('img');
    image.setAttribute('onerror', 'window.__pwned = "handler"');
    image.src = '/bestaat-niet.png';
    document.body.append(image);
    const link = document.createElement('a');
    link.href = 'javascript:window.__pwned="link"';
    document.body.append(link);
    link.click();
  });
  await plainTest.expect.poll(() => refused.length).toBeGreaterThanOrEqual(3);
  plainTest.expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();
});
