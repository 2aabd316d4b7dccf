import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createLogger, silentLogger } from '../log.ts';
import { connectRedis } from './connection.ts';
import { TEST_REDIS_URL, uniquePrefix } from './redis.test-helpers.ts';

/** A port on which nothing listens: taken, then given back. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('connectRedis', () => {
  it('stops start-up with a message naming REDIS_URL when Redis does not answer, without the password', async () => {
    const url = `redis://app:geheim@127.0.0.1:${await closedPort()}`;
    const problems: string[] = [];
    const refused = connectRedis({ url, prefix: uniquePrefix() }, createLogger({ level: 'debug', write: (line) => problems.push(line) }));
    await expect(refused).rejects.toThrow(/REDIS_URL/);
    await expect(refused).rejects.not.toThrow(/geheim/);
    expect(problems).toEqual([]);
  });

  it('connects under the prefix as its client name and closes again', async () => {
    const prefix = uniquePrefix();
    const link = await connectRedis({ url: TEST_REDIS_URL, prefix }, silentLogger());
    expect(await link.client.clientGetName()).toBe(prefix);
    await link.close();
    expect(link.client.isOpen).toBe(false);
  });
});
