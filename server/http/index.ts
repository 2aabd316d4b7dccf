import type http from 'node:http';
import { constants } from 'node:zlib';
import compression from 'compression';
import { PRECOMPRESS_MIN_BYTES } from './precompress.ts';
import { createStaticFiles } from './static-files.ts';

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

/**
 * Compresses what the app renders (pages, JSON) on the fly, by Accept-Encoding (brotli, else
 * gzip), adding `Vary: Accept-Encoding`. Left alone: range requests and partial answers (their byte
 * offsets are into the plain body), types that do not shrink (images) and HEAD.
 */
const compressDynamic = compression({
  threshold: PRECOMPRESS_MIN_BYTES,
  // Quality 5 costs about as much CPU as gzip -6 and still beats it: pages are made per request.
  brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
  filter: (req, res) => req.headers.range === undefined && res.statusCode !== 206 && compression.filter(req, res),
});

/** The policy of answers that are not pages: opened on their own, they load and run nothing. */
export const FALLBACK_POLICY = "default-src 'none'; frame-ancestors 'self'";

/**
 * The HTTP side of the server: the built browser files from `clientDir` (precompressed copies,
 * cache headers), then the app (`app`, the Astro handler) with on-the-fly compression; every
 * answer with `nosniff` and a same-origin referrer, pages never framed by another site.
 */
export function createHttpHandler(clientDir: string, app: NodeHandler): NodeHandler {
  const staticFiles = createStaticFiles(clientDir);
  const dynamic: NodeHandler = (req, res) => {
    // No page of the app may be framed by another site (clickjacking the teacher's controls).
    res.setHeader('X-Frame-Options', 'SAMEORIGIN');
    // Pages replace this with the policy Astro writes for them (astro.config.mjs: scripts by hash);
    // everything else the app answers (JSON, CSV, uploaded pictures) may load and run nothing.
    res.setHeader('Content-Security-Policy', FALLBACK_POLICY);
    compressDynamic(req, res, () => app(req, res));
  };
  return (req, res) => {
    // Every answer: the browser takes the type we say, and other sites learn no more than our origin.
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'same-origin');
    staticFiles(req, res, dynamic);
  };
}
