import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../src/shared/session/state.ts';
import { createApp } from './app.ts';
import { lessonRegistry } from './lessons/registry.ts';
import { makeTempDir } from './storage/test-helpers.ts';
import { openSqliteStore } from './storage/sqlite-store.ts';
import { UPLOAD_LIMITS } from './uploads/index.ts';

describe('createApp', () => {
  let remove = (): void => {};
  afterEach(() => remove());

  it('hands the pages the parts it was given, and closes the store it was given', async () => {
    const temp = makeTempDir();
    remove = temp.remove;
    const store = await openSqliteStore<SessionState>({ dataDir: temp.dir });
    const lessons = lessonRegistry([]);
    const clock = () => 42;
    const app = createApp({ store, lessons, clock, config: { dataDir: temp.dir } });
    expect(app.services).toEqual({ store, lessons, clock, dataDir: temp.dir, uploadQuotaBytes: UPLOAD_LIMITS.defaultQuotaBytes });
    expect(app.services.store).toBe(store);
    expect(app.services.lessons).toBe(lessons);

    const server = http.createServer();
    app.attach(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await app.close();
    expect(server.listening).toBe(false);
    await expect(store.countTeachers()).rejects.toThrow();
  });
});
