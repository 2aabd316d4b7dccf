/**
 * Whether a request to open a live socket comes from a page of this host. A browser names the page
 * that opens a WebSocket or polls cross-site (Origin), and sends the teacher's login cookie from any
 * page of the same site (another port, a sibling subdomain): such a page must not get the teacher's
 * controls. Only the host is compared, so a page served as https by a TLS proxy in front of a node
 * that hears http still matches. No Origin at all: not a browser page (a test client, a tool), which
 * has to bring the cookie itself.
 */
export function fromOwnPage(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (host === undefined) return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
