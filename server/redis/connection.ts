import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { RedisConfig } from '../config.ts';

export type RedisClient = ReturnType<typeof createClient>;

/** One connected Redis client of a node and the names it uses there. */
export interface RedisLink {
  client: RedisClient;
  prefix: string;
  /** The Socket.IO adapter over Redis Streams: rooms, broadcasts, `fetchSockets()` and recovery across nodes. */
  adapter(): ReturnType<typeof createAdapter>;
  /** Closes the client after its pending commands; the adapter's own connections close with the Socket.IO server. */
  close(): Promise<void>;
}

/**
 * Connects to the Redis all nodes share. Resolves once connected, so a wrong address stops start-up
 * instead of leaving a node that silently talks only to its own students.
 */
export async function connectRedis(config: RedisConfig, log: (message: string, error?: unknown) => void): Promise<RedisLink> {
  // Named after the prefix, so `CLIENT LIST` shows which connections (and whose readers) are ours.
  const client: RedisClient = createClient({ url: config.url, name: config.prefix });
  // Without a listener a lost connection would crash the node; the client reconnects by itself.
  client.on('error', (error: unknown) => log('redis connection problem', error));
  await client.connect();
  let closed = false;
  return {
    client,
    prefix: config.prefix,
    adapter: () =>
      createAdapter(client, {
        streamName: `${config.prefix}:live`,
        channelPrefix: `${config.prefix}:live`,
        sessionKeyPrefix: `${config.prefix}:live:session:`,
        // Our events are JSON; skipping the search for binary data saves work on every broadcast.
        onlyPlaintext: true,
      }),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}
