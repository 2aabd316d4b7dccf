import type http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { reachedOverHttps } from './client-address.ts';
import type { AppServices } from './services.ts';

export type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** The adapter's handler in middleware mode: `locals` become the request's `Astro.locals`. */
type AstroMiddleware = (req: http.IncomingMessage, res: http.ServerResponse, next: undefined, locals: object) => Promise<void>;

/**
 * Loads the built Astro app (pages and the API; the browser files are served before it, see
 * `server/http/`) as a plain request handler that hands every request its own `locals` with the app's
 * services and whether the browser came over https.
 */
export async function loadAstroHandler(distDir: string, services: AppServices): Promise<NodeHandler> {
  const entry = pathToFileURL(path.join(distDir, 'server', 'entry.mjs')).href;
  const astro = ((await import(entry)) as { handler: AstroMiddleware }).handler;
  return (req, res) => {
    try {
      decodeURI(req.url ?? '/');
    } catch {
      res.writeHead(400).end('Bad request.');
      return;
    }
    // A fresh object per request: pages and the middleware write to their locals (language, deck).
    const encrypted = 'encrypted' in req.socket && req.socket.encrypted === true;
    const https = reachedOverHttps(encrypted, req.headers['x-forwarded-proto'], services.trustProxy);
    void astro(req, res, undefined, { services, https });
  };
}
