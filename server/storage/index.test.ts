import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStoreFromEnv } from './index.ts';
import { SQLITE_FILE_NAME } from './sqlite-store.ts';
import { createTestSchema, testDatabaseUrl } from './test-postgres.ts';
import { cleanupAfterEach } from './test-helpers.ts';

const { later, tempDir } = cleanupAfterEach();

/** `url` with libpq's `options` parameter set so its connections work in `schema`. */
function inSchema(url: string, schema: string): string {
  const withOptions = new URL(url);
  withOptions.searchParams.set('options', `-c search_path=${schema}`);
  return withOptions.toString();
}

describe('openStoreFromEnv', () => {
  it('opens SQLite in DATA_DIR when DATABASE_URL is unset or empty', async () => {
    for (const env of [{}, { DATABASE_URL: '' }]) {
      const dataDir = path.join(tempDir(), 'from-env');
      const store = await openStoreFromEnv({ ...env, DATA_DIR: dataDir });
      await store.close();
      expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);
    }
  });

  it('opens PostgreSQL from a postgres:// or postgresql:// DATABASE_URL, and no local file', async () => {
    const { schema, drop } = await createTestSchema();
    later(drop);
    const url = inSchema(testDatabaseUrl(), schema);
    const dataDir = tempDir();
    const first = await openStoreFromEnv({ DATABASE_URL: url, DATA_DIR: dataDir });
    await first.createTeacher({ id: 't1', email: 'a@school.nl', name: 'A', passwordHash: 'h' });
    await first.close();
    const second = await openStoreFromEnv({ DATABASE_URL: url.replace(/^postgres:/, 'postgresql:'), DATA_DIR: dataDir });
    later(() => second.close());
    expect(await second.findTeacherByEmail('a@school.nl')).toMatchObject({ id: 't1' });
    expect(existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(false);
  });

  it('refuses any other DATABASE_URL rather than quietly using a local file, without echoing its password', async () => {
    for (const url of ['mysql://root:geheim@db/school', 'sqlite:./data/x.sqlite', '127.0.0.1:5432']) {
      const opening = openStoreFromEnv({ DATABASE_URL: url, DATA_DIR: tempDir() });
      await expect(opening).rejects.toThrow(/^DATABASE_URL must be a PostgreSQL URL/);
      await expect(opening).rejects.not.toThrow(/geheim/);
    }
  });
});
