import { createAdapter } from '@socket.io/redis-streams-adapter';
import { createClient } from 'redis';
import type { RedisConfig } from '../config.ts';
import type { Logger } from '../log.ts';

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

/** Tries at start-up before giving up on a Redis that does not answer. */
const START_ATTEMPTS = 5;

/** The address without its password, for messages. */
function redactedUrl(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

/**
 * Makes the duplicates the adapter takes of `client` (its readers and subscriber) let go of their
 * pending commands quietly. The adapter subscribes without waiting for Redis's answer, so a node
 * that closes right after it started would otherwise end with an unhandled rejection
 * ("Disconnects client") from a subscription nobody needs any more.
 */
function quietDuplicates(client: RedisClient): void {
  const duplicate = client.duplicate.bind(client);
  client.duplicate = ((...args: Parameters<RedisClient['duplicate']>) => {
    const copy = duplicate(...args);
    const subscribe = copy.subscribe.bind(copy);
    copy.subscribe = ((...subscribeArgs: Parameters<typeof subscribe>) => {
      const pending = subscribe(...subscribeArgs);
      pending.catch(() => undefined);
      return pending;
    }) as typeof copy.subscribe;
    return copy;
  }) as RedisClient['duplicate'];
}

/**
 * Marks the rejections of `client`'s PUBLISH and SPUBLISH as seen. The adapter sends its
 * node-to-node requests (`fetchSockets()`, server-side emits) with them and drops the promise, so
 * while Redis is away each one, failing after the command timeout, would be an unhandled rejection
 * that ends the node. Callers that await them still see the error.
 */
function quietPublishes(client: RedisClient): void {
  const methods = client as unknown as Record<'publish' | 'sPublish', (...args: unknown[]) => Promise<number>>;
  for (const name of ['publish', 'sPublish'] as const) {
    const send = methods[name].bind(client);
    methods[name] = (...args) => {
      const pending = send(...args);
      pending.catch(() => undefined);
      return pending;
    };
  }
}

/**
 * Connects to the Redis all nodes share. Resolves once connected, so a wrong address stops start-up
 * instead of leaving a node that silently talks only to its own students.
 */
export async function connectRedis(config: RedisConfig, log: Logger): Promise<RedisLink> {
  let connected = false;
  let healthy = true;
  const client: RedisClient = createClient({
    url: config.url,
    // Named after the prefix, so `CLIENT LIST` shows which connections (and whose readers) are ours.
    name: config.prefix,
    socket: {
      connectTimeout: 5_000,
      // At start-up a few tries, then give up (a wrong address must stop the node); once connected,
      // keep trying for as long as it takes, at most every 5 seconds.
      reconnectStrategy: (retries, cause) =>
        connected ? Math.min(100 * 2 ** retries, 5_000) : retries < START_ATTEMPTS ? 200 * (retries + 1) : cause,
    },
  });
  // Without a listener a lost connection would crash the node; one line per outage, not per retry.
  client.on('error', (error: unknown) => {
    if (healthy && connected) log.warn('redis_connection_lost', { reason: error instanceof Error ? error.message : String(error) });
    healthy = false;
  });
  client.on('ready', () => {
    if (!healthy && connected) log.info('redis_connection_back');
    healthy = true;
  });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`Redis op ${redactedUrl(config.url)} is niet bereikbaar (REDIS_URL)`, { cause: error });
  }
  connected = true;
  quietDuplicates(client);
  quietPublishes(client);
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
        // The stream reader leaves only when its blocking read returns: a second keeps shutdown quick,
        // at the cost of one idle read a second (a new entry still ends the wait at once).
        blockTimeInMs: 1_000,
      }),
    async close() {
      if (closed) return;
      closed = true;
      await client.close();
    },
  };
}
