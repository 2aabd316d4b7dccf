import type { AstroIntegration } from 'astro';
import type { App } from '../app.ts';

/**
 * In `astro dev`, runs the same live wiring as the production server on the dev server's own HTTP
 * server, so live lessons work while writing lessons too.
 */
export function liveDevServer(): AstroIntegration {
  let app: App | null = null;
  return {
    name: 'live-dev-server',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const [{ createApp }, { readConfig }] = await Promise.all([import('../app.ts'), import('../config.ts')]);
        const config = readConfig();
        app = await createApp({ dataDir: config.dataDir, uploadQuotaBytes: config.uploadQuotaBytes });
        if (server.httpServer) app.attach(server.httpServer as import('node:http').Server);
        else logger.warn('Geen HTTP-server gevonden; live lessen werken niet in deze modus.');
      },
      'astro:server:done': async () => {
        await app?.close();
        app = null;
      },
    },
  };
}
