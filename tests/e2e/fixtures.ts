import { test as base, expect } from '@playwright/test';

/**
 * Playwright's test with one automatic check: every script and style the pages load from /_astro/
 * must exist. The server serves the shared dist/ folder; when another process rebuilds it during a
 * run (npm start, astro build), the hashed file names change and islands never hydrate. That would
 * show up as a puzzling timeout, so name the real cause instead.
 */
export const test = base.extend<{ assetCheck: void }>({
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
});

export { expect };
