import { readdirSync } from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import send from 'send';
import { chooseCoding, type ContentCoding } from './encoding.ts';
import { PRECOMPRESSED } from './precompress.ts';

/** Hashed build output: its name changes with its content, so it may be kept for good. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else in public/ keeps its name across builds: always ask whether it changed (ETag). */
export const REVALIDATE = 'public, no-cache';

const ASSETS_PREFIX = '/_astro/';

// send() would name a `.br` file application/x-brotli; the precompressed copy keeps its own type.
const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.ico': 'image/x-icon',
};

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/** URL path of every file under `root` (as `/a/b.js`), with the precompressed codings it has. */
function indexFiles(root: string): Map<string, ContentCoding[]> {
  const files = readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
  const present = new Set(files);
  const index = new Map<string, ContentCoding[]>();
  for (const file of files) {
    index.set(
      file,
      PRECOMPRESSED.filter(({ suffix }) => present.has(file + suffix)).map(({ encoding }) => encoding),
    );
  }
  return index;
}

function decodedPath(url: string | undefined): string | null {
  const pathname = (url ?? '/').split(/[?#]/)[0] ?? '/';
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

/**
 * Serves the built browser files (`dist/client`) itself: hashed `/_astro/` files as immutable,
 * the rest with validators; a precompressed `.br`/`.gz` copy when the client accepts it (never for
 * a Range request, which gets the plain file's bytes), with `Vary: Accept-Encoding`. Conditional
 * requests, HEAD and ranges are answered by `send`. Requests for anything else go to `next`.
 */
export function createStaticFiles(root: string): (req: http.IncomingMessage, res: http.ServerResponse, next: NodeHandler) => void {
  const files = indexFiles(root);
  return (req, res, next) => {
    const urlPath = req.method === 'GET' || req.method === 'HEAD' ? decodedPath(req.url) : null;
    const codings = urlPath === null ? undefined : files.get(urlPath);
    // Dot-files and paths the index does not hold (directories, pages) are the app's business.
    if (urlPath === null || codings === undefined || urlPath.split('/').some((part) => part.startsWith('.'))) {
      next(req, res);
      return;
    }
    const coding = req.headers.range === undefined ? chooseCoding(req.headers['accept-encoding'], codings) : null;
    const suffix = PRECOMPRESSED.find(({ encoding }) => encoding === coding)?.suffix ?? '';
    res.setHeader('Cache-Control', urlPath.startsWith(ASSETS_PREFIX) ? IMMUTABLE : REVALIDATE);
    if (codings.length > 0) res.setHeader('Vary', 'Accept-Encoding');
    const type = TYPES[path.extname(urlPath).toLowerCase()];
    if (type) res.setHeader('Content-Type', type);
    if (coding !== null) res.setHeader('Content-Encoding', coding);
    send(req, urlPath + suffix, { root, cacheControl: false, dotfiles: 'deny', index: false })
      .on('error', (error: { status?: number }) => {
        if (res.headersSent) {
          res.destroy();
          return;
        }
        // A file that went missing since start-up (a rebuild) may still be served by the app.
        for (const header of ['Cache-Control', 'Vary', 'Content-Encoding', 'Content-Type']) res.removeHeader(header);
        if (error.status === 404) next(req, res);
        else {
          res.statusCode = error.status ?? 500;
          res.end();
        }
      })
      .pipe(res);
  };
}
