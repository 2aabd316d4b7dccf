import type { ClassEntry } from '../../widgets/definition.ts';
import type { AnswerValue } from '../session/answers.ts';
import type { ItemResults } from '../session/results.ts';
import type { ScoreEntry } from '../session/scores.ts';
import type { Reveal, SessionState } from '../session/state.ts';
import type { AckCallback } from './ack.ts';
import type { Refusal } from './errors.ts';
import type { CommandName, CommandPayload } from './commands.ts';

/** A participant as the teacher sees them. */
export interface ParticipantView {
  id: string;
  name: string;
  connected: boolean;
}

/** A student the teacher removed, who can be let back in. */
export interface RemovedParticipantView {
  id: string;
  name: string;
}

/** The whole class on connect (`participants:updated`), or only what changed (`participants:changed`). */
export interface ParticipantList {
  participants: ParticipantView[];
  removed: RemovedParticipantView[];
}

/** An answer as its own student sees it. */
export interface MyAnswer {
  itemId: string;
  answerId: string;
  value: AnswerValue;
}

export interface SessionStatePayload {
  state: SessionState;
  serverTime: number;
  /** Slug of the lesson (`module/lesson`). */
  lesson: string;
  reveals: Record<string, Reveal>;
}

/** Facts and states the server sends. */
export interface ServerToClientEvents {
  /**
   * The full shared state, on every (re)connect and after every change; `serverTime` lets clients
   * measure their clock offset; `reveals` holds only what the teacher has shown so far.
   */
  'session:state': (payload: SessionStatePayload) => void;
  /** Sent once to a student who just joined: the token that lets this device rejoin as the same student. */
  'participant:welcome': (payload: { participantId: string; name: string; resumeToken: string }) => void;
  /** The student's own answers, on (re)connect. */
  'answers:mine': (payload: { answers: MyAnswer[] }) => void;
  /** Teacher only, on connect: who is in the session, who is connected right now, and who was removed. */
  'participants:updated': (payload: ParticipantList) => void;
  /**
   * Teacher only, coalesced: the students who joined, left, came back, were renamed, removed or
   * readmitted since the last message. Merge with `applyParticipantChanges`.
   */
  'participants:changed': (payload: ParticipantList) => void;
  /**
   * Students, coalesced, for kinds the class reacts to (the class's questions): what this phone may
   * see of everyone's answers to one item, without authors or what the teacher hid.
   */
  'results:class': (payload: { itemId: string; entries: ClassEntry[] }) => void;
  /** Teacher only, coalesced: the results of one item. */
  'results:updated': (payload: { itemId: string; results: ItemResults; answeredBy: string[] }) => void;
  /** The teacher renamed this student. */
  'participant:renamed': (payload: { name: string }) => void;
  /** Teacher only, during a competition: every student's points and rank, best first. */
  'scores:updated': (payload: { entries: ScoreEntry[] }) => void;
  /** A student, during a competition: their own points and place among `of` students. */
  'score:mine': (payload: { points: number; rank: number; of: number; correct: number }) => void;
  /** The student was removed by the teacher; the connection closes. */
  'participant:removed': (payload: Refusal<'removed'>) => void;
  /** This student opened the lesson on more devices than allowed; this, the oldest, closes. */
  'connection:replaced': (payload: Refusal<'opened_elsewhere'>) => void;
}

type CommandHandler<Name extends CommandName> = (payload: CommandPayload<Name>, ack: AckCallback<unknown>) => void;

/** Commands clients send; every one is acknowledged. */
export type ClientToServerEvents = { [Name in CommandName]: CommandHandler<Name> };

/** What the handshake establishes about a socket; decided once, checked in every handler. */
export type SocketData =
  | {
      role: 'teacher';
      teacherId: string;
      sessionId: string;
      /** Hash of the login token, checked again on every command. */ loginHash: string;
    }
  | { role: 'student'; participantId: string; sessionId: string };
