import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { openAppFromEnv } from './app.ts';
import { loadAstroHandler } from './astro-handler.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { createHttpHandler } from './http/index.ts';
import type { LessonRegistry } from './lessons/registry.ts';

export interface RunningServer {
  server: http.Server;
  url: string;
  /** The lessons it serves, and the ones it left out for their problems. */
  lessons: LessonRegistry;
  close(): Promise<void>;
}

/** Starts the one HTTP server that serves the whole app on one port. */
export async function startServer(config: ServerConfig = readConfig(), distDir = path.resolve('dist')): Promise<RunningServer> {
  const app = await openAppFromEnv(config);
  const handler = await loadAstroHandler(distDir, app.services);
  const server = http.createServer(createHttpHandler(path.join(distDir, 'client'), handler));
  app.attach(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  app.log.info('server_started', { port, storage: app.storage, redis: config.redis !== null });
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    server,
    url: `http://${shownHost}:${port}`,
    lessons: app.services.lessons,
    close: async () => {
      server.closeAllConnections();
      // Closing the live server closes the HTTP server too; then the store.
      await app.close();
    },
  };
}
