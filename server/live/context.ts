import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from '../../src/shared/protocol/events.ts';
import type { SessionLesson, SessionState } from '../../src/shared/session/state.ts';
import type { Store } from '../storage/index.ts';
import type { LiveSessionUpdate, NewParticipant, Participant, SaveAnswerInput, SaveAnswerOutcome } from '../storage/index.ts';
import type { Logger } from '../log.ts';
import type { GroupCommit } from './group-commit.ts';
import type { JoinGuard } from './join-check.ts';
import type { AttemptLimiter, RateLimiter } from './rate-limit.ts';
import type { SessionCache } from './session-cache.ts';

/** What the nodes of one deployment tell each other (over the adapter). */
export interface InterServerEvents {
  /** A node stored a new state of the session: drop it from your cache. */
  'session:changed': (sessionId: string) => void;
}

export type LiveIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type LiveSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** Everything the live handlers need, passed in: no module state, so tests and nodes stay independent. */
export interface LiveContext {
  io: LiveIo;
  store: Store<SessionState>;
  lessons: ReadonlyMap<string, SessionLesson>;
  clock: () => number;
  /** Per student or teacher (all their sockets on this node together), counted in this node. */
  commandLimiter: RateLimiter;
  /** Wrong join codes per address and the sessions each address knows; shared by all nodes when they share Redis. */
  joinGuard: JoinGuard;
  /** New students per address, and per address within one session; shared like `joinGuard`. */
  newParticipants: { perAddress: AttemptLimiter; perSession: AttemptLimiter };
  /** Whether X-Forwarded-For names the client (the app runs behind a reverse proxy). */
  trustProxy: boolean;
  /** The sessions as the answer path reads them. */
  sessions: SessionCache;
  /** Stores answers in group commits. */
  answers: GroupCommit<SaveAnswerInput, SaveAnswerOutcome>;
  /** Stores the teachers' changes of sessions in group commits (true: saved at the expected revision). */
  states: GroupCommit<LiveSessionUpdate<SessionState>, boolean>;
  /** Stores the students who join in group commits. */
  joins: GroupCommit<NewParticipant, Participant | { refused: 'name_taken' | 'token_known' }>;
  /** Tells the other nodes (if any) that this node stored a new state of the session. */
  announceChange: (sessionId: string) => void;
  /** Milliseconds over which results for the teacher are gathered into one message. */
  resultsDelayMs: number;
  log: Logger;
}

/** Room of everyone in a session, and of the session's teacher screens (board, laptop, presenter). */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
export const teacherRoom = (sessionId: string) => `teacher:${sessionId}`;
/** Room of the sockets of one student (their phone, and a laptop or a second tab). */
export const participantRoom = (participantId: string) => `participant:${participantId}`;
