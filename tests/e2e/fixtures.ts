import { test as base, expect, type BrowserContext } from '@playwright/test';

/** Chromium's console line for anything the Content-Security-Policy refused (or ignored). */
const CSP_MESSAGE = /Content Security Policy|Content-Security-Policy/i;

/** Collects, from every page of `context`, what the page's Content-Security-Policy refused. */
function watchPolicy(context: BrowserContext, refused: string[]): void {
  context.on('console', (message) => {
    if (CSP_MESSAGE.test(message.text())) refused.push(`${message.page()?.url() ?? ''}: ${message.text()}`);
  });
  context.on('weberror', (error) => {
    if (CSP_MESSAGE.test(error.error().message)) refused.push(`${error.page()?.url() ?? ''}: ${error.error().message}`);
  });
}

/**
 * Playwright's test with two automatic checks.
 *
 * Every script and style the pages load from /_astro/ must exist. The server serves the shared
 * dist/ folder; when another process rebuilds it during a run (npm start, astro build), the hashed
 * file names change and islands never hydrate. That would show up as a puzzling timeout, so name the
 * real cause instead.
 *
 * No page may break its own Content-Security-Policy: a refused script, style, image or connection
 * means a feature that works without the policy and silently fails with it. The check covers the
 * test's own context and every context the test opens (phones, a laptop at home).
 */
export const test = base.extend<{ assetCheck: void; policyCheck: void }>({
  assetCheck: [
    async ({ context }, use) => {
      const missing: string[] = [];
      context.on('response', (response) => {
        const url = new URL(response.url());
        if (url.pathname.startsWith('/_astro/') && response.status() >= 400) missing.push(`${response.status()} ${url.pathname}`);
      });
      await use();
      if (missing.length > 0) {
        throw new Error(
          `App assets could not be loaded (${missing.join(', ')}). dist/ was probably rebuilt by another process while the test server was running; run the tests again.`,
        );
      }
    },
    { auto: true },
  ],
  policyCheck: [
    async ({ context, browser }, use) => {
      const refused: string[] = [];
      watchPolicy(context, refused);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (options) => {
        const opened = await newContext(options);
        watchPolicy(opened, refused);
        return opened;
      };
      await use();
      browser.newContext = newContext;
      expect(refused, 'the Content-Security-Policy refused something on a page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
