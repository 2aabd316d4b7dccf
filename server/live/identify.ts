import { randomUUID } from 'node:crypto';
import { checkStudentName, NAME_MAX_LENGTH } from '../../src/shared/names.ts';
import type { ErrorParams, HandshakeErrorCode, Refusal } from '../../src/shared/protocol/errors.ts';
import { handshakeSchema } from '../../src/shared/protocol/handshake.ts';
import type { SocketData } from '../../src/shared/protocol/events.ts';
import { normaliseJoinCode } from '../../src/shared/session/join-code.ts';
import { AUTH_COOKIE, readCookie } from '../auth/cookies.ts';
import { hashToken, newToken } from '../auth/tokens.ts';
import { clientAddress } from '../client-address.ts';
import type { LiveContext, LiveSocket } from './context.ts';

export type Identity =
  | { ok: true; data: SocketData; welcome?: { participantId: string; name: string; resumeToken: string } }
  | ({ ok: false } & Refusal<HandshakeErrorCode>);

const refuse = (code: HandshakeErrorCode, params?: ErrorParams): Identity => (params ? { ok: false, code, params } : { ok: false, code });

/** A lesson is joinable for a school day: a code on an old photo of the board leads nowhere. */
export const SESSION_JOINABLE_MS = 12 * 60 * 60 * 1000;

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

  if (handshake.role === 'teacher') {
    const token = readCookie(socket.request.headers.cookie, AUTH_COOKIE);
    const loginHash = token ? hashToken(token) : '';
    const login = token ? await store.findAuthSession(loginHash, clock()) : null;
    if (!login) return refuse('not_logged_in');
    const live = await store.findLiveSessionById(handshake.sessionId);
    if (!live || !context.lessons.has(live.lessonSlug)) return refuse('session_not_found');
    if (live.teacherId !== login.teacherId) return refuse('not_your_session');
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

  // Only wrong codes cost attempts, so a class behind one school address joins freely while guessing is slow.
  const address = clientAddress(socket.handshake.address, socket.handshake.headers['x-forwarded-for'], context.trustProxy);
  if (!(await context.joinLimiter.allows(address))) return refuse('too_many_attempts');
  const code = normaliseJoinCode(handshake.code);
  const live = code ? await store.findOpenLiveSessionByCode(code) : null;
  if (!live || live.state.ended || clock() - live.createdAt > SESSION_JOINABLE_MS || !context.lessons.has(live.lessonSlug)) {
    await context.joinLimiter.take(address);
    return refuse('unknown_code');
  }
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
