import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, onTestFailed } from 'vitest';
import { openTestRedis } from '../../server/redis/redis.test-helpers.ts';
import { openPostgresStore, type Store } from '../../server/storage/index.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { clusterHas, startNode, type Node } from '../integration/cluster.ts';
import { checkStored, classInSession } from './class.ts';
import { waitFor, type Phone } from './phone.ts';
import { missingServers, startPrivatePostgres, startPrivateRedis, type PrivateServer } from './private-servers.ts';

const STUDENTS = 90;
const NODES = 3;
const REDIS_DOWN_MS = 10_000;
const POSTGRES_DOWN_MS = 5_000;
const PREFIX = 'lp-faults';
const missing = missingServers();
if (missing) console.warn(`scale-out outage test skipped: ${missing}`);

describe.skipIf(missing !== null)(`${NODES} nodes on a PostgreSQL and a Redis of their own`, () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'lesplatform-outages-'));
  const servers: PrivateServer[] = [];
  const nodes: Node[] = [];
  let store: Store<SessionState> | undefined;

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await store?.close();
    for (const server of servers) await server.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`go on by themselves after Redis is away for ${REDIS_DOWN_MS / 1000} s and after PostgreSQL restarts; nothing acknowledged is lost`, async () => {
    const [postgres, redis] = await Promise.all([startPrivatePostgres(), startPrivateRedis()]);
    servers.push(postgres, redis);
    store = await openPostgresStore<SessionState>({ connectionString: postgres.url });
    const env = { DATABASE_URL: postgres.url, DATA_DIR: dataDir, REDIS_URL: redis.url, REDIS_PREFIX: PREFIX, TRUST_PROXY: '1' };
    nodes.push(...(await Promise.all(Array.from({ length: NODES }, () => startNode(env)))));
    onTestFailed(() => nodes.forEach((node, index) => console.error(`node ${index + 1} said:\n${node.log()}`)));
    const watcher = await openTestRedis(redis.url);
    await clusterHas(watcher, PREFIX, NODES);
    await watcher.close();

    const urlOf = (index: number) => (nodes[(index + NODES) % NODES] as Node).url;
    const { session, teacher, phones } = await classInSession(store, urlOf, STUDENTS);
    const sent: string[] = [];
    const answer = (group: Phone[], itemId: 'quiz-kosten' | 'poll-praktische-zaken') =>
      sent.push(
        ...group.map((phone, index) =>
          phone.answer(itemId, { kind: itemId === 'quiz-kosten' ? 'quiz' : 'poll', choices: [index % 2 ? 'A' : 'B'] }),
        ),
      );
    /** How long until every phone and the teacher show `slide` after the teacher went there (s). */
    const goto = async (slide: number) => {
      const asked = performance.now();
      await teacher.run('slide:goto', { index: slide });
      await waitFor(`slide ${slide} on every phone`, () => phones.every((phone) => phone.state()?.slide === slide), 30_000);
      return (performance.now() - asked) / 1000;
    };

    // Redis goes away while half the class answers; the other half answers while it is away.
    const half = Math.floor(STUDENTS / 2);
    answer(phones.slice(0, half), 'quiz-kosten');
    await redis.stop();
    const redisGoneAt = performance.now();
    answer(phones.slice(half), 'quiz-kosten');
    await waitFor(
      'the answers given while Redis is away acknowledged',
      () => phones.every((phone) => phone.outbox()?.state().pending.length === 0),
      30_000,
    );
    const ackedWithoutRedis = (performance.now() - redisGoneAt) / 1000;
    // The teacher moves on while Redis is away: only the phones on the teacher's own node can hear it now.
    await teacher.run('slide:goto', { index: 12 });
    await waitFor('Redis away for its time', () => performance.now() - redisGoneAt >= REDIS_DOWN_MS, REDIS_DOWN_MS + 1_000, 100);
    await redis.start();
    const redisBackAt = performance.now();
    // No node is restarted: each finds Redis again by itself, and the teacher's next slide reaches every node.
    const back = await openTestRedis(redis.url);
    try {
      await clusterHas(back, PREFIX, NODES, 30_000);
    } finally {
      await back.close();
    }
    const redisRecovery = (performance.now() - redisBackAt) / 1000;
    // What was missed comes by itself once Redis is back: no phone stays on the old slide.
    await waitFor('the slide shown during the outage on every phone', () => phones.every((phone) => phone.state()?.slide === 12), 20_000);
    const caughtUp = (performance.now() - redisBackAt) / 1000;
    const afterRedis = await goto(10);

    // PostgreSQL restarts (crash stop) while the class answers the poll.
    await teacher.run('item:open', { id: 'poll-praktische-zaken' });
    await waitFor('the poll open on every phone', () => phones.every((phone) => phone.state()?.openItem?.id === 'poll-praktische-zaken'));
    await postgres.stop();
    const postgresGoneAt = performance.now();
    answer(phones, 'poll-praktische-zaken');
    await waitFor(
      'PostgreSQL away for a while',
      () => performance.now() - postgresGoneAt >= POSTGRES_DOWN_MS,
      POSTGRES_DOWN_MS + 1_000,
      100,
    );
    await postgres.start();
    const postgresDown = (performance.now() - postgresGoneAt) / 1000;
    await waitFor('every poll answer acknowledged', () => phones.every((phone) => phone.outbox()?.state().pending.length === 0), 60_000);
    const pollSettled = (performance.now() - postgresGoneAt) / 1000;
    const afterPostgres = await goto(30);

    const quiz = await checkStored(store, session.id, phones, sent, new Set());
    const poll = await store.listAnswers(session.id, 'poll-praktische-zaken');
    const pollIds = poll.map((stored) => stored.clientAnswerId);
    const acked = phones.flatMap((phone) => [...phone.acked]);
    console.log(
      `scale-out outages (${NODES} nodes, ${STUDENTS} phones): answers acknowledged ${ackedWithoutRedis.toFixed(1)} s into a Redis outage; ` +
        `every node back in the cluster ${redisRecovery.toFixed(1)} s after Redis is back and every phone on the slide shown meanwhile after ${caughtUp.toFixed(1)} s, a slide change then on every phone in ${afterRedis.toFixed(1)} s; PostgreSQL down ${postgresDown.toFixed(1)} s, ` +
        `every poll answer acknowledged ${pollSettled.toFixed(1)} s after it went down; a slide change after it took ${afterPostgres.toFixed(1)} s; ` +
        `${acked.length} acknowledged, ${quiz.stored + poll.length} stored, ${quiz.stored - quiz.distinctClientIds + poll.length - new Set(pollIds).size} twice`,
    );
    expect(quiz).toMatchObject({ stored: STUDENTS, distinctParticipants: STUDENTS, distinctClientIds: STUDENTS });
    expect(new Set(poll.map((stored) => stored.participantId)).size).toBe(STUDENTS);
    expect(poll).toHaveLength(STUDENTS);
    const storedIds = new Set([...pollIds, ...(await store.listAnswers(session.id, 'quiz-kosten')).map((stored) => stored.clientAnswerId)]);
    expect(acked.filter((id) => !storedIds.has(id))).toEqual([]);
    expect(acked).toHaveLength(2 * STUDENTS);
    expect([...storedIds].filter((id) => !sent.includes(id))).toEqual([]);
    for (const phone of phones) phone.close();
    teacher.close();
  }, 240_000);
});
