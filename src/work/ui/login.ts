import { serverCode } from '../../moodboard/ui/api-client.ts';
import { readIdentity, type StudentIdentity } from '../../live/identity.ts';
import type { KeyValueStorage } from '../../live/storage.ts';

export type LoginOutcome = { ok: true; name: string } | { ok: false; code: string | null };

/**
 * Logs the student in on this device (the server sets the cookie): with the work code they wrote
 * down, or with the resume token a phone kept from a live lesson. `code` is the server's reason
 * (worded by the page), null when there was no answer from our API.
 */
export async function logInStudent(body: { code: string } | { resumeToken: string }, fetcher: typeof fetch = fetch): Promise<LoginOutcome> {
  let response: Response;
  try {
    response = await fetcher('/api/werk/inloggen', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, code: null };
  }
  const answer: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const name = answer && typeof answer === 'object' && 'name' in answer && typeof answer.name === 'string' ? answer.name : '';
    return { ok: true, name };
  }
  // Without a code of our own API (a proxy, a blocked request) the page says it in its own words.
  return { ok: false, code: serverCode(answer) };
}

/** Web Storage as far as listing its keys goes. */
export interface ListableStorage extends Pick<KeyValueStorage, 'getItem'> {
  readonly length: number;
  key(index: number): string | null;
}

export interface DeviceIdentity extends StudentIdentity {
  /** The live lesson's join code the identity was kept under. */
  code: string;
}

/** Start of the keys `identityKey` makes (the test checks that they agree). */
export const IDENTITY_PREFIX = 'live:';

/** The students this device was in live lessons (`live:<code>` keys), each participant once. */
export function deviceIdentities(storage: ListableStorage | null): DeviceIdentity[] {
  if (!storage) return [];
  const found = new Map<string, DeviceIdentity>();
  try {
    for (let index = 0; index < storage.length; index += 1) {
      const key = storage.key(index);
      if (!key?.startsWith(IDENTITY_PREFIX)) continue;
      const code = key.slice(IDENTITY_PREFIX.length);
      // Other live keys (the answer outbox) share the prefix but have more parts.
      if (code.includes(':')) continue;
      const identity = readIdentity(code, { getItem: () => storage.getItem(key), setItem: () => undefined, removeItem: () => undefined });
      if (identity && !found.has(identity.participantId)) found.set(identity.participantId, { ...identity, code });
    }
  } catch {
    // Blocked storage (privacy mode) simply has no identities.
  }
  return [...found.values()];
}
