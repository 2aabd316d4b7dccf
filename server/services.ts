import type { SessionState } from '../src/shared/session/state.ts';
import type { LessonRegistry } from './lessons/registry.ts';
import type { AttemptLimits } from './limits.ts';
import type { JoinGate } from './live/join-gate.ts';
import type { Logger } from './log.ts';
import type { Store } from './storage/types.ts';

/**
 * What server-rendered pages and endpoints use from the running server: the one store and the one
 * lesson registry the live server has too. The server puts them in every request's
 * `locals.services`; pages pass them on to the handlers they call.
 */
export interface AppServices {
  store: Store<SessionState>;
  lessons: LessonRegistry;
  clock: () => number;
  /** DATA_DIR, absolute: the database and the `uploads/` folder of students' images. */
  dataDir: string;
  /** What one student may store in uploaded images (UPLOAD_QUOTA_MB). */
  uploadQuotaBytes: number;
  /** Per-address limits on guessing codes and passwords; shared by all nodes when they share Redis. */
  limits: AttemptLimits;
  /** Which live sessions each address knows: lets a class in while someone behind its address guesses codes. */
  joinGate: JoinGate;
  /** Whether X-Forwarded-For names the client (TRUST_PROXY): see `server/client-address.ts`. */
  trustProxy: boolean;
  /** The app's log: logins and their refusals go here (never what was typed). */
  log: Logger;
}
