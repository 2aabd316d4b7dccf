import type http from 'node:http';
import { Server, type ServerOptions } from 'socket.io';
import type { SessionLesson, SessionState } from '../../src/shared/session/state.ts';
import type { Store } from '../storage/index.ts';
import { listenForCommands } from './commands.ts';
import { sessionRoom, teacherRoom, type LiveContext, type LiveIo, type LiveSocket } from './context.ts';
import { createResultsFeed, sendParticipants, sendResults, sendScores, statePayload } from './feeds.ts';
import { handshakeError, identify } from './identify.ts';
import { localAttemptLimiter, RateLimiter, type AttemptLimiter } from './rate-limit.ts';

export interface LiveServerOptions {
  httpServer: http.Server;
  store: Store<SessionState>;
  lessons: ReadonlyMap<string, SessionLesson>;
  clock?: () => number;
  /** Per socket: burst and sustained commands per second. */
  commandRate?: { burst: number; perSecond: number };
  /** Per address: burst and sustained join attempts per second, counted in this process (one node). */
  joinRate?: { burst: number; perSecond: number };
  /** Counts wrong join codes per address instead of `joinRate`, e.g. shared by every node through Redis. */
  joinLimiter?: AttemptLimiter;
  /** Socket.IO's adapter; the Redis Streams adapter lets several nodes share rooms. In memory when left out. */
  adapter?: ServerOptions['adapter'];
  resultsDelayMs?: number;
  log?: (message: string, error?: unknown) => void;
}

export interface LiveServer {
  io: LiveIo;
  close(): Promise<void>;
}

/** Sends a newly connected socket everything it needs to show the session as it is now. */
async function welcome(
  context: LiveContext,
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
  } else {
    const answered = new Set((await context.store.listAnswers(sessionId)).map((answer) => answer.itemId));
    await Promise.all([...answered].map((itemId) => sendResults(context, sessionId, itemId, socket.id)));
  }
  // A phone that joins or comes back learns its place; the board gets the newcomer in its standings.
  await Promise.all([sendParticipants(context, sessionId), live.state.competition ? sendScores(context, sessionId) : undefined]);
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
    ...(options.adapter ? { adapter: options.adapter } : {}),
  });
  const context: LiveContext = {
    io,
    store: options.store,
    lessons: options.lessons,
    clock,
    commandLimiter: new RateLimiter(options.commandRate?.burst ?? 20, options.commandRate?.perSecond ?? 10, clock),
    joinLimiter: options.joinLimiter ?? localAttemptLimiter(options.joinRate?.burst ?? 40, options.joinRate?.perSecond ?? 1, clock),
    resultsDelayMs: options.resultsDelayMs ?? 300,
    log: options.log ?? ((message, error) => console.error(`[live] ${message}`, error ?? '')),
  };
  const feed = createResultsFeed(context);
  const greetings = new Map<string, { participantId: string; name: string; resumeToken: string }>();

  io.use((socket, next) => {
    identify(context, socket)
      .then((identity) => {
        if (!identity.ok) return next(handshakeError(identity));
        socket.data = identity.data;
        if (identity.welcome) greetings.set(socket.id, identity.welcome);
        next();
      })
      .catch((error: unknown) => {
        context.log('handshake failed', error);
        next(handshakeError({ code: 'server_error' }));
      });
  });

  io.on('connection', (socket) => {
    const greeting = greetings.get(socket.id);
    greetings.delete(socket.id);
    listenForCommands(context, socket, feed);
    welcome(context, socket, greeting).catch((error: unknown) => context.log('welcome failed', error));
    socket.on('disconnect', () => {
      sendParticipants(context, socket.data.sessionId).catch((error: unknown) => context.log('participants update failed', error));
    });
  });

  return {
    io,
    close: async () => {
      feed.close();
      await io.close();
    },
  };
}
