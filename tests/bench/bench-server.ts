/**
 * One server process for the benchmark, driven over IPC by `live.ts`.
 * `app`: the real app wiring (`openAppFromEnv`: store from the environment, lessons, live server) on a bare
 * HTTP server (the pages are not measured here). `bare`: a plain Socket.IO room broadcast, the yardstick.
 */
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { openAppFromEnv } from '../../server/app.ts';
import { AUTH_COOKIE } from '../../server/auth/cookies.ts';
import { hashToken, newToken } from '../../server/auth/tokens.ts';
import { startLiveSession } from '../../server/live/sessions.ts';
import type { BenchRequest, BenchSession } from './ipc.ts';

const LESSON = 'relatiebeheer/les-2-wat-is-relatiebeheer';
const mode = process.argv[2] === 'bare' ? 'bare' : 'app';
const port = Number(process.argv[3] ?? 0);
const dataDir = process.argv[4] ?? ':memory:';

const send = (message: unknown) => process.send?.(message);
/** Resident memory once the garbage of the last burst is collected and the heap has settled. */
const memory = async () => {
  for (let round = 0; round < 3; round += 1) {
    globalThis.gc?.();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const usage = process.memoryUsage();
  if (process.env.BENCH_MEMORY_DETAIL) console.error(JSON.stringify(usage));
  return usage.rss;
};

async function startBare(httpServer: http.Server) {
  const io = new Server(httpServer, { path: '/live', serveClient: false });
  io.on('connection', (socket) => {
    const room = String((socket.handshake.auth as { room?: unknown }).room ?? 'room');
    void socket.join(room);
    socket.emit('joined');
    socket.on('goto', (index: number) => io.to(room).emit('state', { slide: index }));
    socket.on('answer', (_answer: unknown, ack: (reply: unknown) => void) => ack({ ok: true }));
  });
  return {
    setup: (count: number): BenchSession[] =>
      Array.from({ length: count }, (_, index) => ({ id: `room-${index}`, code: `room-${index}`, cookie: '' })),
    countAnswers: async () => 0,
    close: () => io.close(),
  };
}

async function startApp(httpServer: http.Server) {
  // The bench's phones each bring an address of their own (see measure.ts), as the proxy would tell.
  const app = await openAppFromEnv({ dataDir, trustProxy: process.env.TRUST_PROXY === '1' });
  app.attach(httpServer);
  const { store, lessons } = app.services;
  const lesson = lessons.live.get(LESSON);
  if (!lesson) throw new Error(`lesson ${LESSON} missing`);
  return {
    async setup(count: number): Promise<BenchSession[]> {
      const sessions: BenchSession[] = [];
      for (let index = 0; index < count; index += 1) {
        const teacherId = randomUUID();
        await store.createTeacher({ id: teacherId, email: `${teacherId}@bench.school`, name: 'Docent', passwordHash: 'x' });
        const token = newToken();
        await store.createAuthSession({ tokenHash: hashToken(token), teacherId, expiresAt: Date.now() + 3_600_000 });
        const session = await startLiveSession(store, teacherId, lesson);
        sessions.push({ id: session.id, code: session.code, cookie: `${AUTH_COOKIE}=${token}` });
      }
      return sessions;
    },
    async countAnswers(sessionIds: string[]) {
      const counts = await Promise.all(sessionIds.map(async (id) => (await store.listAnswers(id)).length));
      return counts.reduce((sum, count) => sum + count, 0);
    },
    close: () => app.close(),
  };
}

const httpServer = http.createServer();
const server = mode === 'bare' ? await startBare(httpServer) : await startApp(httpServer);
await new Promise<void>((resolve) => httpServer.listen(port, '127.0.0.1', resolve));
send({ type: 'listening', port: (httpServer.address() as AddressInfo).port });

process.on('message', (request: BenchRequest) => {
  void (async () => {
    if (request.type === 'setup') send({ type: 'setup', sessions: await server.setup(request.sessions) });
    else if (request.type === 'memory') send({ type: 'memory', rss: await memory() });
    else if (request.type === 'cpu') {
      const { user, system } = process.cpuUsage();
      send({ type: 'cpu', ms: (user + system) / 1000 });
    } else if (request.type === 'count') send({ type: 'count', answers: await server.countAnswers(request.sessionIds) });
    else if (request.type === 'stop') {
      await server.close();
      process.exit(0);
    }
  })().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
});
