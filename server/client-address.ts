import { isIP } from 'node:net';

/**
 * The address a request came from, the key of the per-address limits. Without a proxy that is the
 * TCP peer. Behind a proxy the peer is the proxy itself (every student would share one limit), so
 * with `trustProxy` it is the last address in X-Forwarded-For: the one the proxy saw. Entries
 * before it are whatever the client sent, so they are never trusted.
 */
export function clientAddress(peer: string, forwardedFor: string | string[] | null | undefined, trustProxy: boolean): string {
  if (!trustProxy || !forwardedFor) return peer;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const last = header.split(',').at(-1)?.trim() ?? '';
  return isIP(last) ? last : peer;
}

/**
 * Whether the browser reached us over https: the connection itself, or behind a trusted proxy the
 * X-Forwarded-Proto it sets (its last entry, as for X-Forwarded-For). Cookies are marked Secure
 * then. A client that reaches the app directly and claims https only makes its own cookies stricter.
 */
export function reachedOverHttps(encrypted: boolean, forwardedProto: string | string[] | null | undefined, trustProxy: boolean): boolean {
  if (encrypted) return true;
  if (!trustProxy || !forwardedProto) return false;
  const header = Array.isArray(forwardedProto) ? forwardedProto.join(',') : forwardedProto;
  return header.split(',').at(-1)?.trim().toLowerCase() === 'https';
}
