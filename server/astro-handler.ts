import type http from 'node:http';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import send from 'send';
import type { AppServices } from './services.ts';

export type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** The adapter's handler in middleware mode: `locals` become the request's `Astro.locals`. */
type AstroMiddleware = (req: http.IncomingMessage, res: http.ServerResponse, next: undefined, locals: object) => Promise<void>;

/**
 * The built browser files (`dist/client`): hashed `/_astro/` files kept for good, the rest with
 * validators; ranges and conditional requests answered by `send`. Anything that is not a file
 * (pages, the API, folders) goes to `next`.
 */
function staticFiles(root: string): (req: http.IncomingMessage, res: http.ServerResponse, next: () => void) => void {
  return (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    const urlPath = (req.url ?? '/').split(/[?#]/)[0] ?? '/';
    let served = false;
    send(req, urlPath, { root, dotfiles: 'deny', index: false })
      .on('file', () => {
        served = true;
      })
      // A folder is never a file to send (no redirect to `folder/`): pages may share its name.
      .on('directory', () => next())
      .on('headers', (response: http.ServerResponse) => {
        if (urlPath.startsWith('/_astro/')) response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
      })
      .on('error', (error: { status?: number }) => {
        if (!served && (error.status === 404 || error.status === 403)) return next();
        res.statusCode = error.status ?? 500;
        res.end();
      })
      .pipe(res);
  };
}

/**
 * Loads the built Astro app (pages, API and static files) as a plain request handler that hands
 * every request its own `locals` with the app's services.
 */
export async function loadAstroHandler(distDir: string, services: AppServices): Promise<NodeHandler> {
  const entry = pathToFileURL(path.join(distDir, 'server', 'entry.mjs')).href;
  const astro = ((await import(entry)) as { handler: AstroMiddleware }).handler;
  const files = staticFiles(path.join(distDir, 'client'));
  return (req, res) => {
    try {
      decodeURI(req.url ?? '/');
    } catch {
      res.writeHead(400).end('Bad request.');
      return;
    }
    // A fresh object per request: pages and the middleware write to their locals (language, deck).
    files(req, res, () => void astro(req, res, undefined, { services }));
  };
}
