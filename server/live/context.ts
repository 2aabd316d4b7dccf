import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../src/shared/protocol/events.ts';
import type { SessionLesson, SessionState } from '../../src/shared/session/state.ts';
import type { Store } from '../storage/index.ts';
import type { AttemptLimiter, RateLimiter } from './rate-limit.ts';

export type LiveIo = Server<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>;

/** Everything the live handlers need, passed in: no module state, so tests and nodes stay independent. */
export interface LiveContext {
  io: LiveIo;
  store: Store<SessionState>;
  lessons: ReadonlyMap<string, SessionLesson>;
  clock: () => number;
  /** Per socket, so local to this node: a socket stays on the node it connected to. */
  commandLimiter: RateLimiter;
  /** Per address, shared by all nodes when they share Redis. */
  joinLimiter: AttemptLimiter;
  /** Milliseconds over which results for the teacher are gathered into one message. */
  resultsDelayMs: number;
  log: (message: string, error?: unknown) => void;
}

/** Room of everyone in a session, and of the session's teacher screens (board, laptop, presenter). */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const teacherRoom = (sessionId: string) => `teacher:${sessionId}`;
