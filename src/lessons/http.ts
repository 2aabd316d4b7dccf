/** A JSON response with the right content type. */
export const json = (body: unknown, status = 200): Response =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-cache' },
  });

/**
 * `value` when it is a path on this site, else `fallback`: no scheme, no host, nothing a browser
 * would read as one ("//", "/\\"), so a redirect can never leave the site.
 */
export function localPath(value: unknown, fallback: string): string {
  return typeof value === 'string' && /^\/(?![/\\])[^\s\\]*$/.test(value) ? value : fallback;
}
