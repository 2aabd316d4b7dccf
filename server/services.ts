import type { Store } from './storage/types.ts';
import type { SessionLesson, SessionState } from '../src/shared/session/state.ts';

/** What server-rendered pages use from the running server: the one store and the lessons. */
export interface AppServices {
  store: Store<SessionState>;
  lessons: ReadonlyMap<string, SessionLesson>;
  clock: () => number;
  /** DATA_DIR, absolute: the database and the `uploads/` folder of students' images. */
  dataDir: string;
  /** What one student may store in uploaded images (UPLOAD_QUOTA_MB). */
  uploadQuotaBytes: number;
}

// Pages and the socket server are bundled separately, so a module variable would not be shared;
// the server hands its services over once, under a registered symbol.
const KEY = Symbol.for('lesplatform.services');
type Holder = { [KEY]?: AppServices };

export function provideServices(services: AppServices): void {
  (globalThis as Holder)[KEY] = services;
}

/** The running server's services; throws when pages run without the server (e.g. a bare preview). */
export function appServices(): AppServices {
  const services = (globalThis as Holder)[KEY];
  if (!services) throw new Error('De server is niet gestart met opslag; start de app met npm start of npm run dev.');
  return services;
}
