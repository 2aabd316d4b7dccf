import type { ParticipantList, SessionStatePayload } from '../../src/shared/protocol/events.ts';
import type { AnswerValue } from '../../src/shared/session/answers.ts';
import { visibleReveals } from '../../src/shared/session/reveals.ts';
import type { SessionItem, SessionState } from '../../src/shared/session/state.ts';
import type { LiveSession } from '../storage/index.ts';
import { summariseItem, type ItemResults, type ResultAnswer } from '../../src/shared/session/results.ts';
import { answerRules } from '../../src/widgets/index.ts';
import { scoreboard } from '../../src/shared/session/scores.ts';
import { createCoalescer } from './coalesce.ts';
import { sessionRoom, teacherRoom, type LiveContext, type LiveSocket } from './context.ts';

/** The full state message for a session as it is stored now. */
export function statePayload(context: LiveContext, live: Pick<LiveSession<SessionState>, 'state' | 'lessonSlug'>): SessionStatePayload {
  const lesson = context.lessons.get(live.lessonSlug);
  return {
    state: live.state,
    serverTime: context.clock(),
    lesson: live.lessonSlug,
    reveals: lesson ? visibleReveals(live.state, lesson) : {},
  };
}

/** The students of `sessionId` (all, or only `ids`) as the teacher screens see them, with who is connected now on any node. */
async function participantList(context: LiveContext, sessionId: string, ids?: readonly string[]): Promise<ParticipantList> {
  const [everyone, sockets] = await Promise.all([
    context.store.listParticipants(sessionId, { includeRemoved: true, ids }),
    context.io.in(sessionRoom(sessionId)).fetchSockets(),
  ]);
  const connected = new Set(sockets.flatMap((socket) => (socket.data.role === 'student' ? [socket.data.participantId] : [])));
  return {
    participants: everyone
      .filter((participant) => participant.removedAt === null)
      .map(({ id, name }) => ({ id, name, connected: connected.has(id) })),
    removed: everyone.filter((participant) => participant.removedAt !== null).map(({ id, name }) => ({ id, name })),
  };
}

/** Sends one teacher screen (a socket id) the whole class: who is in, who is connected, who was removed. */
export async function sendParticipants(context: LiveContext, sessionId: string, to: string): Promise<void> {
  context.io.to(to).emit('participants:updated', await participantList(context, sessionId));
}

/**
 * Sends the current results of one item, read from the store: to the teacher screens, and for kinds
 * the class reacts to (the class's questions) each phone what it may see of them; with `to`, only to
 * that one teacher screen.
 */
export async function sendResults(context: LiveContext, sessionId: string, itemId: string, to?: string): Promise<void> {
  const live = await context.sessions.get(sessionId);
  const item = live ? context.lessons.get(live.lessonSlug)?.items[itemId] : undefined;
  if (!live || !item) return;
  const answers = await activeAnswers(context, sessionId, itemId);
  const results = summariseItem(item, answers);
  context.io
    .to(to ?? teacherRoom(sessionId))
    .emit('results:updated', { itemId, results, answeredBy: [...new Set(answers.map((answer) => answer.participantId))] });
  if (to === undefined && answerRules(item.kind)?.forClass) {
    const students = (await context.io.in(sessionRoom(sessionId)).fetchSockets()).filter((socket) => socket.data.role === 'student');
    sendClassView(live.state, item, itemId, results, answers, students);
  }
}

type StudentSocket = Pick<LiveSocket, 'emit'> & { data: LiveSocket['data'] };

/** Each student's phone its view of the class's answers to one item (their own marked, no authors, nothing hidden). */
function sendClassView(
  state: SessionState,
  item: SessionItem,
  itemId: string,
  results: ItemResults,
  answers: readonly ResultAnswer[],
  students: readonly StudentSocket[],
): void {
  const forClass = answerRules(item.kind)?.forClass;
  if (!forClass) return;
  const marks = { hidden: state.hiddenAnswers, answered: state.answeredQuestions ?? [] };
  for (const socket of students) {
    if (socket.data.role !== 'student') continue;
    const participantId = socket.data.participantId;
    const value = answers.find((answer) => answer.participantId === participantId)?.value;
    socket.emit('results:class', { itemId, entries: forClass(results, marks, { participantId, value }) });
  }
}

/** An item's answers of the students still in the lesson: a removed student's answers leave the board (the report keeps them, marked). */
async function activeAnswers(context: LiveContext, sessionId: string, itemId: string): Promise<ResultAnswer[]> {
  return (await context.store.listAnswers(sessionId, itemId, { activeOnly: true })).map((answer) => ({
    id: answer.id,
    participantId: answer.participantId,
    value: answer.value as AnswerValue,
    createdAt: answer.createdAt,
  }));
}

/** The items of the lesson whose answers the class sees, once they were opened. */
function classItems(context: LiveContext, state: SessionState, lessonSlug: string): [string, SessionItem][] {
  return Object.entries(context.lessons.get(lessonSlug)?.items ?? {}).filter(
    ([id, item]) => answerRules(item.kind)?.forClass !== undefined && (state.openItem?.id === id || state.closedItems.includes(id)),
  );
}

/** A phone that (re)connects: the class's answers of every item it can see them for. */
export async function sendClassViews(context: LiveContext, socket: StudentSocket, state: SessionState, lessonSlug: string): Promise<void> {
  for (const [itemId, item] of classItems(context, state, lessonSlug)) {
    const answers = await activeAnswers(context, socket.data.sessionId, itemId);
    sendClassView(state, item, itemId, summariseItem(item, answers), answers, [socket]);
  }
}

/** After the teacher marks or hides one, or opens an item: every phone's view of the class's answers again. */
export async function resendClassViews(context: LiveContext, sessionId: string, state: SessionState, lessonSlug: string): Promise<void> {
  await Promise.all(classItems(context, state, lessonSlug).map(([itemId]) => sendResults(context, sessionId, itemId)));
}

/**
 * During a competition: the standings to the teacher screens (the board shows the top 5) and to
 * each student only their own place. Read from the store, so every node sends the same.
 */
export async function sendScores(context: LiveContext, sessionId: string): Promise<void> {
  const live = await context.store.findLiveSessionById(sessionId);
  const lesson = live ? context.lessons.get(live.lessonSlug) : undefined;
  if (!live || !lesson || !live.state.competition) return;
  const [participants, answers, sockets] = await Promise.all([
    context.store.listParticipants(sessionId),
    context.store.listAnswers(sessionId),
    context.io.in(sessionRoom(sessionId)).fetchSockets(),
  ]);
  const entries = scoreboard(
    lesson,
    live.state.revealed,
    answers.map((answer) => ({ ...answer, value: answer.value as AnswerValue })),
    participants,
    live.state.competition,
  );
  context.io.to(teacherRoom(sessionId)).emit('scores:updated', { entries });
  const byParticipant = new Map(entries.map((entry) => [entry.participantId, entry]));
  for (const socket of sockets) {
    const mine = socket.data.role === 'student' ? byParticipant.get(socket.data.participantId) : undefined;
    if (mine) socket.emit('score:mine', { points: mine.points, rank: mine.rank, of: entries.length, correct: mine.correct });
  }
}

/**
 * What the teacher screens get coalesced: results at most once per item per `resultsDelayMs` (thirty
 * students answering at once give a few updates a second, not thirty), the class as changes (a
 * thousand joins cost a few small messages, not a million rows), and the standings. The timers stay
 * in the node: each node gathers what its own sockets did and sends what the shared store holds to
 * the teacher screens on every node, so no node's message is ever incomplete.
 */
export function createFeeds(context: LiveContext) {
  const onError = (error: unknown) => context.log.error('feed_failed', {}, error);
  const results = createCoalescer<never>(
    context.resultsDelayMs,
    (key) => {
      const [sessionId = '', itemId = ''] = key.split('\u0000');
      return sendResults(context, sessionId, itemId);
    },
    onError,
  );
  const participants = createCoalescer<string>(
    context.resultsDelayMs,
    async (sessionId, ids) => {
      context.io.to(teacherRoom(sessionId)).emit('participants:changed', await participantList(context, sessionId, [...ids]));
    },
    onError,
  );
  const scores = createCoalescer<never>(context.resultsDelayMs, (sessionId) => sendScores(context, sessionId), onError);
  return {
    answered: (sessionId: string, itemId: string) => results.add(`${sessionId}\u0000${itemId}`),
    participantChanged: (sessionId: string, participantId: string) => participants.add(sessionId, participantId),
    scoresChanged: (sessionId: string) => scores.add(sessionId),
    close(): void {
      results.close();
      participants.close();
      scores.close();
    },
  };
}
export type Feeds = ReturnType<typeof createFeeds>;
