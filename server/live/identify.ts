import { randomUUID } from 'node:crypto';
import { checkStudentName, NAME_MAX_LENGTH } from '../../src/shared/names.ts';
import type { ErrorParams, HandshakeErrorCode, Refusal } from '../../src/shared/protocol/errors.ts';
import { handshakeSchema } from '../../src/shared/protocol/handshake.ts';
import type { SocketData } from '../../src/shared/protocol/events.ts';
import { AUTH_COOKIE, readCookie } from '../auth/cookies.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { clientAddress } from '../client-address.ts';
import type { LiveContext, LiveSocket } from './context.ts';
import { checkJoinCode, joinableSession, SESSION_JOINABLE_MS } from './join-check.ts';

export type Identity =
  | { ok: true; data: SocketData; welcome?: { participantId: string; name: string; resumeToken: string } }
  | ({ ok: false } & Refusal<HandshakeErrorCode>);

const refuse = (code: HandshakeErrorCode, params?: ErrorParams): Identity => (params ? { ok: false, code, params } : { ok: false, code });

/**
 * Whether one more new student may come from `address` into the session: enough for a few classes
 * behind one school address at once, not for a script that fills a lesson with made-up students.
 */
async function mayAddStudent(context: LiveContext, address: string, sessionId: string): Promise<boolean> {
  const { perAddress, perSession } = context.newParticipants;
  return (await perSession.take(`${address}|${sessionId}`)) && (await perAddress.take(address));
}

/**
 * Decides who a connecting socket is, once: a teacher (login cookie + own session), a returning
 * student (resume token) or a new student (code + name). The role is never taken from the client.
 */
export async function identify(context: LiveContext, socket: LiveSocket): Promise<Identity> {
  // socket.io-client adds `pid` and `offset` when it recovers a connection; they are not ours to check.
  const { pid: _pid, offset: _offset, ...auth } = (socket.handshake.auth ?? {}) as Record<string, unknown>;
  const parsed = handshakeSchema.safeParse(auth);
  if (!parsed.success) return refuse('bad_handshake');
  const handshake = parsed.data;
  const { store, clock } = context;
  const address = clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], context.trustProxy);

  if (handshake.role === 'teacher') {
    const token = readCookie(socket.request.headers.cookie, AUTH_COOKIE);
    const loginHash = token ? hashToken(token) : '';
    const login = token ? await store.findAuthSession(loginHash, clock()) : null;
    if (!login) return refuse('not_logged_in');
    const live = await store.findLiveSessionById(handshake.sessionId);
    if (!live || !context.lessons.has(live.lessonSlug)) return refuse('session_not_found');
    if (live.teacherId !== login.teacherId) return refuse('not_your_session');
    // The board is in the classroom: its address is the class's, which may then join even while someone there guesses.
    await context.joinGuard.gate.remember(address, live.id);
    return { ok: true, data: { role: 'teacher', teacherId: login.teacherId, sessionId: live.id, loginHash } };
  }

  if (!('code' in handshake)) {
    const participant = await store.findParticipantByResumeToken(hashToken(handshake.resumeToken));
    if (!participant) return refuse('resume_unknown');
    if (participant.removedAt !== null) return refuse('removed');
    const live = await store.findLiveSessionById(participant.sessionId);
    if (!live || live.endedAt !== null || live.state.ended || clock() - live.createdAt > SESSION_JOINABLE_MS)
      return refuse('session_ended');
    return { ok: true, data: { role: 'student', participantId: participant.id, sessionId: live.id } };
  }

  const live = await joinableSession({ store, clock, hasLesson: (slug) => context.lessons.has(slug) }, handshake.code);
  const check = await checkJoinCode(context.joinGuard, address, live?.id ?? null);
  if (check !== 'ok' || !live) return refuse(check === 'ok' ? 'unknown_code' : check);
  if (live.state.locked) return refuse('session_locked');
  const name = checkStudentName(handshake.name);
  // A device's own token once more: a retry whose first try got in meanwhile is that student.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const known = handshake.resumeToken ? await store.findParticipantByResumeToken(hashToken(handshake.resumeToken)) : null;
    if (known && known.sessionId === live.id) {
      if (known.removedAt !== null) return refuse('removed');
      return {
        ok: true,
        data: { role: 'student', participantId: known.id, sessionId: live.id },
        welcome: { participantId: known.id, name: known.name, resumeToken: handshake.resumeToken ?? '' },
      };
    }
    if (!name.ok) return name.problem === 'offensive' ? refuse('name_offensive') : refuse('name_invalid', { max: NAME_MAX_LENGTH });
    if (attempt === 0 && !(await mayAddStudent(context, address, live.id))) return refuse('too_many_joins');
    // A token from another lesson is no key to this one: the device joins as a new student with a new token.
    const resumeToken = handshake.resumeToken && !known ? handshake.resumeToken : newToken();
    const participant = await context.joins.write({
      id: randomUUID(),
      sessionId: live.id,
      name: name.name,
      nameKey: name.key,
      resumeTokenHash: hashToken(resumeToken),
    });
    if ('refused' in participant && participant.refused === 'name_taken') return refuse('name_taken');
    if ('refused' in participant) continue;
    return {
      ok: true,
      data: { role: 'student', participantId: participant.id, sessionId: live.id },
      welcome: { participantId: participant.id, name: participant.name, resumeToken },
    };
  }
  return refuse('server_error');
}

/**
 * A connect_error for a refusal: `data` carries the code and params the client words for its
 * reader; the error's own message is the bare code, never a sentence.
 */
export function handshakeError(refusal: Refusal<HandshakeErrorCode>): Error & { data: Refusal<HandshakeErrorCode> } {
  const data: Refusal<HandshakeErrorCode> = refusal.params ? { code: refusal.code, params: refusal.params } : { code: refusal.code };
  return Object.assign(new Error(refusal.code), { data });
}
