import { randomInt } from 'node:crypto';
import { failure, ok, type Ack } from '../../src/shared/protocol/ack.ts';
import { commandSchemas, type CommandName, type CommandPayload } from '../../src/shared/protocol/commands.ts';
import { checkStudentName, NAME_MAX_LENGTH } from '../../src/shared/names.ts';
import { checkAnswer } from '../../src/shared/session/answers.ts';
import { reduce, type SessionAction, type SessionCommandName } from '../../src/shared/session/reduce.ts';
import { isStoreConflict } from '../storage/index.ts';
import { sessionRoom, type LiveContext, type LiveSocket } from './context.ts';
import { sendParticipants, sendResults, sendScores, statePayload, type ResultsFeed } from './feeds.ts';

const FORBIDDEN = failure('forbidden');
const STATE_ATTEMPTS = 3;

/** Applies a teacher's change through the reducer, stores it (optimistically) and tells everyone. */
async function changeSession(context: LiveContext, sessionId: string, action: SessionAction): Promise<Ack<{ revision: number }>> {
  for (let attempt = 0; attempt < STATE_ATTEMPTS; attempt += 1) {
    const live = await context.store.findLiveSessionById(sessionId);
    const lesson = live ? context.lessons.get(live.lessonSlug) : undefined;
    if (!live || !lesson) return failure('session_not_found');
    const result = reduce(live.state, action, lesson, context.clock());
    if (!result.ok) return failure(result.code);
    // Another screen or node may have changed the state meanwhile: then read it again and retry.
    if (!(await context.store.saveLiveSessionState(sessionId, result.state, live.revision))) continue;
    if (action.type === 'session:end') await context.store.endLiveSession(sessionId, context.clock());
    context.io.to(sessionRoom(sessionId)).emit('session:state', statePayload(context, { state: result.state, lessonSlug: live.lessonSlug }));
    // The standings change only when a right answer is shown (or the competition starts).
    if (action.type === 'answer:reveal' || action.type === 'session:competition') await sendScores(context, sessionId);
    return ok({ revision: result.state.revision });
  }
  return failure('conflict');
}

/** Stores a student's answer (before acknowledging it) unless the rules refuse it; a retry is a no-op. */
async function submitAnswer(
  context: LiveContext,
  socket: LiveSocket,
  payload: CommandPayload<'answer:submit'>,
  feed: ResultsFeed,
): Promise<Ack<{ answerId: string; duplicate: boolean }>> {
  if (socket.data.role !== 'student') return FORBIDDEN;
  const { sessionId, participantId } = socket.data;
  const [live, participant, mine] = await Promise.all([
    context.store.findLiveSessionById(sessionId),
    context.store.findParticipant(sessionId, participantId),
    context.store.answersByParticipant(sessionId, participantId),
  ]);
  if (!live || !participant || participant.removedAt !== null) return failure('removed');
  const retried = mine.find((answer) => answer.clientAnswerId === payload.clientAnswerId);
  if (retried) return ok({ answerId: retried.id, duplicate: true });
  const items = context.lessons.get(live.lessonSlug)?.items;
  const item = items && Object.hasOwn(items, payload.itemId) ? items[payload.itemId] : undefined;
  const earlier = mine.some((answer) => answer.itemId === payload.itemId);
  const checked = checkAnswer(live.state, payload.itemId, item, payload.value, earlier);
  if (!checked.ok) return failure(checked.code, checked.params);
  try {
    const saved = await context.store.saveAnswer({
      sessionId,
      participantId,
      itemId: payload.itemId,
      clientAnswerId: payload.clientAnswerId,
      value: checked.value,
      now: context.clock(),
      replace: live.state.openItem?.allowChanges === true,
    });
    feed.answered(sessionId, payload.itemId);
    return ok({ answerId: saved.answer.id, duplicate: saved.duplicate });
  } catch (error) {
    if (isStoreConflict(error, 'already_answered')) return failure('already_answered');
    throw error;
  }
}

async function removeParticipant(context: LiveContext, sessionId: string, participantId: string): Promise<Ack<null>> {
  if (!(await context.store.removeParticipant(sessionId, participantId, context.clock()))) return failure('unknown_participant');
  for (const socket of await context.io.in(sessionRoom(sessionId)).fetchSockets()) {
    if (socket.data.role === 'student' && socket.data.participantId === participantId) {
      socket.emit('participant:removed', { code: 'removed' });
      socket.disconnect(true);
    }
  }
  await Promise.all([sendParticipants(context, sessionId), sendScores(context, sessionId)]);
  const answered = new Set((await context.store.listAnswers(sessionId)).filter((answer) => answer.participantId === participantId).map((answer) => answer.itemId));
  await Promise.all([...answered].map((itemId) => sendResults(context, sessionId, itemId)));
  return ok(null);
}

/** Lets a removed student back in: their device rejoins with its token as the same student, answers and all. */
async function readmitParticipant(context: LiveContext, sessionId: string, participantId: string): Promise<Ack<null>> {
  try {
    if (!(await context.store.readmitParticipant(sessionId, participantId))) return failure('unknown_participant');
  } catch (error) {
    if (isStoreConflict(error, 'name_taken')) return failure('name_taken');
    throw error;
  }
  await sendParticipants(context, sessionId);
  const answered = new Set((await context.store.answersByParticipant(sessionId, participantId)).map((answer) => answer.itemId));
  await Promise.all([...answered].map((itemId) => sendResults(context, sessionId, itemId)));
  return ok(null);
}

async function renameParticipant(context: LiveContext, sessionId: string, payload: CommandPayload<'participant:rename'>): Promise<Ack<{ name: string }>> {
  const name = checkStudentName(payload.name);
  if (!name.ok) return failure('name_invalid', { max: NAME_MAX_LENGTH });
  try {
    const renamed = await context.store.renameParticipant(sessionId, payload.participantId, name.name, name.key);
    if (!renamed) return failure('unknown_participant');
    for (const socket of await context.io.in(sessionRoom(sessionId)).fetchSockets()) {
      if (socket.data.role === 'student' && socket.data.participantId === renamed.id)
        socket.emit('participant:renamed', { name: renamed.name });
    }
    await Promise.all([sendParticipants(context, sessionId), sendScores(context, sessionId)]);
    return ok({ name: renamed.name });
  } catch (error) {
    if (isStoreConflict(error, 'name_taken')) return failure('name_taken');
    throw error;
  }
}

/** A random student among those connected now (on any node) and still in the lesson. */
async function drawStudent(context: LiveContext, sessionId: string): Promise<{ participantId: string; name: string } | null> {
  const [participants, sockets] = await Promise.all([context.store.listParticipants(sessionId), context.io.in(sessionRoom(sessionId)).fetchSockets()]);
  const connected = new Set(sockets.flatMap((socket) => (socket.data.role === 'student' ? [socket.data.participantId] : [])));
  const candidates = participants.filter((participant) => connected.has(participant.id));
  const drawn = candidates[randomInt(candidates.length || 1)];
  return drawn ? { participantId: drawn.id, name: drawn.name } : null;
}

/** Runs one parsed command for the socket's role; every path ends in an ack. */
async function run(
  context: LiveContext,
  socket: LiveSocket,
  name: CommandName,
  payload: unknown,
  feed: ResultsFeed,
): Promise<Ack<unknown>> {
  if (name === 'answer:submit') return submitAnswer(context, socket, payload as CommandPayload<'answer:submit'>, feed);
  if (socket.data.role !== 'teacher') return FORBIDDEN;
  const { sessionId, loginHash } = socket.data;
  // A logout (or an expired login) ends the control of screens that are still open, e.g. on a shared board PC.
  if (!(await context.store.findAuthSession(loginHash, context.clock()))) {
    setTimeout(() => socket.disconnect(true), 0);
    return failure('not_logged_in');
  }
  if (name === 'participant:remove') return removeParticipant(context, sessionId, (payload as CommandPayload<'participant:remove'>).participantId);
  if (name === 'participant:readmit') return readmitParticipant(context, sessionId, (payload as CommandPayload<'participant:readmit'>).participantId);
  if (name === 'participant:rename') return renameParticipant(context, sessionId, payload as CommandPayload<'participant:rename'>);
  if (name === 'picker:pick') {
    const drawn = await drawStudent(context, sessionId);
    if (!drawn) return failure('nobody_connected');
    return changeSession(context, sessionId, { type: 'picker:pick', ...drawn });
  }
  return changeSession(context, sessionId, { type: name as SessionCommandName, ...(payload as object) } as SessionAction);
}

/**
 * Listens for every command on a socket: rate limit, then zod, then the role, then the handler.
 * Bad input always gets an error ack and never reaches the store or crashes the server.
 */
export function listenForCommands(context: LiveContext, socket: LiveSocket, feed: ResultsFeed): void {
  for (const name of Object.keys(commandSchemas) as CommandName[]) {
    socket.on(name, async (...args: unknown[]) => {
      const last = args.at(-1);
      const reply = typeof last === 'function' ? (last as (ack: Ack<unknown>) => void) : () => undefined;
      if (!context.commandLimiter.take(socket.id)) return reply(failure('rate_limited'));
      const parsed = commandSchemas[name].safeParse(typeof args[0] === 'function' ? undefined : args[0]);
      if (!parsed.success) return reply(failure('bad_payload'));
      try {
        reply(await run(context, socket, name, parsed.data, feed));
      } catch (error) {
        context.log(`command ${name} failed`, error);
        reply(failure('server_error'));
      }
    });
  }
}
