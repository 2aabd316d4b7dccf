import { afterEach, describe, expect, it, vi } from 'vitest';
import { participantRoom } from '../../server/live/context.ts';
import { SOCKETS_PER_STUDENT } from '../../server/live/server.ts';
import { from, startAppNode, type AppNode } from './app-node.ts';
import { command, connect, join, openClient, startHarness, teacherWithSession, type Client, type Harness } from './live-harness.ts';

/** How long a condition may take on a busy machine; it is polled, so a quick one returns at once. */
const WAIT = { timeout: 10_000, interval: 20 };

let harness: Harness | null = null;
let node: AppNode | null = null;
afterEach(async () => {
  await harness?.close();
  await node?.close();
  harness = null;
  node = null;
});

/** The refusal code of a join, or 'connected'. */
const joinCode = (app: AppNode, code: string, name: string, address: string) =>
  connect(app, { role: 'student', code, name }, undefined, from(address)).then(
    (client) => {
      client.disconnect();
      return 'connected';
    },
    (error: { data?: { code?: string } }) => error.data?.code ?? 'no code',
  );

describe('one student or one address cannot flood a lesson', () => {
  it('one token keeps at most three sockets, the newest, and they share one command budget', async () => {
    const now = Date.now();
    // A clock that stands still: no token comes back while the commands arrive.
    harness = await startHarness({ clock: () => now });
    const { session } = await teacherWithSession(harness);
    const phone = await join(harness, { role: 'student', code: session.code, name: 'Mila' });
    const token = phone.welcome?.resumeToken ?? '';
    // A student who moves to a laptop keeps both open.
    const laptop = await join(harness, { role: 'student', resumeToken: token });
    const sockets = () => (harness as Harness).live.io.in(participantRoom(phone.welcome?.participantId ?? '')).fetchSockets();
    await vi.waitFor(async () => expect(await sockets()).toHaveLength(2), WAIT);
    expect(phone.client.connected && laptop.client.connected).toBe(true);

    const replaced: string[] = [];
    const watch = (client: Client) => client.on('connection:replaced', ({ code }) => replaced.push(code));
    watch(phone.client);
    watch(laptop.client);
    const flood = Array.from({ length: 20 }, () => openClient(harness as Harness, { role: 'student', resumeToken: token }));
    flood.forEach(watch);
    await vi.waitFor(async () => {
      expect(await sockets()).toHaveLength(SOCKETS_PER_STUDENT);
      expect(replaced).toHaveLength(22 - SOCKETS_PER_STUDENT);
    }, WAIT);
    expect(new Set(replaced)).toEqual(new Set(['opened_elsewhere']));
    // The oldest went first: the phone and the laptop are closed.
    await vi.waitFor(() => expect(phone.client.connected || laptop.client.connected).toBe(false), WAIT);

    const open = flood.filter((client) => client.connected);
    expect(open).toHaveLength(SOCKETS_PER_STUDENT);
    const acks = await Promise.all(
      Array.from({ length: 400 }, (_, i) =>
        command(open[i % open.length] as Client, 'answer:submit', { itemId: 'x', clientAnswerId: `c${i}`, value: {} }),
      ),
    );
    const limited = acks.filter((ack) => !ack.ok && ack.error.code === 'rate_limited').length;
    // 20 at once for the student, however many sockets carry them.
    expect(400 - limited).toBe(20);
  });

  it('one address makes at most 60 students in one lesson and 300 in all at once; three classes behind it all join', async () => {
    const now = Date.now();
    node = await startAppNode({ clock: () => now });
    const app = node;
    const [first, ...classes] = await Promise.all(Array.from({ length: 12 }, () => teacherWithSession(app)));
    if (!first) throw new Error('no session');

    const oneLesson: string[] = [];
    for (let i = 0; i < 200; i += 1) oneLesson.push(await joinCode(app, first.session.code, `Bot ${i}`, '203.0.113.10'));
    expect(oneLesson.filter((outcome) => outcome === 'connected')).toHaveLength(60);
    expect(oneLesson.slice(60).every((outcome) => outcome === 'too_many_joins')).toBe(true);

    const school = '198.51.100.30';
    for (const { session } of classes.slice(0, 3)) {
      for (let i = 0; i < 30; i += 1) expect(await joinCode(app, session.code, `Leerling ${i}`, school)).toBe('connected');
    }

    const spread: string[] = [];
    for (const { session } of classes.slice(3)) {
      for (let i = 0; i < 40; i += 1) spread.push(await joinCode(app, session.code, `Bot ${i}`, '203.0.113.11'));
    }
    expect(spread).toHaveLength(320);
    expect(spread.filter((outcome) => outcome === 'connected')).toHaveLength(300);
  }, 60_000);
});
