import type { AstroIntegration } from 'astro';
import type { App } from '../../server/app.ts';

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
        const { createApp } = await import('../../server/app.ts');
        app = await createApp({ dataDir: process.env.DATA_DIR || 'data' });
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
