import type http from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import type { SessionLesson, SessionState } from '../../src/shared/session/state.ts';
import { attemptLimits, type AttemptLimits } from '../limits.ts';
import { createLogger, type Logger } from '../log.ts';
import type { Store } from '../storage/index.ts';
import { listenForCommands } from './commands.ts';
import { participantRoom, sessionRoom, teacherRoom, type LiveContext, type LiveIo, type LiveSocket } from './context.ts';
import { createFeeds, sendClassViews, sendParticipants, sendResults, statePayload, type Feeds } from './feeds.ts';
import { createGroupCommit } from './group-commit.ts';
import { handshakeError, identify } from './identify.ts';
import { fromOwnPage } from './origin.ts';
import { localJoinGate, type JoinGate } from './join-gate.ts';
import { localAttemptLimiter, RateLimiter } from './rate-limit.ts';
import { createSessionCache } from './session-cache.ts';

export interface LiveServerOptions {
  httpServer: http.Server;
  store: Store<SessionState>;
  lessons: ReadonlyMap<string, SessionLesson>;
  clock?: () => number;
  /** Per student or teacher: burst and sustained commands per second. */
  commandRate?: { burst: number; perSecond: number };
  /** Per address: burst and sustained wrong join codes per second, counted in this process (one node). */
  joinRate?: { burst: number; perSecond: number };
  /**
   * The limits on wrong join codes and new students, e.g. shared by every node through Redis; by
   * default `ATTEMPT_RATES` counted in this process (with `joinRate` for wrong codes when given).
   */
  limits?: Pick<AttemptLimits, 'liveJoin' | 'newParticipants' | 'sessionParticipants'>;
  /** Which sessions each address knows (see `JoinGate`); in this process when left out. */
  joinGate?: JoinGate;
  /** Behind a reverse proxy: a student's address for the limits comes from X-Forwarded-For. */
  trustProxy?: boolean;
  /** Socket.IO's adapter; the Redis Streams adapter lets several nodes share rooms. In memory when left out. */
  adapter?: ServerOptions['adapter'];
  resultsDelayMs?: number;
  /** Whether other nodes share the sessions (an adapter between nodes is attached): then they hear of each change. */
  clustered?: boolean;
  /** How long this node may answer from its copy of a session without reading it again. */
  sessionCacheMs?: number;
  /** One JSON line per refusal and error; standard output at level info when left out. */
  log?: Logger;
}

export interface LiveServer {
  io: LiveIo;
  close(): Promise<void>;
}

/** The role a refused handshake claimed, as one of the known words (whatever the client sent). */
function handshakeRole(auth: unknown): 'teacher' | 'student' | 'unknown' {
  const role = auth && typeof auth === 'object' ? (auth as Record<string, unknown>).role : undefined;
  return role === 'teacher' || role === 'student' ? role : 'unknown';
}

/** Sends a newly connected socket everything it needs to show the session as it is now. */
async function welcome(
  context: LiveContext,
  feeds: Feeds,
  socket: LiveSocket,
  greeting?: { participantId: string; name: string; resumeToken: string },
): Promise<void> {
  const { sessionId } = socket.data;
  // Join first, then read: a change made in between reaches us twice (the older one is ignored), never not at all.
  await socket.join(sessionRoom(sessionId));
  if (socket.data.role === 'teacher') await socket.join(teacherRoom(sessionId));
  const live = await context.store.findLiveSessionById(sessionId);
  if (!live) return;
  if (greeting) socket.emit('participant:welcome', greeting);
  socket.emit('session:state', statePayload(context, live));
  if (socket.data.role === 'student') {
    const answers = await context.store.answersByParticipant(sessionId, socket.data.participantId);
    socket.emit('answers:mine', {
      answers: answers.map((answer) => ({ itemId: answer.itemId, answerId: answer.id, value: answer.value as never })),
    });
    await sendClassViews(context, socket, live.state, live.lessonSlug);
    feeds.participantChanged(sessionId, socket.data.participantId);
  } else {
    const answered = new Set((await context.store.listAnswers(sessionId)).map((answer) => answer.itemId));
    await Promise.all([...answered].map((itemId) => sendResults(context, sessionId, itemId, socket.id)));
    await sendParticipants(context, sessionId, socket.id);
  }
  // A phone that joins or comes back learns its place; the board gets the newcomer in its standings.
  if (live.state.competition) feeds.scoresChanged(sessionId);
}

/**
 * Most sockets one student keeps open at once: a phone, a laptop and a tab to spare. A student who
 * moves to another device gets in at once; the oldest connection beyond these closes with
 * `opened_elsewhere`, so one token cannot hold twenty sockets.
 */
export const SOCKETS_PER_STUDENT = 3;

/**
 * Closes a student's oldest sockets beyond `SOCKETS_PER_STUDENT`, on every node. Every socket of
 * the student runs this after joining the student's room and orders what it sees the same way, so
 * the newest ones stay whichever socket looks last.
 */
async function keepNewestSockets(context: LiveContext, socket: LiveSocket, participantId: string): Promise<void> {
  const room = participantRoom(participantId);
  await socket.join(room);
  const sockets = await context.io.in(room).fetchSockets();
  if (sockets.length <= SOCKETS_PER_STUDENT) return;
  const newestFirst = sockets.sort((a, b) => b.handshake.issued - a.handshake.issued || (a.id < b.id ? 1 : -1));
  for (const old of newestFirst.slice(SOCKETS_PER_STUDENT)) {
    old.emit('connection:replaced', { code: 'opened_elsewhere' });
    // Through the adapter, so the close follows the notice also when the old socket is on another node.
    context.io.in(old.id).disconnectSockets(true);
  }
}

/**
 * The live-lesson socket server on an existing HTTP server (same port as the pages). All state
 * lives in the store, so a restart or a second node picks up where the first left off.
 */
export function createLiveServer(options: LiveServerOptions): LiveServer {
  const clock = options.clock ?? Date.now;
  const io: LiveIo = new Server(options.httpServer, {
    path: '/live',
    serveClient: false,
    maxHttpBufferSize: 64 * 1024,
    connectionStateRecovery: { maxDisconnectionDuration: 2 * 60 * 1000, skipMiddlewares: false },
    // A page of another origin gets no socket, so a teacher's cookie never lends it the controls.
    allowRequest: (request, callback) => {
      const allowed = fromOwnPage(request.headers.origin, request.headers.host);
      callback(allowed ? null : 'forbidden_origin', allowed);
    },
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const limits = options.limits ?? attemptLimits(null, clock);
  const context: LiveContext = {
    io,
    store: options.store,
    lessons: options.lessons,
    clock,
    commandLimiter: new RateLimiter(options.commandRate?.burst ?? 20, options.commandRate?.perSecond ?? 10, clock),
    joinGuard: {
      limiter: options.joinRate ? localAttemptLimiter(options.joinRate.burst, options.joinRate.perSecond, clock) : limits.liveJoin,
      gate: options.joinGate ?? localJoinGate(clock),
    },
    newParticipants: { perAddress: limits.newParticipants, perSession: limits.sessionParticipants },
    trustProxy: options.trustProxy ?? false,
    sessions: createSessionCache(options.store, clock, options.sessionCacheMs ?? 1000),
    answers: createGroupCommit((inputs) => options.store.saveAnswers(inputs)),
    joins: createGroupCommit((inputs) => options.store.addParticipants(inputs)),
    states: createGroupCommit((updates) => options.store.saveLiveSessionStates(updates)),
    announceChange: options.clustered ? (sessionId) => io.serverSideEmit('session:changed', sessionId) : () => undefined,
    resultsDelayMs: options.resultsDelayMs ?? 200,
    log: options.log ?? createLogger(),
  };
  const feeds = createFeeds(context);
  io.on('session:changed', (sessionId) => context.sessions.forget(sessionId));
  // By socket, weakly: a phone that hangs up while its join is stored never gets a 'connection'
  // (socket.io drops the socket), and its welcome, resume token and all, must go with it.
  const greetings = new WeakMap<LiveSocket, { participantId: string; name: string; resumeToken: string }>();

  io.use((socket, next) => {
    identify(context, socket)
      .then((identity) => {
        if (!identity.ok) {
          context.log.info('join_refused', { code: identity.code, role: handshakeRole(socket.handshake.auth) });
          return next(handshakeError(identity));
        }
        socket.data = identity.data;
        if (identity.welcome) greetings.set(socket, identity.welcome);
        next();
      })
      .catch((error: unknown) => {
        context.log.error('join_failed', { code: 'server_error' }, error);
        next(handshakeError({ code: 'server_error' }));
      });
  });

  io.on('connection', (socket) => {
    const greeting = greetings.get(socket);
    greetings.delete(socket);
    listenForCommands(context, socket, feeds);
    welcome(context, feeds, socket, greeting).catch((error: unknown) =>
      context.log.error('welcome_failed', { role: socket.data.role }, error),
    );
    if (socket.data.role === 'student')
      keepNewestSockets(context, socket, socket.data.participantId).catch((error: unknown) =>
        context.log.error('socket_cap_failed', { role: 'student' }, error),
      );
    socket.on('disconnect', () => {
      if (socket.data.role === 'student') feeds.participantChanged(socket.data.sessionId, socket.data.participantId);
    });
  });

  return {
    io,
    close: async () => {
      feeds.close();
      await io.close();
    },
  };
}
