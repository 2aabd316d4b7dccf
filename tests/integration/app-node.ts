import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createApp, type App } from '../../server/app.ts';
import { loadLessonRegistry } from '../../server/lessons/registry.ts';
import { silentLogger } from '../../server/log.ts';
import { connectRedis } from '../../server/redis/connection.ts';
import { dropKeys, TEST_REDIS_URL, uniquePrefix } from '../../server/redis/redis.test-helpers.ts';
import { openSqliteStore } from '../../server/storage/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import type { Client, Harness } from './live-harness.ts';

const registryPromise = loadLessonRegistry(path.resolve('lessons'));

/** One node of the whole app (services for the pages and the live server, as `createApp` wires them) on port 0. */
export interface AppNode extends Pick<Harness, 'url' | 'store' | 'lessons' | 'clients'> {
  services: App['services'];
  close(): Promise<void>;
}

/**
 * The app over an in-memory SQLite store, behind a trusted proxy (so tests pick each client's
 * address with X-Forwarded-For), with its limits in this process or, with `redis`, in the test Redis
 * under a prefix of its own that is dropped on close.
 */
export async function startAppNode(options: { clock: () => number; redis?: boolean }): Promise<AppNode> {
  const store = await openSqliteStore<SessionState>({ dataDir: ':memory:', clock: options.clock });
  const lessons = await registryPromise;
  const prefix = uniquePrefix();
  const redis = options.redis ? await connectRedis({ url: TEST_REDIS_URL, prefix }, silentLogger()) : null;
  const app = createApp({
    store,
    lessons,
    redis,
    clock: options.clock,
    log: silentLogger(),
    config: { dataDir: ':memory:', trustProxy: true },
  });
  const httpServer = http.createServer();
  app.attach(httpServer);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const clients: Client[] = [];
  return {
    url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`,
    store,
    lessons: lessons.live,
    services: app.services,
    clients,
    close: async () => {
      for (const client of clients) client.disconnect();
      if (redis) await dropKeys(redis.client, prefix);
      httpServer.closeAllConnections();
      await app.close();
    },
  };
}

/** Headers that make a client come from `address` (the app trusts the proxy's X-Forwarded-For). */
export const from = (address: string): Record<string, string> => ({ 'x-forwarded-for': address });
