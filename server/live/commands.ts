import { randomInt } from 'node:crypto';
import { failure, ok, type Ack } from '../../src/shared/protocol/ack.ts';
import { commandSchemas, type CommandName, type CommandPayload } from '../../src/shared/protocol/commands.ts';
import { checkStudentName, NAME_MAX_LENGTH } from '../../src/shared/names.ts';
import { checkAnswer } from '../../src/shared/session/answers.ts';
import { reduce, type SessionAction, type SessionCommandName } from '../../src/shared/session/reduce.ts';
import { isStoreConflict } from '../storage/index.ts';
import { sessionRoom, type LiveContext, type LiveSocket } from './context.ts';
import { resendClassViews, sendResults, sendScores, statePayload, type Feeds } from './feeds.ts';
import { answerRules } from '../../src/widgets/index.ts';

const FORBIDDEN = failure('forbidden');
const STATE_ATTEMPTS = 3;

/** Applies a teacher's change through the reducer, stores it (optimistically) and tells everyone. */
async function changeSession(context: LiveContext, sessionId: string, action: SessionAction): Promise<Ack<{ revision: number }>> {
  for (let attempt = 0; attempt < STATE_ATTEMPTS; attempt += 1) {
    // This node's copy first; if another screen or node changed it meanwhile, the save says so and we read again.
    if (attempt > 0) context.sessions.forget(sessionId);
    const live = await context.sessions.get(sessionId);
    const lesson = live ? context.lessons.get(live.lessonSlug) : undefined;
    if (!live || !lesson) return failure('session_not_found');
    const result = reduce(live.state, action, lesson, context.clock());
    if (!result.ok) return failure(result.code);
    if (!(await context.states.write({ id: sessionId, state: result.state, expectedRevision: live.revision }))) continue;
    const endedAt = action.type === 'session:end' ? context.clock() : live.endedAt;
    if (action.type === 'session:end') await context.store.endLiveSession(sessionId, endedAt ?? context.clock());
    context.sessions.put({ ...live, state: result.state, revision: result.state.revision, endedAt });
    context.announceChange(sessionId);
    context.io
      .to(sessionRoom(sessionId))
      .emit('session:state', statePayload(context, { state: result.state, lessonSlug: live.lessonSlug }));
    // The standings change only when a right answer is shown (or the competition starts).
    if (action.type === 'answer:reveal' || action.type === 'session:competition') await sendScores(context, sessionId);
    // The class's questions on the phones follow what the teacher marks and hides, and a round that opens starts them.
    const opensRound = action.type === 'item:open' && answerRules(lesson.items[action.id]?.kind ?? '')?.forClass !== undefined;
    if (action.type === 'answer:hide' || action.type === 'question:answered' || opensRound)
      await resendClassViews(context, sessionId, result.state, live.lessonSlug);
    return ok({ revision: result.state.revision });
  }
  return failure('conflict');
}

/** A retry of an answer that is stored already: acknowledged again, whatever the session does now. */
async function storedBefore(context: LiveContext, sessionId: string, participantId: string, clientAnswerId: string) {
  const mine = await context.store.answersByParticipant(sessionId, participantId);
  return mine.find((answer) => answer.clientAnswerId === clientAnswerId);
}

/**
 * Stores a student's answer (durably, before acknowledging it) unless the rules refuse it; a retry
 * is a no-op. The session comes from this node's cache; the store keeps exactly-once, one answer per
 * item and removed students out, in the same transaction as the write.
 */
async function submitAnswer(
  context: LiveContext,
  socket: LiveSocket,
  payload: CommandPayload<'answer:submit'>,
  feeds: Feeds,
): Promise<Ack<{ answerId: string; duplicate: boolean }>> {
  if (socket.data.role !== 'student') return FORBIDDEN;
  const { sessionId, participantId } = socket.data;
  const live = await context.sessions.get(sessionId);
  if (!live) return failure('removed');
  const items = context.lessons.get(live.lessonSlug)?.items;
  const item = items && Object.hasOwn(items, payload.itemId) ? items[payload.itemId] : undefined;
  // Whether an earlier answer to the item may be replaced is the store's to check, in the transaction.
  const checked = checkAnswer(live.state, payload.itemId, item, payload.value, false);
  if (!checked.ok) {
    const retried = await storedBefore(context, sessionId, participantId, payload.clientAnswerId);
    return retried ? ok({ answerId: retried.id, duplicate: true }) : failure(checked.code, checked.params);
  }
  const outcome = await context.answers.write({
    sessionId,
    participantId,
    itemId: payload.itemId,
    clientAnswerId: payload.clientAnswerId,
    value: checked.value,
    now: context.clock(),
    // Some kinds' answers grow while the item is open (the class's questions); the others change only when the teacher allows it.
    replace: live.state.openItem?.allowChanges === true || (item !== undefined && answerRules(item.kind)?.changeable === true),
  });
  if ('refused' in outcome) return failure(outcome.refused === 'participant_removed' ? 'removed' : 'already_answered');
  if (!outcome.duplicate) feeds.answered(sessionId, payload.itemId);
  return ok({ answerId: outcome.answer.id, duplicate: outcome.duplicate });
}

async function removeParticipant(context: LiveContext, feeds: Feeds, sessionId: string, participantId: string): Promise<Ack<null>> {
  if (!(await context.store.removeParticipant(sessionId, participantId, context.clock()))) return failure('unknown_participant');
  for (const socket of await context.io.in(sessionRoom(sessionId)).fetchSockets()) {
    if (socket.data.role === 'student' && socket.data.participantId === participantId) {
      socket.emit('participant:removed', { code: 'removed' });
      // Through the adapter, so the close follows the notice: between nodes even a local emit goes via Redis first.
      context.io.in(socket.id).disconnectSockets(true);
    }
  }
  feeds.participantChanged(sessionId, participantId);
  feeds.scoresChanged(sessionId);
  await resendResultsOf(context, sessionId, participantId);
  return ok(null);
}

/** The results of every item the participant answered, again: after a removal or a readmission they change. */
async function resendResultsOf(context: LiveContext, sessionId: string, participantId: string): Promise<void> {
  const answered = new Set((await context.store.answersByParticipant(sessionId, participantId)).map((answer) => answer.itemId));
  await Promise.all([...answered].map((itemId) => sendResults(context, sessionId, itemId)));
}

/** Lets a removed student back in: their device rejoins with its token as the same student, answers and all. */
async function readmitParticipant(context: LiveContext, feeds: Feeds, sessionId: string, participantId: string): Promise<Ack<null>> {
  try {
    if (!(await context.store.readmitParticipant(sessionId, participantId))) return failure('unknown_participant');
  } catch (error) {
    if (isStoreConflict(error, 'name_taken')) return failure('name_taken');
    throw error;
  }
  feeds.participantChanged(sessionId, participantId);
  await resendResultsOf(context, sessionId, participantId);
  return ok(null);
}

async function renameParticipant(
  context: LiveContext,
  feeds: Feeds,
  sessionId: string,
  payload: CommandPayload<'participant:rename'>,
): Promise<Ack<{ name: string }>> {
  const name = checkStudentName(payload.name);
  if (!name.ok) return failure('name_invalid', { max: NAME_MAX_LENGTH });
  try {
    const renamed = await context.store.renameParticipant(sessionId, payload.participantId, name.name, name.key);
    if (!renamed) return failure('unknown_participant');
    for (const socket of await context.io.in(sessionRoom(sessionId)).fetchSockets()) {
      if (socket.data.role === 'student' && socket.data.participantId === renamed.id)
        socket.emit('participant:renamed', { name: renamed.name });
    }
    feeds.participantChanged(sessionId, renamed.id);
    feeds.scoresChanged(sessionId);
    return ok({ name: renamed.name });
  } catch (error) {
    if (isStoreConflict(error, 'name_taken')) return failure('name_taken');
    throw error;
  }
}

/**
 * The drawings of one item that a teacher screen asks for (the gallery, or those on the board): the
 * results only list them, so thirty drawings do not travel with every answer that comes in.
 */
async function fetchDrawings(context: LiveContext, sessionId: string, payload: CommandPayload<'drawings:get'>): Promise<Ack<{ drawings: { answerId: string; strokes: unknown }[] }>> {
  const live = await context.sessions.get(sessionId);
  const items = live ? context.lessons.get(live.lessonSlug)?.items : undefined;
  const item = items && Object.hasOwn(items, payload.itemId) ? items[payload.itemId] : undefined;
  if (!item || item.kind !== 'drawing') return failure('unknown_item');
  const wanted = new Set(payload.answerIds);
  const answers = await context.store.listAnswers(sessionId, payload.itemId, { activeOnly: true });
  return ok({
    drawings: answers
      .filter((answer) => wanted.has(answer.id))
      .map((answer) => ({ answerId: answer.id, strokes: (answer.value as { strokes?: unknown }).strokes ?? [] })),
  });
}

/** A random student among those connected now (on any node) and still in the lesson. */
async function drawStudent(context: LiveContext, sessionId: string): Promise<{ participantId: string; name: string } | null> {
  const [participants, sockets] = await Promise.all([
    context.store.listParticipants(sessionId),
    context.io.in(sessionRoom(sessionId)).fetchSockets(),
  ]);
  const connected = new Set(sockets.flatMap((socket) => (socket.data.role === 'student' ? [socket.data.participantId] : [])));
  const candidates = participants.filter((participant) => connected.has(participant.id));
  const drawn = candidates[randomInt(candidates.length || 1)];
  return drawn ? { participantId: drawn.id, name: drawn.name } : null;
}

/** Runs one parsed command for the socket's role; every path ends in an ack. */
async function run(context: LiveContext, socket: LiveSocket, name: CommandName, payload: unknown, feeds: Feeds): Promise<Ack<unknown>> {
  if (name === 'answer:submit') return submitAnswer(context, socket, payload as CommandPayload<'answer:submit'>, feeds);
  if (socket.data.role !== 'teacher') return FORBIDDEN;
  const { sessionId, loginHash } = socket.data;
  // A logout (or an expired login) ends the control of screens that are still open, e.g. on a shared board PC.
  if (!(await context.store.findAuthSession(loginHash, context.clock()))) {
    setTimeout(() => socket.disconnect(true), 0);
    return failure('not_logged_in');
  }
  if (name === 'participant:remove')
    return removeParticipant(context, feeds, sessionId, (payload as CommandPayload<'participant:remove'>).participantId);
  if (name === 'participant:readmit')
    return readmitParticipant(context, feeds, sessionId, (payload as CommandPayload<'participant:readmit'>).participantId);
  if (name === 'participant:rename') return renameParticipant(context, feeds, sessionId, payload as CommandPayload<'participant:rename'>);
  if (name === 'drawings:get') return fetchDrawings(context, sessionId, payload as CommandPayload<'drawings:get'>);
  if (name === 'picker:pick') {
    const drawn = await drawStudent(context, sessionId);
    if (!drawn) return failure('nobody_connected');
    return changeSession(context, sessionId, { type: 'picker:pick', ...drawn });
  }
  return changeSession(context, sessionId, { type: name as SessionCommandName, ...(payload as object) } as SessionAction);
}

/**
 * Listens for every command on a socket: rate limit (per student or teacher), then zod, then the role, then the handler.
 * Bad input always gets an error ack and never reaches the store or crashes the server.
 */
export function listenForCommands(context: LiveContext, socket: LiveSocket, feeds: Feeds): void {
  // One listener for all commands rather than one per command: a school's sockets each hold a closure less two dozen.
  socket.onAny(async (event: string, ...args: unknown[]) => {
    if (!Object.hasOwn(commandSchemas, event)) return;
    const name = event as CommandName;
    const last = args.at(-1);
    const reply = typeof last === 'function' ? (last as (ack: Ack<unknown>) => void) : () => undefined;
    const answer = (ack: Ack<unknown>) => {
      if (!ack.ok) context.log.info('command_refused', { command: name, code: ack.error.code, role: socket.data.role });
      reply(ack);
    };
    // Per person, not per socket: more sockets with one token or login give no more commands.
    const who = socket.data.role === 'student' ? `participant:${socket.data.participantId}` : `teacher:${socket.data.teacherId}`;
    if (!context.commandLimiter.take(who)) return answer(failure('rate_limited'));
    const parsed = commandSchemas[name].safeParse(typeof args[0] === 'function' ? undefined : args[0]);
    if (!parsed.success) return answer(failure('bad_payload'));
    try {
      answer(await run(context, socket, name, parsed.data, feeds));
    } catch (error) {
      context.log.error('command_failed', { command: name, role: socket.data.role }, error);
      reply(failure('server_error'));
    }
  });
}
