import path from 'node:path';
import { io as connectClient } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ATTEMPT_RATES } from '../../server/limits.ts';
import { loadLiveLessons } from '../../server/live/lessons.ts';
import type { RedisClient } from '../../server/redis/connection.ts';
import { dropKeys, openTestRedis, TEST_REDIS_URL, uniquePrefix } from '../../server/redis/redis.test-helpers.ts';
import type { Store } from '../../server/storage/index.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';
import type { ParticipantList } from '../../src/shared/protocol/events.ts';
import { applyParticipantChanges } from '../../src/shared/session/participants.ts';
import type { SessionState } from '../../src/shared/session/state.ts';
import { clusterHas, sessionKept, sharedPostgres, sharedSqlite, startNode, within, type Node, type SharedDatabase } from './cluster.ts';
import { command, join, openClient, teacherWithSession, until, type Client } from './live-harness.ts';
import { startSwitchProxy } from './switch-proxy.ts';

type Joined = Awaited<ReturnType<typeof join>>;

/** Waits until every client has a state that matches. */
const allSee = (clients: Client[], match: (payload: { state: SessionState; reveals: Record<string, unknown> }) => boolean) =>
  Promise.all(clients.map((client) => until(client, 'session:state', match)));

/** The class as a teacher screen sees it: all of it on connect, then the changes. */
function followClass(client: Client) {
  let roster: ParticipantList = { participants: [], removed: [] };
  client.on('participants:updated', (list) => (roster = list));
  client.on('participants:changed', (changes) => (roster = applyParticipantChanges(roster, changes)));
  return {
    /** The students once they match, checked after every message. */
    until: (match: (participants: ParticipantList['participants']) => boolean) =>
      new Promise<ParticipantList['participants']>((resolve) => {
        const check = () => {
          if (!match(roster.participants)) return;
          client.off('participants:updated', check);
          client.off('participants:changed', check);
          resolve(roster.participants);
        };
        client.on('participants:updated', check);
        client.on('participants:changed', check);
      }),
  };
}

/** The databases the nodes can share; each runs the whole scenario. */
const DATABASES: Record<string, () => Promise<SharedDatabase>> = { PostgreSQL: sharedPostgres, SQLite: sharedSqlite };

describe.each(Object.entries(DATABASES))('three nodes behind one address, sharing Redis and one %s database', (_name, shared) => {
  const prefix = uniquePrefix();
  let database: SharedDatabase;
  let store: Store<SessionState>;
  let redis: RedisClient;
  let nodes: Node[] = [];
  const lessons = loadLiveLessons(path.resolve('lessons'));

  beforeAll(async () => {
    database = await shared();
    // The test migrates the database before any node opens it, as a deployment would.
    store = await database.open();
    redis = await openTestRedis();
    nodes = await Promise.all(
      [1, 2, 3].map(() => startNode({ ...database.env, REDIS_URL: TEST_REDIS_URL, REDIS_PREFIX: prefix, TRUST_PROXY: '1' })),
    );
    await clusterHas(redis, prefix, 3);
  });

  afterAll(async () => {
    await Promise.all(nodes.map((node) => node.stop()));
    await store?.close();
    if (redis) {
      await dropKeys(redis, prefix);
      await redis.close();
    }
    await database?.drop();
  });

  it('lets a phone whose connection dropped recover it on another node, with what it missed', async () => {
    const [node1, , node3] = nodes as [Node, Node, Node];
    const { cookie, session } = await teacherWithSession({ store, lessons: await lessons });
    const teacher = await join(node1, { role: 'teacher', sessionId: session.id }, cookie);
    const proxy = await startSwitchProxy(node1.port);
    try {
      const eva = await join({ url: proxy.url, clients: node1.clients }, { role: 'student', code: session.code, name: 'Eva' });
      const dropped = new Promise<void>((resolve) => eva.client.once('disconnect', () => resolve()));
      // The proxy takes node 1 out of its pool: the phone's connection drops and its next one goes to node 3.
      proxy.switchTo(node3.port);
      await within('the phone disconnected', dropped);
      await within('node 1 kept the session in Redis', sessionKept(redis, prefix));
      // What happens while the phone is away is kept in the stream for it.
      expect(await command(teacher.client, 'slide:goto', { index: 7 })).toMatchObject({ ok: true });
      const back = new Promise<void>((resolve) => eva.client.once('connect', () => resolve()));
      const missed = until(eva.client, 'session:state', ({ state }) => state.slide === 7);
      // As the phone does after its welcome: it comes back with its resume token.
      eva.client.auth = { protocolVersion: PROTOCOL_VERSION, role: 'student', resumeToken: eva.welcome?.resumeToken };
      eva.client.connect();
      await within('the phone connected to node 3', back);
      expect(eva.client.recovered).toBe(true);
      await within('the missed slide change', missed);
    } finally {
      await proxy.close();
    }
  });

  it('counts wrong join codes from one address together on every node', async () => {
    const guess = async (node: Node, address: string): Promise<string> => {
      const client = connectClient(node.url, {
        path: '/live',
        auth: { protocolVersion: PROTOCOL_VERSION, role: 'student', code: 'QQQQQQ', name: 'Gast' },
        transports: ['websocket'],
        extraHeaders: { 'x-forwarded-for': address },
        reconnection: false,
        forceNew: true,
      });
      try {
        return await new Promise<string>((resolve) => {
          client.once('connect', () => resolve('connected'));
          client.once('connect_error', (error) => resolve(error.message));
        });
      } finally {
        client.disconnect();
      }
    };
    // The burst is 40 wrong codes per address; the proxy spreads the guesses over the three nodes.
    const refusals: string[] = [];
    for (let attempt = 0; attempt < ATTEMPT_RATES.liveJoin.capacity; attempt += 1)
      refusals.push(await guess(nodes[attempt % 3] as Node, '198.51.100.9'));
    expect(new Set(refusals)).toEqual(new Set(['unknown_code']));
    for (const node of nodes) expect(await guess(node, '198.51.100.9')).toBe('too_many_attempts');
    expect(await guess(nodes[0] as Node, '198.51.100.10')).toBe('unknown_code');
  });

  it('removes a student on the node of the teacher and one on another node: each phone is told, then closed', async () => {
    const [node1, , node3] = nodes as [Node, Node, Node];
    const { cookie, session } = await teacherWithSession({ store, lessons: await lessons });
    const teacher = await join(node1, { role: 'teacher', sessionId: session.id }, cookie);
    const near = await join(node1, { role: 'student', code: session.code, name: 'Gijs' });
    const far = await join(node3, { role: 'student', code: session.code, name: 'Hiba' });
    for (const student of [near, far]) {
      const told = new Promise<string>((resolve) => student.client.once('participant:removed', ({ code }) => resolve(code)));
      const closed = new Promise<string>((resolve) => student.client.once('disconnect', (reason) => resolve(reason)));
      const participantId = student.welcome?.participantId ?? '';
      expect(await command(teacher.client, 'participant:remove', { participantId })).toMatchObject({ ok: true });
      expect(await within(`participant:removed to ${student.welcome?.name}`, told)).toBe('removed');
      expect(await within(`${student.welcome?.name} closed`, closed)).toBe('io server disconnect');
    }
  });

  it('runs a live item with the teacher on node 1 and phones on nodes 2 and 3, and goes on when node 2 dies', async () => {
    const [node1, node2, node3] = nodes as [Node, Node, Node];
    onTestFailed(() => nodes.forEach((node, index) => console.error(`node ${index + 1} said:\n${node.log()}`)));
    const { cookie, session } = await teacherWithSession({ store, lessons: await lessons });
    const teacher = openClient(node1, { role: 'teacher', sessionId: session.id }, cookie);
    const roster = followClass(teacher);
    const everyoneIn = roster.until((participants) => participants.filter((p) => p.connected).length === 4);
    await within('the teacher connected to node 1', new Promise<void>((resolve) => teacher.once('connect', () => resolve())));
    const students: Joined[] = [];
    for (const [node, name] of [
      [node2, 'Anouk'],
      [node2, 'Bram'],
      [node3, 'Chaima'],
      [node3, 'Daan'],
    ] as const) {
      students.push(await join(node, { role: 'student', code: session.code, name }));
    }
    const [anouk, bram, chaima, daan] = students as [Joined, Joined, Joined, Joined];
    const phones = () => students.map((student) => student.client);
    // Who is connected is asked of every node (`fetchSockets()` over Redis).
    expect((await within('all four students connected', everyoneIn)).map((p) => p.name).sort()).toEqual([
      'Anouk',
      'Bram',
      'Chaima',
      'Daan',
    ]);

    // The teacher opens the quiz on node 1; phones on the other nodes see it.
    const opened = allSee(phones(), ({ state }) => state.openItem?.id === 'quiz-kosten');
    expect(await command(teacher, 'item:open', { id: 'quiz-kosten' })).toMatchObject({ ok: true });
    await within('the quiz open on every phone', opened);

    const allAnswered = until(teacher, 'results:updated', ({ itemId, answeredBy }) => itemId === 'quiz-kosten' && answeredBy.length === 4);
    const choices = ['B', 'A', 'B', 'B'];
    const acks = await Promise.all(
      students.map((student, index) =>
        command(student.client, 'answer:submit', {
          itemId: 'quiz-kosten',
          clientAnswerId: `quiz-answer-${index}`,
          value: { kind: 'quiz', choices: [choices[index]] },
        }),
      ),
    );
    expect(acks.every((ack) => ack.ok)).toBe(true);
    expect((await within('results with four answers', allAnswered)).results).toMatchObject({
      kind: 'quiz',
      answered: 4,
      counts: [
        { letter: 'A', count: 1 },
        { letter: 'B', count: 3 },
      ],
    });

    const revealed = allSee(phones(), ({ reveals }) => 'quiz-kosten' in reveals);
    await command(teacher, 'answer:reveal', { id: 'quiz-kosten', revealed: true });
    for (const { reveals } of await within('the right answer on every phone', revealed))
      expect(reveals['quiz-kosten']).toMatchObject({ correct: ['B'] });

    const moved = allSee([...phones(), teacher], ({ state }) => state.slide === 20);
    expect(await command(teacher, 'slide:goto', { index: 20 })).toMatchObject({ ok: true });
    await within('slide 20 everywhere', moved);

    // Node 2 dies without a goodbye; its phones lose their connection.
    const dropped = Promise.all([anouk, bram].map(({ client }) => new Promise((resolve) => client.once('disconnect', resolve))));
    node2.process.kill('SIGKILL');
    await within('the phones of node 2 disconnected', dropped);
    await clusterHas(redis, prefix, 2);

    // They come back on node 3 with their resume tokens: the same students, on the current slide, with their answers.
    // Node 2 never said goodbye, so the teacher hears of the two again when they are back.
    const goneIds = [anouk, bram].map((student) => student.welcome?.participantId);
    const seenBack = new Set<string>();
    const backIn = until(teacher, 'participants:changed', ({ participants }) => {
      for (const p of participants) if (p.connected && goneIds.includes(p.id)) seenBack.add(p.id);
      return seenBack.size === 2;
    });
    const returned: Joined[] = [];
    for (const gone of [anouk, bram]) {
      const again = await join(node3, { role: 'student', resumeToken: gone.welcome?.resumeToken });
      expect(again.state).toMatchObject({ slide: 20, openItem: null });
      expect(again.answers).toEqual([
        expect.objectContaining({
          itemId: 'quiz-kosten',
          answerId: (acks[students.indexOf(gone)] as { data: { answerId: string } }).data.answerId,
        }),
      ]);
      returned.push(again);
    }
    await within('the returned students connected again', backIn);
    students.splice(0, 2, ...returned);

    // The next item works for everyone, the returned phones included.
    const pollOpen = allSee(phones(), ({ state }) => state.openItem?.id === 'poll-praktische-zaken');
    await command(teacher, 'item:open', { id: 'poll-praktische-zaken' });
    await within('the poll open on every phone', pollOpen);
    const polled = until(
      teacher,
      'results:updated',
      ({ itemId, answeredBy }) => itemId === 'poll-praktische-zaken' && answeredBy.length === 4,
    );
    const pollAcks = await Promise.all(
      phones().map((client, index) =>
        command(client, 'answer:submit', {
          itemId: 'poll-praktische-zaken',
          clientAnswerId: `poll-answer-${index}`,
          value: { kind: 'poll', choices: [index === 0 ? 'B' : 'A'] },
        }),
      ),
    );
    expect(pollAcks.every((ack) => ack.ok)).toBe(true);
    expect((await within('poll results with four answers', polled)).results).toMatchObject({ answered: 4 });

    // Nothing was lost: every answer is in the store, and a teacher screen opened now gets complete results.
    const stored = await store.listAnswers(session.id);
    expect(stored).toHaveLength(8);
    for (const participant of await store.listParticipants(session.id))
      expect(stored.filter((a) => a.participantId === participant.id)).toHaveLength(2);
    const board = openClient(node3, { role: 'teacher', sessionId: session.id }, cookie);
    const results = new Map<string, number>();
    const complete = until(board, 'results:updated', ({ itemId, answeredBy }) => {
      results.set(itemId, answeredBy.length);
      return results.size === 2;
    });
    await within('both results on a new teacher screen', complete);
    expect(Object.fromEntries(results)).toEqual({ 'quiz-kosten': 4, 'poll-praktische-zaken': 4 });
    expect(chaima.client.connected && daan.client.connected).toBe(true);
  }, 45_000);
});
