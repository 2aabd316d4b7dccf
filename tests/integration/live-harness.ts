import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { io as connectClient, type Socket } from 'socket.io-client';
import { AUTH_COOKIE } from '../../server/auth/cookies.ts';
import { hashToken, newToken } from '../../server/auth/tokens.ts';
import { silentLogger, type Logger } from '../../server/log.ts';
import { loadLiveLessons } from '../../server/live/lessons.ts';
import { createLiveServer, type LiveServer } from '../../server/live/server.ts';
import { startLiveSession } from '../../server/live/sessions.ts';
import { openSqliteStore, type Store } from '../../server/storage/index.ts';
import type { Ack } from '../../src/shared/protocol/ack.ts';
import { PROTOCOL_VERSION } from '../../src/shared/protocol/commands.ts';
import type { ClientToServerEvents, ServerToClientEvents } from '../../src/shared/protocol/events.ts';
import type { SessionLesson, SessionState } from '../../src/shared/session/state.ts';

export const LES2 = 'relatiebeheer/les-2-wat-is-relatiebeheer';
export type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const lessonsPromise = loadLiveLessons(path.resolve('lessons'));

export interface Harness {
  url: string;
  store: Store<SessionState>;
  lessons: ReadonlyMap<string, SessionLesson>;
  live: LiveServer;
  clients: Client[];
  close(): Promise<void>;
}

/** Where clients connect (one node of several, or a harness) and the clients opened there, closed by its owner. */
export type Endpoint = Pick<Harness, 'url' | 'clients'>;

/** A real HTTP server with the live socket server on port 0, over a real SQLite store. */
export async function startHarness(
  options: {
    dataDir?: string;
    clock?: () => number;
    commandRate?: { burst: number; perSecond: number };
    joinRate?: { burst: number; perSecond: number };
    log?: Logger;
  } = {},
): Promise<Harness> {
  const store = await openSqliteStore<SessionState>({ dataDir: options.dataDir ?? ':memory:', clock: options.clock });
  const lessons = await lessonsPromise;
  const httpServer = http.createServer();
  const live = createLiveServer({
    httpServer,
    store,
    lessons,
    clock: options.clock,
    resultsDelayMs: 40,
    commandRate: options.commandRate,
    joinRate: options.joinRate,
    log: options.log ?? silentLogger(),
  });
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  const clients: Client[] = [];
  return {
    url: `http://127.0.0.1:${port}`,
    store,
    lessons,
    live,
    clients,
    close: async () => {
      for (const client of clients) client.disconnect();
      await live.close();
      httpServer.closeAllConnections();
      await store.close();
    },
  };
}

/** A teacher with a login cookie and a live session of Les 2 (or of the lesson `slug`). */
export async function teacherWithSession(harness: Pick<Harness, 'store' | 'lessons'>, slug = LES2) {
  const teacherId = randomUUID();
  await harness.store.createTeacher({ id: teacherId, email: `${teacherId}@school.nl`, name: 'Docent', passwordHash: 'x' });
  const token = newToken();
  await harness.store.createAuthSession({ tokenHash: hashToken(token), teacherId, expiresAt: Date.now() + 3_600_000 });
  const lesson = harness.lessons.get(slug);
  if (!lesson) throw new Error(`${slug} not loaded`);
  const session = await startLiveSession(harness.store, teacherId, lesson);
  return { teacherId, cookie: `${AUTH_COOKIE}=${token}`, session };
}

/** A real socket.io client that does not reconnect by itself (tests decide when); listeners added right away see every event. */
export function openClient(harness: Endpoint, auth: Record<string, unknown>, cookie?: string, headers: Record<string, string> = {}): Client {
  const client: Client = connectClient(harness.url, {
    path: '/live',
    auth: { protocolVersion: PROTOCOL_VERSION, ...auth },
    transports: ['websocket'],
    extraHeaders: cookie ? { ...headers, cookie } : headers,
    reconnection: false,
    forceNew: true,
  });
  harness.clients.push(client);
  return client;
}

/**
 * Fails unless a refusal is a bare code with optional values to word it with: no sentence for
 * people ever comes from the server. Every refused ack and connect_error in these tests passes here.
 */
export function assertCoded(refusal: unknown, where: string): void {
  const record = refusal && typeof refusal === 'object' ? (refusal as Record<string, unknown>) : null;
  const params = record?.params;
  const coded =
    record !== null &&
    typeof record.code === 'string' &&
    /^[a-z_]+$/.test(record.code) &&
    Object.keys(record).every((key) => key === 'code' || key === 'params') &&
    (params === undefined ||
      (typeof params === 'object' &&
        params !== null &&
        Object.values(params).every((value) => typeof value === 'number' || (typeof value === 'string' && !/\s/.test(value)))));
  if (!coded) throw new Error(`${where}: not a bare code: ${JSON.stringify(refusal)}`);
}

const codedConnectError = (error: Error & { data?: unknown }): Error => {
  assertCoded(error.data, 'connect_error data');
  if (error.message !== (error.data as { code: string }).code) throw new Error(`connect_error message is not the code: ${error.message}`);
  return error;
};

/** Connects a real socket.io client; resolves once connected, rejects with the connect_error. */
export function connect(harness: Endpoint, auth: Record<string, unknown>, cookie?: string, headers?: Record<string, string>): Promise<Client> {
  const client = openClient(harness, auth, cookie, headers);
  return new Promise((resolve, reject) => {
    client.once('connect', () => resolve(client));
    client.once('connect_error', (error) => reject(codedConnectError(error)));
  });
}

/** Connects and also waits for the first full state (and the welcome of a new student, a student's answers, a teacher's class). */
export async function join(harness: Endpoint, auth: Record<string, unknown>, cookie?: string, headers?: Record<string, string>) {
  const client = openClient(harness, auth, cookie, headers);
  const state = next(client, 'session:state');
  const welcome = 'code' in auth ? next(client, 'participant:welcome') : Promise.resolve(null);
  const answers = auth.role === 'student' ? next(client, 'answers:mine') : Promise.resolve(null);
  const roster = auth.role === 'teacher' ? next(client, 'participants:updated') : Promise.resolve(null);
  await new Promise<void>((resolve, reject) => {
    client.once('connect', () => resolve());
    client.once('connect_error', (error) => reject(codedConnectError(error)));
  });
  return { client, state: (await state).state, welcome: await welcome, answers: (await answers)?.answers ?? null, participants: await roster };
}

/** The next payload of an event. */
export function next<E extends keyof ServerToClientEvents>(client: Client, event: E): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    client.once(event as never, ((payload: Parameters<ServerToClientEvents[E]>[0]) => resolve(payload)) as never);
  });
}

/** The first payload of an event that matches. */
export function until<E extends keyof ServerToClientEvents>(
  client: Client,
  event: E,
  match: (payload: Parameters<ServerToClientEvents[E]>[0]) => boolean,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve) => {
    const listener = (payload: Parameters<ServerToClientEvents[E]>[0]) => {
      if (!match(payload)) return;
      client.off(event as never, listener as never);
      resolve(payload);
    };
    client.on(event as never, listener as never);
  });
}

/** Sends a command and returns its ack; a refusal must be a bare code (see `assertCoded`). */
export async function command(client: Client, name: string, payload: unknown): Promise<Ack<unknown>> {
  const ack = await (client as unknown as { timeout(ms: number): { emitWithAck(name: string, payload: unknown): Promise<Ack<unknown>> } })
    .timeout(5000)
    .emitWithAck(name, payload);
  if (!ack.ok) assertCoded(ack.error, `ack of ${name}`);
  return ack;
}
