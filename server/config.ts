import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './log.ts';

const configSchema = z.object({
  PORT: z.coerce.number({ error: 'PORT moet een getal zijn' }).int().min(0).max(65535).default(4321),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  UPLOAD_QUOTA_MB: z.coerce.number({ error: 'UPLOAD_QUOTA_MB moet een getal zijn' }).int().min(1).max(1_000_000).default(200),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'REDIS_URL moet een redis:// of rediss:// adres zijn' }).optional(),
  TRUST_PROXY: z.enum(['0', '1', 'false', 'true'], { error: 'TRUST_PROXY moet 1 of 0 zijn' }).default('0'),
  REDIS_PREFIX: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,64}$/, { error: 'REDIS_PREFIX mag alleen letters, cijfers en : _ - bevatten (hoogstens 64)' })
    .default('lesplatform'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `LOG_LEVEL moet een van ${LOG_LEVELS.join(', ')} zijn` }).default('info'),
});

/** The Redis every node shares (Socket.IO adapter, shared rate limits), under a key prefix of its own. */
export interface RedisConfig {
  url: string;
  /** Starts every key, stream and channel name, so several installations (or test runs) can share one Redis. */
  prefix: string;
}

export interface ServerConfig {
  port: number;
  host: string;
  /** Folder of the embedded SQLite database and of the uploaded images (`uploads/`). */
  dataDir: string;
  /** What one student may store in uploaded images, in bytes. */
  uploadQuotaBytes: number;
  /** Set when REDIS_URL is: then the nodes behind one address share live rooms and rate limits. */
  redis: RedisConfig | null;
  /** Behind a reverse proxy: take the client's address from the X-Forwarded-For it sets (TRUST_PROXY=1). */
  trustProxy: boolean;
  /** The least that goes into the log (LOG_LEVEL): debug, info (default), warn, error or silent. */
  logLevel: LogLevel;
}

/** Only the Redis settings (REDIS_URL, REDIS_PREFIX), for callers that bring the rest themselves. */
export function readRedisConfig(env: NodeJS.ProcessEnv = process.env): RedisConfig | null {
  return readConfig({ REDIS_URL: env.REDIS_URL, REDIS_PREFIX: env.REDIS_PREFIX }).redis;
}

/** Reads the server's settings from the environment; a bad value stops start-up with a clear message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = configSchema.safeParse({
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    UPLOAD_QUOTA_MB: env.UPLOAD_QUOTA_MB || undefined,
    REDIS_URL: env.REDIS_URL || undefined,
    REDIS_PREFIX: env.REDIS_PREFIX || undefined,
    TRUST_PROXY: env.TRUST_PROXY || undefined,
    LOG_LEVEL: env.LOG_LEVEL || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Ongeldige instelling: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: parsed.data.DATA_DIR,
    uploadQuotaBytes: parsed.data.UPLOAD_QUOTA_MB * 1024 * 1024,
    redis: parsed.data.REDIS_URL ? { url: parsed.data.REDIS_URL, prefix: parsed.data.REDIS_PREFIX } : null,
    trustProxy: parsed.data.TRUST_PROXY === '1' || parsed.data.TRUST_PROXY === 'true',
    logLevel: parsed.data.LOG_LEVEL,
  };
}
