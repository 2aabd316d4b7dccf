import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import type { SessionState } from '../src/shared/session/state.ts';
import { createApp } from './app.ts';
import { silentLogger } from './log.ts';
import { connectRedis } from './redis/connection.ts';
import { dropKeys, openTestRedis, TEST_REDIS_URL, uniquePrefix } from './redis/redis.test-helpers.ts';
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
    const limit = { allows: expect.any(Function), take: expect.any(Function) };
    expect(app.services).toEqual({
      store,
      lessons,
      clock,
      dataDir: temp.dir,
      uploadQuotaBytes: UPLOAD_LIMITS.defaultQuotaBytes,
      limits: {
        liveJoin: limit,
        studentLogin: limit,
        teacherLogin: limit,
        teacherAccount: limit,
        newParticipants: limit,
        sessionParticipants: limit,
      },
      joinGate: { knows: expect.any(Function), remember: expect.any(Function) },
      trustProxy: false,
      log: app.log,
    });
    expect(app.services.store).toBe(store);
    expect(app.services.lessons).toBe(lessons);

    const server = http.createServer();
    app.attach(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    await app.close();
    expect(server.listening).toBe(false);
    await expect(store.countTeachers()).rejects.toThrow();
  });

  it('with a Redis link counts attempts in Redis, under the prefix, and closes the link with the store', async () => {
    const temp = makeTempDir();
    remove = temp.remove;
    const store = await openSqliteStore<SessionState>({ dataDir: temp.dir });
    const prefix = uniquePrefix();
    const redis = await connectRedis({ url: TEST_REDIS_URL, prefix }, silentLogger());
    const app = createApp({ store, lessons: lessonRegistry([]), redis, config: { dataDir: temp.dir, trustProxy: true } });
    expect(app.services.trustProxy).toBe(true);
    expect(await app.services.limits.teacherLogin.take('198.51.100.1')).toBe(true);
    const check = await openTestRedis();
    try {
      expect(await check.exists(`${prefix}:limit:teacherLogin:198.51.100.1`)).toBe(1);
      // The join gate too: what one node learnt of an address, the next node knows.
      await app.services.joinGate.remember('198.51.100.1', 'session-1');
      expect(await createApp({ store, lessons: lessonRegistry([]), redis, config: { dataDir: temp.dir } }).services.joinGate.knows('198.51.100.1', 'session-1')).toBe(true);
      expect((await check.keys(`${prefix}:gate:*`)).join()).not.toContain('198.51.100.1');
      const server = http.createServer();
      app.attach(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      await app.close();
      expect(redis.client.isOpen).toBe(false);
      await expect(store.countTeachers()).rejects.toThrow();
    } finally {
      await dropKeys(check, prefix);
      await check.close();
    }
  });
});
