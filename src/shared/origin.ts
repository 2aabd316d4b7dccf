/**
 * True when a state-changing request comes from a page of this site. Browsers always send Origin on
 * such requests; the host is compared (not the scheme) so a TLS-terminating proxy does not break it.
 */
export function fromOwnOrigin(request: Request): boolean {
  const origin = request.headers.get('origin');
  if (origin === null) return request.headers.get('sec-fetch-site') === 'same-origin';
  try {
    return new URL(origin).host === new URL(request.url).host;
  } catch {
    return false;
  }
}
