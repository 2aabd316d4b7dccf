import type http from 'node:http';
import path from 'node:path';
import { provideServices, type AppServices } from './services.ts';
import type { SessionState } from '../src/shared/session/state.ts';
import { lessonsDir } from './lessons/check.ts';
import { loadLiveLessons } from './live/lessons.ts';
import { createLiveServer, type LiveServer } from './live/server.ts';
import { openStoreFromEnv } from './storage/index.ts';
import { UPLOAD_LIMITS } from './uploads/index.ts';

export interface App {
  services: AppServices;
  /** Attaches the live socket server to the HTTP server that also serves the pages. */
  attach(httpServer: http.Server): LiveServer;
  close(): Promise<void>;
}

/**
 * Wires the app from its parts: the store (SQLite in DATA_DIR, migrated on open), the lessons and
 * the live server. Used by the production server and by the dev server alike.
 */
export async function createApp(options: { dataDir: string; clock?: () => number; uploadQuotaBytes?: number }): Promise<App> {
  const store = await openStoreFromEnv<SessionState>({ ...process.env, DATA_DIR: options.dataDir });
  const lessons = await loadLiveLessons(lessonsDir());
  const services: AppServices = {
    store,
    lessons,
    clock: options.clock ?? Date.now,
    dataDir: path.resolve(options.dataDir),
    uploadQuotaBytes: options.uploadQuotaBytes ?? UPLOAD_LIMITS.defaultQuotaBytes,
  };
  provideServices(services);
  let live: LiveServer | null = null;
  return {
    services,
    attach(httpServer) {
      live = createLiveServer({ httpServer, store, lessons, clock: services.clock });
      return live;
    },
    async close() {
      await live?.close();
      await store.close();
    },
  };
}
