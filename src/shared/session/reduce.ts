import type { CommandName, CommandPayload } from '../protocol/commands.ts';
import { addMinute, pauseTimer, resetTimer, startTimer } from '../timer.ts';
import { answerRules } from '../../widgets/index.ts';
import type { SessionErrorCode } from './error-codes.ts';
import type { SessionLesson, SessionState } from './state.ts';

/** Teacher commands that change the shared session state (the others change participants). */
export type SessionCommandName = Exclude<
  CommandName,
  'answer:submit' | 'participant:remove' | 'participant:rename' | 'participant:readmit' | 'drawings:get'
>;

/** Every change a teacher can make to a live lesson: a command name with its parsed payload. */
export type SessionAction =
  | { [Name in Exclude<SessionCommandName, 'picker:pick'>]: { type: Name } & KnownKeys<CommandPayload<Name>> }[Exclude<SessionCommandName, 'picker:pick'>]
  /** The server draws the student (from those connected) and hands the draw to the reducer. */
  | { type: 'picker:pick'; participantId: string; name: string };

/** Drops the index signature zod gives a strict empty object, so `{ type: 'item:close' }` fits. */
type KnownKeys<T> = { [K in keyof T as string extends K ? never : K]: T[K] };

export type ReduceResult = { ok: true; state: SessionState } | { ok: false; code: SessionErrorCode };

export type { SessionErrorCode };

/** A record's own entry only: an id like "constructor" must not find Object's built-ins. */
const own = <T>(record: Record<string, T>, key: string): T | undefined => (Object.hasOwn(record, key) ? record[key] : undefined);

/** What the teacher can show of the item `id` on top of its results, by its kind; undefined for an unknown item. */
function revealOf(lesson: SessionLesson, id: string): 'answer' | 'model' | null | undefined {
  const item = own(lesson.items, id);
  return item ? (answerRules(item.kind)?.reveals ?? null) : undefined;
}

const fail = (code: SessionErrorCode): ReduceResult => ({ ok: false, code });
const toggle = (list: readonly string[], value: string, on: boolean): string[] =>
  on ? (list.includes(value) ? [...list] : [...list, value]) : list.filter((item) => item !== value);

function apply(state: SessionState, action: SessionAction, lesson: SessionLesson, now: number): SessionState | SessionErrorCode {
  switch (action.type) {
    case 'slide:goto': {
      if (!Number.isInteger(action.index) || action.index < 1 || action.index > lesson.slideCount) return 'slide_out_of_range';
      // Leaving a slide closes its open item, so phones never answer what the board no longer shows.
      const leaving = state.openItem && own(lesson.items, state.openItem.id)?.slide !== action.index ? state.openItem : null;
      // Results and the picked name belong to the slide they were shown on; moving on starts the lesson.
      const moved = action.index !== state.slide;
      return {
        ...state,
        slide: action.index,
        openItem: leaving ? null : state.openItem,
        closedItems: leaving ? toggle(state.closedItems, leaving.id, true) : state.closedItems,
        resultsShown: leaving || moved ? false : state.resultsShown,
        lobby: moved ? false : state.lobby,
        picked: moved ? null : state.picked,
        leaderboardShown: moved ? false : state.leaderboardShown,
      };
    }
    case 'item:open': {
      const item = own(lesson.items, action.id);
      if (!item) return 'unknown_item';
      const closedItems = state.openItem && state.openItem.id !== action.id ? toggle(state.closedItems, state.openItem.id, true) : state.closedItems;
      // A question that opens hides the results on the board: the class answers before it sees the split.
      return {
        ...state,
        slide: item.slide,
        openItem: { id: action.id, allowChanges: action.allowChanges ?? false },
        closedItems: toggle(closedItems, action.id, false),
        resultsShown: false,
        lobby: false,
        picked: item.slide === state.slide ? state.picked : null,
        leaderboardShown: false,
      };
    }
    case 'item:close':
      return state.openItem ? { ...state, openItem: null, closedItems: toggle(state.closedItems, state.openItem.id, true) } : state;
    case 'results:show':
      return { ...state, resultsShown: action.shown };
    case 'answer:reveal':
      if (revealOf(lesson, action.id) !== 'answer') return revealOf(lesson, action.id) === undefined ? 'unknown_item' : 'not_revealable';
      return { ...state, revealed: toggle(state.revealed, action.id, action.revealed) };
    case 'model:show':
      if (revealOf(lesson, action.id) !== 'model') return revealOf(lesson, action.id) === undefined ? 'unknown_item' : 'no_model';
      return { ...state, modelShown: toggle(state.modelShown, action.id, action.shown) };
    case 'session:anonymous':
      return { ...state, anonymous: action.anonymous };
    case 'session:lock':
      return { ...state, locked: action.locked };
    case 'session:lobby':
      return { ...state, lobby: action.shown };
    case 'session:banner':
      return { ...state, joinBanner: action.shown };
    case 'picker:pick':
      return { ...state, picked: { participantId: action.participantId, name: action.name, at: now } };
    case 'picker:clear':
      return { ...state, picked: null };
    case 'session:competition':
      return { ...state, competition: action.on ? { speed: action.speed } : null, leaderboardShown: action.on ? state.leaderboardShown : false };
    case 'leaderboard:show':
      return { ...state, leaderboardShown: action.shown && Boolean(state.competition) };
    case 'session:end':
      return { ...state, ended: true, openItem: null, locked: true };
    case 'answer:hide':
      return { ...state, hiddenAnswers: toggle(state.hiddenAnswers, action.answerId, action.hidden) };
    case 'answer:highlight':
      return { ...state, highlightedAnswers: toggle(state.highlightedAnswers, action.answerId, action.highlighted) };
    case 'question:answered':
      return { ...state, answeredQuestions: toggle(state.answeredQuestions ?? [], action.questionId, action.answered) };
    case 'drawing:show':
      return { ...state, shownDrawings: toggle(state.shownDrawings ?? [], action.answerId, action.shown) };
    case 'timer:start':
    case 'timer:pause':
    case 'timer:addMinute':
    case 'timer:reset': {
      const timer = own(state.timers, action.id);
      const planned = own(lesson.timers, action.id);
      if (!timer || !planned) return 'unknown_timer';
      const next =
        action.type === 'timer:start'
          ? startTimer(timer, now)
          : action.type === 'timer:pause'
            ? pauseTimer(timer, now)
            : action.type === 'timer:addMinute'
              ? addMinute(timer, now)
              : resetTimer(timer, planned.durationMs);
      return { ...state, timers: { ...state.timers, [action.id]: next } };
    }
  }
}

/**
 * The only way a live session changes: pure, so it is tested with tables of cases and replayed
 * the same on every server node. Every accepted action raises the revision by one.
 */
export function reduce(state: SessionState, action: SessionAction, lesson: SessionLesson, now: number): ReduceResult {
  if (state.ended) return fail('session_ended');
  const next = apply(state, action, lesson, now);
  if (typeof next === 'string') return fail(next);
  return { ok: true, state: { ...next, revision: state.revision + 1 } };
}
