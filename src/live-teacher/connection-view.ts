import type { ConnectionStatus } from '../live/stores.ts';
import type { Refusal } from '../shared/protocol/errors.ts';

export type ConnectionTone = 'online' | 'busy' | 'problem';

export interface ConnectionView {
  tone: ConnectionTone;
  /** Catalogue key of the text, or null when the server's refusal is worded instead. */
  key: 'liveTeacher.online' | 'liveTeacher.connecting' | 'liveTeacher.offline' | null;
  refusal: Refusal<string> | null;
  /** A refused connection does not come back by itself: offer to try again. */
  canRetry: boolean;
}

/**
 * How the panel shows the state of its link to the live server. Once the session was shown
 * (`wasOnline`), every attempt to get back reads as "connection lost, reconnecting", so the text
 * does not flicker between two messages while the Wi-Fi is away.
 */
export function connectionView(status: ConnectionStatus, wasOnline: boolean): ConnectionView {
  if (typeof status === 'object') return { tone: 'problem', key: null, refusal: status, canRetry: true };
  if (status === 'online') return { tone: 'online', key: 'liveTeacher.online', refusal: null, canRetry: false };
  if (status === 'connecting' && !wasOnline) return { tone: 'busy', key: 'liveTeacher.connecting', refusal: null, canRetry: false };
  return { tone: 'problem', key: 'liveTeacher.offline', refusal: null, canRetry: false };
}
