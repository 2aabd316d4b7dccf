import type http from 'node:http';
import path from 'node:path';
import type { SessionState } from '../src/shared/session/state.ts';
import { readRedisConfig, type ServerConfig } from './config.ts';
import { attemptLimits } from './limits.ts';
import { lessonsDir } from './lessons/check.ts';
import { createLogger, type Logger } from './log.ts';
import { loadLessonRegistry, type LessonRegistry } from './lessons/registry.ts';
import { localJoinGate } from './live/join-gate.ts';
import { createLiveServer, type LiveServer } from './live/server.ts';
import { connectRedis, type RedisLink } from './redis/connection.ts';
import { redisJoinGate } from './redis/join-gate.ts';
import type { AppServices } from './services.ts';
import { openStoreFromEnv } from './storage/index.ts';
import type { Store } from './storage/types.ts';
import { UPLOAD_LIMITS } from './uploads/index.ts';

export interface App {
  /** What every request gets as `locals.services`. */
  services: AppServices;
  /** Attaches the live socket server to the HTTP server that also serves the pages. */
  attach(httpServer: http.Server): LiveServer;
  /** Where the app's events go as JSON lines (start, refusals, errors, shutdown). */
  log: Logger;
  /** Which database the store is on, for the start-up line. */
  storage: StorageKind;
  /** Closes the live server, then the Redis link and the store. */
  close(): Promise<void>;
}

export type StorageKind = 'sqlite' | 'postgresql';

/** The parts the app is made of; the caller opens them (see `openAppFromEnv`), so tests can bring their own. */
export interface AppOptions {
  store: Store<SessionState>;
  lessons: LessonRegistry;
  /** The Redis the nodes share (REDIS_URL); null or left out: this process is the only node. */
  redis?: RedisLink | null;
  clock?: () => number;
  /** Standard output at level info when left out. */
  log?: Logger;
  /** Which database `store` is on; SQLite when left out. */
  storage?: StorageKind;
  config: Pick<ServerConfig, 'dataDir'> & Partial<Pick<ServerConfig, 'uploadQuotaBytes' | 'trustProxy'>>;
}

/**
 * Wires the app from its parts: the services the pages get and the live server, both on the same
 * store and the same lesson registry, and with a Redis link the Socket.IO adapter and the shared
 * attempt limits. Used by the production server and by the dev server alike. It reads no
 * environment and opens nothing; `close` closes the store and the Redis link it was given.
 */
export function createApp(options: AppOptions): App {
  const { store, lessons } = options;
  const redis = options.redis ?? null;
  const clock = options.clock ?? Date.now;
  const log = options.log ?? createLogger();
  const services: AppServices = {
    store,
    lessons,
    clock,
    dataDir: path.resolve(options.config.dataDir),
    uploadQuotaBytes: options.config.uploadQuotaBytes ?? UPLOAD_LIMITS.defaultQuotaBytes,
    limits: attemptLimits(redis, clock),
    joinGate: redis ? redisJoinGate(redis.client, redis.prefix) : localJoinGate(clock),
    trustProxy: options.config.trustProxy ?? false,
    log,
  };
  let live: LiveServer | null = null;
  return {
    services,
    log,
    storage: options.storage ?? 'sqlite',
    attach(httpServer) {
      live = createLiveServer({
        httpServer,
        store,
        lessons: lessons.live,
        clock,
        log,
        limits: services.limits,
        joinGate: services.joinGate,
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
      log.info('server_stopped');
    },
  };
}

/**
 * The app as the production and dev servers run it: the store the environment names (SQLite in
 * `config.dataDir`, or PostgreSQL at DATABASE_URL; migrated on open), the Redis of REDIS_URL when
 * set (unless `config.redis` says otherwise), the lessons of LESSONS_DIR read once, wired by `createApp`.
 */
export async function openAppFromEnv(
  config: AppOptions['config'] & Partial<Pick<ServerConfig, 'redis' | 'logLevel'>>,
  env: NodeJS.ProcessEnv = process.env,
): Promise<App> {
  const log = createLogger({ level: config.logLevel ?? 'info' });
  const storage: StorageKind = env.DATABASE_URL ? 'postgresql' : 'sqlite';
  const store = await openStoreFromEnv<SessionState>(
    { ...env, DATA_DIR: config.dataDir },
    { onConnectionLost: (error) => log.warn('storage_connection_lost', { storage, reason: error.message }) },
  );
  let redis: RedisLink | null = null;
  try {
    const redisConfig = config.redis === undefined ? readRedisConfig(env) : config.redis;
    redis = redisConfig ? await connectRedis(redisConfig, log) : null;
    return createApp({ store, redis, log, storage, lessons: await loadLessonRegistry(lessonsDir()), config });
  } catch (error) {
    await redis?.close();
    await store.close();
    throw error;
  }
}
