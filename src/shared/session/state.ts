import type { HotspotArea } from '../../widgets/hotspot/area.ts';
import type { AnswerableKind, KindItem } from '../../widgets/index.ts';
import type { TimerState } from '../timer.ts';

export type { AnswerableKind };

/** What the live session needs to know about a lesson: its slides and their items. */
export interface SessionLesson {
  slug: string;
  slideCount: number;
  /** Answerable items by widget id. */
  items: Record<string, SessionItem>;
  /** Timers by widget id, with their planned duration. */
  timers: Record<string, { slide: number; durationMs: number }>;
}

/**
 * An answerable item with the limits its answers must keep (what its kind's rules keep of its props),
 * and what students see once the teacher reveals it (a quiz's right letters and explanation, a mind
 * map's model), which is never sent before.
 */
export type SessionItem = KindItem & { reveal?: Reveal };

/** The part of an item that stays on the server until the teacher shows it. */
export interface Reveal {
  correct?: string[];
  explanation?: string;
  model?: string[];
  /** A hotspot's right areas, in percent of its image. */
  areas?: HotspotArea[];
}

export interface OpenItem {
  id: string;
  /** Whether a student may change an answer already sent. */
  allowChanges: boolean;
}

/**
 * The whole shared state of a live lesson: small and serialisable, sent in full on every
 * (re)connect. Participants and answers live in the store, not here.
 */
export interface SessionState {
  revision: number;
  slide: number;
  openItem: OpenItem | null;
  /** Items that were opened and closed again, so the board keeps their results. */
  closedItems: string[];
  resultsShown: boolean;
  revealed: string[];
  anonymous: boolean;
  locked: boolean;
  timers: Record<string, TimerState>;
  hiddenAnswers: string[];
  highlightedAnswers: string[];
  modelShown: string[];
  ended: boolean;
  /** The board shows the lobby (address, code, QR, who joined) instead of the slide. Absent in older sessions: no lobby. */
  lobby?: boolean;
  /** The small join banner on every slide while joining is open; absent means shown. */
  joinBanner?: boolean;
  /** The student the picker chose last, shown on the board until cleared; `at` tells two picks of one student apart. */
  picked?: PickedStudent | null;
  /** "Wedstrijd": points for right quiz answers (speed points only when on); absent or null: no competition. */
  competition?: { speed: boolean } | null;
  /** The board shows the top 5 of the competition, until the slide changes or a question opens. */
  leaderboardShown?: boolean;
  /** Questions from the class (their ids) the teacher marked answered; absent in older sessions: none. */
  answeredQuestions?: string[];
  /** Drawings (their answer ids) the teacher put on the board; absent in older sessions: none. */
  shownDrawings?: string[];
}

export interface PickedStudent {
  participantId: string;
  name: string;
  at: number;
}

export function createSessionState(lesson: SessionLesson): SessionState {
  return {
    revision: 0,
    slide: 1,
    openItem: null,
    closedItems: [],
    resultsShown: false,
    revealed: [],
    anonymous: true,
    locked: false,
    timers: Object.fromEntries(
      Object.entries(lesson.timers).map(([id, timer]) => [id, { durationMs: timer.durationMs, startedAt: null, pausedAt: null }]),
    ),
    hiddenAnswers: [],
    highlightedAnswers: [],
    modelShown: [],
    ended: false,
    lobby: true,
    joinBanner: true,
    picked: null,
    competition: null,
    leaderboardShown: false,
    answeredQuestions: [],
    shownDrawings: [],
  };
}
