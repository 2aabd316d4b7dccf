import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createApp } from './app.ts';
import { readConfig, type ServerConfig } from './config.ts';
import { createHttpHandler } from './http/index.ts';

type NodeHandler = (req: http.IncomingMessage, res: http.ServerResponse) => void;

export interface RunningServer {
  server: http.Server;
  url: string;
  close(): Promise<void>;
}

/** Loads the built Astro app (pages, API and static files) as a plain request handler. */
async function loadAstroHandler(distDir: string): Promise<NodeHandler> {
  // The adapter would otherwise start its own server on import; this process owns the port.
  process.env.ASTRO_NODE_AUTOSTART = 'disabled';
  const entry = pathToFileURL(path.join(distDir, 'server', 'entry.mjs')).href;
  const module = (await import(entry)) as { handler: NodeHandler };
  return module.handler;
}

/** Starts the one HTTP server that serves the whole app on one port. */
export async function startServer(config: ServerConfig = readConfig(), distDir = path.resolve('dist')): Promise<RunningServer> {
  const app = await createApp({
    dataDir: config.dataDir,
    uploadQuotaBytes: config.uploadQuotaBytes,
    redis: config.redis,
    trustProxy: config.trustProxy,
  });
  const handler = await loadAstroHandler(distDir);
  const server = http.createServer(createHttpHandler(path.join(distDir, 'client'), handler));
  app.attach(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    server,
    url: `http://${shownHost}:${port}`,
    close: async () => {
      server.closeAllConnections();
      // Closing the live server closes the HTTP server too; then the store.
      await app.close();
    },
  };
}
