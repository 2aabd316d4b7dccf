import type { MessageKey } from '../../i18n/index.ts';

/**
 * The address a student typed, as the board stores it: trimmed, with `https://` added when they
 * left the scheme out ("www.g-star.com"). Returns the reason when it is no web address.
 */
export function readLink(input: string): { ok: true; url: string } | { ok: false; reason: MessageKey } {
  const typed = input.trim();
  if (typed === '') return { ok: false, reason: 'mbEdit.link.missing' };
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed) ? typed : `https://${typed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    return { ok: false, reason: 'mbEdit.link.invalid' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, reason: 'mbEdit.link.scheme' };
  // A host without a dot ("https://gstar") is almost always a typing slip, not an intranet name.
  if (!url.hostname.includes('.') && url.hostname !== 'localhost') return { ok: false, reason: 'mbEdit.link.invalid' };
  if (withScheme.length > 2000) return { ok: false, reason: 'mbEdit.link.tooLong' };
  return { ok: true, url: withScheme };
}
