import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SessionState } from '../../src/shared/session/state.ts';
import { hashPassword } from '../auth/password.ts';
import { attemptLimits } from '../limits.ts';
import type { RedisClient } from '../redis/connection.ts';
import { dropKeys, openTestRedis, uniquePrefix } from '../redis/redis.test-helpers.ts';
import { openSqliteStore, type Store } from '../storage/index.ts';
import { logInTeacher } from './login.ts';

const SCHOOL = '198.51.100.40';
const PASSWORD = 'correct horse battery';

describe.each([
  { backend: 'in this process', redis: false },
  { backend: 'in Redis', redis: true },
])('teacher login limits ($backend)', ({ redis }) => {
  const clock = { now: 1_700_000_000_000 };
  const prefix = uniquePrefix();
  let client: RedisClient | null = null;
  let store: Store<SessionState>;
  let services: Parameters<typeof logInTeacher>[0];
  beforeAll(async () => {
    if (redis) client = await openTestRedis();
  });
  afterAll(async () => {
    if (client) {
      await dropKeys(client, prefix);
      await client.close();
    }
  });
  afterEach(async () => store.close());

  /** A fresh store with two teachers, and fresh limits (a prefix of their own in Redis). */
  async function setUp() {
    store = await openSqliteStore<SessionState>({ dataDir: ':memory:', clock: () => clock.now });
    const passwordHash = await hashPassword(PASSWORD);
    await store.createTeacher({ id: 't1', email: 'ans@school.nl', name: 'Ans', passwordHash });
    await store.createTeacher({ id: 't2', email: 'bram@school.nl', name: 'Bram', passwordHash });
    const limits = attemptLimits(client ? { client, prefix: `${prefix}:${clock.now}` } : null, () => clock.now);
    clock.now += 1;
    services = { store, clock: () => clock.now, limits };
  }
  const login = (email: string, password: string, deviceToken: string | null = null, address = SCHOOL) =>
    logInTeacher(services, { email, password, address, deviceToken });

  it('a morning of right logins from one address never runs out: only failures cost', async () => {
    await setUp();
    const results = [];
    for (let i = 0; i < 11; i += 1) results.push(await login(i % 2 ? 'ans@school.nl' : 'BRAM@school.nl', PASSWORD));
    expect(results.every((result) => result.ok)).toBe(true);
  });

  it("someone's 10 wrong tries from the school network do not lock out a teacher on a browser that logged in before", async () => {
    await setUp();
    const earlier = await login('ans@school.nl', PASSWORD);
    if (!earlier.ok) throw new Error('first login failed');
    for (let i = 0; i < 10; i += 1) expect(await login('ans@school.nl', `wrong ${i}`)).toEqual({ ok: false, code: 'wrong_login' });
    // Attempts are still limited: an unknown browser behind that address is refused, even with the right password.
    expect(await login('ans@school.nl', PASSWORD)).toEqual({ ok: false, code: 'too_many_attempts' });
    expect(await login('bram@school.nl', PASSWORD)).toEqual({ ok: false, code: 'too_many_attempts' });
    const known = await login('ans@school.nl', PASSWORD, earlier.deviceToken);
    expect(known).toMatchObject({ ok: true, teacher: { id: 't1' }, deviceToken: earlier.deviceToken });
    // A device known for one account is no key to another.
    expect(await login('bram@school.nl', PASSWORD, earlier.deviceToken)).toEqual({ ok: false, code: 'too_many_attempts' });
    // Time gives an address its tries back.
    clock.now += 6_000;
    expect(await login('bram@school.nl', PASSWORD)).toMatchObject({ ok: true });
  });

  it('wrong passwords against one account from many addresses lock out unknown browsers only; a known one is limited on its own', async () => {
    await setUp();
    const earlier = await login('ans@school.nl', PASSWORD, null, '192.0.2.1');
    if (!earlier.ok) throw new Error('first login failed');
    for (let i = 0; i < 10; i += 1) await login('ans@school.nl', `wrong ${i}`, null, `203.0.113.${i + 1}`);
    expect(await login('ans@school.nl', PASSWORD, null, '203.0.113.50')).toEqual({ ok: false, code: 'too_many_attempts' });
    expect(await login('ans@school.nl', PASSWORD, earlier.deviceToken, '203.0.113.50')).toMatchObject({ ok: true });
    // A stolen device cookie is no licence to guess the password: ten wrong tries with it and it waits too.
    for (let i = 0; i < 10; i += 1)
      expect(await login('ans@school.nl', `nope ${i}`, earlier.deviceToken)).toEqual({ ok: false, code: 'wrong_login' });
    expect(await login('ans@school.nl', PASSWORD, earlier.deviceToken)).toEqual({ ok: false, code: 'too_many_attempts' });
  });
});
