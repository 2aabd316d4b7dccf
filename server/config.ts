import { z } from 'zod';

const configSchema = z.object({
  PORT: z.coerce.number({ error: 'PORT moet een getal zijn' }).int().min(0).max(65535).default(4321),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('data'),
  UPLOAD_QUOTA_MB: z.coerce.number({ error: 'UPLOAD_QUOTA_MB moet een getal zijn' }).int().min(1).max(1_000_000).default(200),
});

export interface ServerConfig {
  port: number;
  host: string;
  /** Folder of the embedded SQLite database and of the uploaded images (`uploads/`). */
  dataDir: string;
  /** What one student may store in uploaded images, in bytes. */
  uploadQuotaBytes: number;
}

/** Reads the server's settings from the environment; a bad value stops start-up with a clear message. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = configSchema.safeParse({
    PORT: env.PORT || undefined,
    HOST: env.HOST || undefined,
    DATA_DIR: env.DATA_DIR || undefined,
    UPLOAD_QUOTA_MB: env.UPLOAD_QUOTA_MB || undefined,
  });
  if (!parsed.success) {
    throw new Error(`Ongeldige instelling: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  }
  return {
    port: parsed.data.PORT,
    host: parsed.data.HOST,
    dataDir: parsed.data.DATA_DIR,
    uploadQuotaBytes: parsed.data.UPLOAD_QUOTA_MB * 1024 * 1024,
  };
}
