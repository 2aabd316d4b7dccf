/**
 * One node of the app without the pages (they need a build; the live server does not): the app as
 * `openAppFromEnv` wires it, from the same settings as `npm start` (PORT, HOST, DATA_DIR,
 * DATABASE_URL, REDIS_URL, REDIS_PREFIX, TRUST_PROXY), on a plain HTTP server. Prints
 * `listening <port>` once it accepts connections and closes cleanly on SIGTERM.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openAppFromEnv } from '../../server/app.ts';
import { readConfig } from '../../server/config.ts';

const config = readConfig();
const app = await openAppFromEnv(config);
const server = http.createServer((_request, response) => {
  response.statusCode = 404;
  response.end();
});
app.attach(server);
await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
console.log(`listening ${(server.address() as AddressInfo).port}`);
process.once('SIGTERM', () => {
  server.closeAllConnections();
  void app.close().then(() => process.exit(0));
});
