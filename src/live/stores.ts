import { atom, computed, map } from 'nanostores';
import type { Refusal } from '../shared/protocol/errors.ts';
import type { MyAnswer, ParticipantView, RemovedParticipantView } from '../shared/protocol/events.ts';
import type { AnswerValue } from '../shared/session/answers.ts';
import type { ItemResults } from '../shared/session/results.ts';
import type { ScoreEntry } from '../shared/session/scores.ts';
import type { ClassEntry } from '../widgets/definition.ts';
import type { Reveal, SessionState } from '../shared/session/state.ts';
import { $serverClock, emptyClock } from './clock.ts';
import { emptyOutbox, type OutboxState } from './outbox-state.ts';

/** The link to the live server as a screen shows it; a refusal (code and params) when the server refused us for good. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline' | Refusal<string>;

/** A student's own answer to one item: confirmed by the server, waiting to go, or refused with a coded reason. */
export type MyAnswerView =
  | { status: 'sent'; value: AnswerValue }
  | { status: 'pending'; value: AnswerValue }
  | ({ status: 'refused'; value: AnswerValue } & Refusal<string>);

/** Teacher only: the latest results of one item and who answered it. */
export interface ItemResultsView {
  results: ItemResults;
  answeredBy: string[];
}

export const $connection = atom<ConnectionStatus>('connecting');
/** The shared session state; only ever replaced by a state with a higher revision. */
export const $session = atom<SessionState | null>(null);
/** Slug (`module/lesson`) of the session's lesson, from the accepted state. */
export const $lesson = atom<string | null>(null);
/** What the teacher has revealed so far (right answers, explanations, models) by item id; follows `$session`. */
export const $reveals = atom<Record<string, Reveal>>({});
/** Teacher only: who is in the session. */
export const $participants = atom<ParticipantView[]>([]);
/** Teacher only: students the teacher removed, who can be let back in. */
export const $removedParticipants = atom<RemovedParticipantView[]>([]);
/** Teacher only: results by item id. */
export const $results = map<Record<string, ItemResultsView>>({});
/** Teacher only, during a competition: the standings, best first. */
export const $scores = atom<ScoreEntry[]>([]);
/** Student only, during a competition: this student's points and place. */
export const $myScore = atom<{ points: number; rank: number; of: number; correct: number } | null>(null);
/** Student only: what the phone may see of the class's answers (the class's questions), by item id. */
export const $classEntries = map<Record<string, ClassEntry[]>>({});
/** Student only: who this device is in the session. */
export const $me = atom<{ participantId: string; name: string } | null>(null);
/** Answers the server confirmed, by item id. */
export const $delivered = map<Record<string, AnswerValue>>({});
/** The student's outbox as it is now. */
export const $outbox = atom<OutboxState>(emptyOutbox);
/** A student's own answers by item id, with whether they reached the server. */
export const $myAnswers = computed([$delivered, $outbox], (delivered, outbox) => deriveMyAnswers(delivered, outbox));

/**
 * The state to keep when `incoming` arrives: it wins only with a higher revision, so a late or
 * replayed message never takes a screen back in time.
 */
export function newerState(current: SessionState | null, incoming: SessionState): SessionState {
  return current === null || incoming.revision > current.revision ? incoming : current;
}

/** Confirmed answers as the server lists them on (re)connect, by item id (the last one per item wins). */
export function deliveredFromServer(answers: readonly MyAnswer[]): Record<string, AnswerValue> {
  return Object.fromEntries(answers.map((answer) => [answer.itemId, answer.value]));
}

/**
 * Per item the student's latest word: a pending answer over a refusal over a confirmed answer. A
 * refusal stays only while it is the item's latest attempt (a new attempt clears it).
 */
export function deriveMyAnswers(delivered: Readonly<Record<string, AnswerValue>>, outbox: OutboxState): Record<string, MyAnswerView> {
  const answers: Record<string, MyAnswerView> = {};
  for (const [itemId, value] of Object.entries(delivered)) answers[itemId] = { status: 'sent', value };
  for (const { itemId, value, code, params } of outbox.refused)
    answers[itemId] = params ? { status: 'refused', value, code, params } : { status: 'refused', value, code };
  for (const { itemId, value } of outbox.pending) answers[itemId] = { status: 'pending', value };
  return answers;
}

/** Empties every live store, for a new connection. */
export function resetLiveStores(): void {
  $connection.set('connecting');
  $session.set(null);
  $lesson.set(null);
  $reveals.set({});
  $participants.set([]);
  $removedParticipants.set([]);
  $results.set({});
  $me.set(null);
  $scores.set([]);
  $myScore.set(null);
  $delivered.set({});
  $outbox.set(emptyOutbox);
  $serverClock.set(emptyClock);
}
