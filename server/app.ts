import type http from 'node:http';
import path from 'node:path';
import { provideServices, type AppServices } from '../src/services.ts';
import type { SessionState } from '../src/shared/session/state.ts';
import type { RedisConfig } from './config.ts';
import { attemptLimits } from './limits.ts';
import { lessonsDir } from './lessons/check.ts';
import { loadLiveLessons } from './live/lessons.ts';
import { createLiveServer, type LiveServer } from './live/server.ts';
import { connectRedis, type RedisLink } from './redis/connection.ts';
import { openStoreFromEnv } from './storage/index.ts';
import { UPLOAD_LIMITS } from './uploads/index.ts';

export interface App {
  services: AppServices;
  /** Attaches the live socket server to the HTTP server that also serves the pages. */
  attach(httpServer: http.Server): LiveServer;
  close(): Promise<void>;
}

export interface AppOptions {
  dataDir: string;
  clock?: () => number;
  uploadQuotaBytes?: number;
  /** The Redis the nodes share (REDIS_URL); null or left out: this process is the only node. */
  redis?: RedisConfig | null;
  /** Behind a reverse proxy that sets X-Forwarded-For (TRUST_PROXY). */
  trustProxy?: boolean;
  log?: (message: string, error?: unknown) => void;
}

/**
 * Wires the app from its parts: the store (SQLite in DATA_DIR, or PostgreSQL at DATABASE_URL;
 * migrated on open), the lessons, the Redis link when several nodes share one, and the live server.
 * Used by the production server and by the dev server alike.
 */
export async function createApp(options: AppOptions): Promise<App> {
  const clock = options.clock ?? Date.now;
  const log = options.log ?? ((message: string, error?: unknown) => console.error(`[live] ${message}`, error ?? ''));
  const store = await openStoreFromEnv<SessionState>({ ...process.env, DATA_DIR: options.dataDir });
  let redis: RedisLink | null = null;
  try {
    redis = options.redis ? await connectRedis(options.redis, log) : null;
  } catch (error) {
    await store.close();
    throw error;
  }
  const lessons = await loadLiveLessons(lessonsDir());
  const limits = attemptLimits(redis, clock);
  const services: AppServices = {
    store,
    lessons,
    clock,
    dataDir: path.resolve(options.dataDir),
    uploadQuotaBytes: options.uploadQuotaBytes ?? UPLOAD_LIMITS.defaultQuotaBytes,
    limits,
    trustProxy: options.trustProxy ?? false,
  };
  provideServices(services);
  let live: LiveServer | null = null;
  return {
    services,
    attach(httpServer) {
      live = createLiveServer({
        httpServer,
        store,
        lessons,
        clock,
        log,
        joinLimiter: limits.liveJoin,
        trustProxy: services.trustProxy,
        ...(redis ? { adapter: redis.adapter(), clustered: true } : {}),
      });
      return live;
    },
    async close() {
      // The live server first: its adapter still publishes (e.g. disconnects) while it closes.
      await live?.close();
      await redis?.close();
      await store.close();
    },
  };
}
