import type http from 'node:http';
import path from 'node:path';
import type { SessionState } from '../src/shared/session/state.ts';
import type { ServerConfig } from './config.ts';
import { lessonsDir } from './lessons/check.ts';
import { loadLessonRegistry, type LessonRegistry } from './lessons/registry.ts';
import { createLiveServer, type LiveServer } from './live/server.ts';
import type { AppServices } from './services.ts';
import { openStoreFromEnv } from './storage/index.ts';
import type { Store } from './storage/types.ts';
import { UPLOAD_LIMITS } from './uploads/index.ts';

export interface App {
  /** What every request gets as `locals.services`. */
  services: AppServices;
  /** Attaches the live socket server to the HTTP server that also serves the pages. */
  attach(httpServer: http.Server): LiveServer;
  /** Closes the live server, then the store. */
  close(): Promise<void>;
}

/** The parts the app is made of; the caller opens them (see `openAppFromEnv`), so tests can bring their own. */
export interface AppOptions {
  store: Store<SessionState>;
  lessons: LessonRegistry;
  clock?: () => number;
  config: Pick<ServerConfig, 'dataDir'> & Partial<Pick<ServerConfig, 'uploadQuotaBytes'>>;
}

/**
 * Wires the app from its parts: the services the pages get and the live server, both on the same
 * store and the same lesson registry. Used by the production server and by the dev server alike.
 * It reads no environment and opens nothing; `close` closes the store it was given.
 */
export function createApp(options: AppOptions): App {
  const { store, lessons } = options;
  const services: AppServices = {
    store,
    lessons,
    clock: options.clock ?? Date.now,
    dataDir: path.resolve(options.config.dataDir),
    uploadQuotaBytes: options.config.uploadQuotaBytes ?? UPLOAD_LIMITS.defaultQuotaBytes,
  };
  let live: LiveServer | null = null;
  return {
    services,
    attach(httpServer) {
      live = createLiveServer({ httpServer, store, lessons: lessons.live, clock: services.clock });
      return live;
    },
    async close() {
      await live?.close();
      await store.close();
    },
  };
}

/**
 * The app as the production and dev servers run it: the store the environment names (SQLite in
 * `config.dataDir`, or PostgreSQL at DATABASE_URL; migrated on open), the lessons of LESSONS_DIR read once, wired by `createApp`.
 */
export async function openAppFromEnv(config: AppOptions['config'], env: NodeJS.ProcessEnv = process.env): Promise<App> {
  const store = await openStoreFromEnv<SessionState>({ ...env, DATA_DIR: config.dataDir });
  try {
    return createApp({ store, lessons: await loadLessonRegistry(lessonsDir()), config });
  } catch (error) {
    await store.close();
    throw error;
  }
}
