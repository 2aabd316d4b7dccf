import type http from 'node:http';
import type { AstroIntegration } from 'astro';
import type { App } from '../app.ts';

/** Where Astro's dev server looks for a request's `locals` (see astro's vite-plugin-app). */
const ASTRO_LOCALS = Symbol.for('astro.locals');

/**
 * In `astro dev`, runs the same wiring as the production server on the dev server's own HTTP
 * server: the live server, and the app's services in every request's `locals`, so live lessons and
 * the teacher's pages work while writing lessons too.
 */
export function liveDevServer(): AstroIntegration {
  let app: App | null = null;
  return {
    name: 'live-dev-server',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const [{ openAppFromEnv }, { readConfig }] = await Promise.all([import('../app.ts'), import('../config.ts')]);
        const opened = await openAppFromEnv(readConfig());
        app = opened;
        // Added here, before Astro adds its own handler, so every page request passes through it first.
        server.middlewares.use((req, _res, next) => {
          Reflect.set(req, ASTRO_LOCALS, { services: opened.services });
          next();
        });
        if (server.httpServer) opened.attach(server.httpServer as http.Server);
        else logger.warn('Geen HTTP-server gevonden; live lessen werken niet in deze modus.');
      },
      'astro:server:done': async () => {
        await app?.close();
        app = null;
      },
    },
  };
}
