import type { MessageKey, Translate } from '../i18n/index.ts';
import { isLiveErrorCode, type ErrorParams, type LiveErrorCode } from '../shared/protocol/errors.ts';

/** The catalogue key of every refusal code: a code without a wording is a type error here. */
export const LIVE_ERROR_KEYS = {
  bad_handshake: 'liveError.bad_handshake',
  not_logged_in: 'liveError.not_logged_in',
  not_your_session: 'liveError.not_your_session',
  session_not_found: 'liveError.session_not_found',
  unknown_code: 'liveError.unknown_code',
  session_locked: 'liveError.session_locked',
  session_ended: 'liveError.session_ended',
  name_taken: 'liveError.name_taken',
  name_invalid: 'liveError.name_invalid',
  name_offensive: 'liveError.name_offensive',
  removed: 'liveError.removed',
  resume_unknown: 'liveError.resume_unknown',
  too_many_attempts: 'liveError.too_many_attempts',
  too_many_joins: 'liveError.too_many_joins',
  opened_elsewhere: 'liveError.opened_elsewhere',
  server_error: 'liveError.server_error',
  forbidden: 'liveError.forbidden',
  bad_payload: 'liveError.bad_payload',
  rate_limited: 'liveError.rate_limited',
  conflict: 'liveError.conflict',
  unknown_participant: 'liveError.unknown_participant',
  slide_out_of_range: 'liveError.slide_out_of_range',
  unknown_item: 'liveError.unknown_item',
  not_revealable: 'liveError.not_revealable',
  no_model: 'liveError.no_model',
  unknown_timer: 'liveError.unknown_timer',
  item_not_open: 'liveError.item_not_open',
  answer_revealed: 'liveError.answer_revealed',
  already_answered: 'liveError.already_answered',
  wrong_kind: 'liveError.wrong_kind',
  bad_choice: 'liveError.bad_choice',
  one_choice_only: 'liveError.one_choice_only',
  empty_answer: 'liveError.empty_answer',
  too_many_entries: 'liveError.too_many_entries',
  entry_too_long: 'liveError.entry_too_long',
  too_long: 'liveError.too_long',
  too_many_questions: 'liveError.too_many_questions',
  question_too_long: 'liveError.question_too_long',
  drawing_too_big: 'liveError.drawing_too_big',
  offline: 'liveError.offline',
  timeout: 'liveError.timeout',
  disconnected: 'liveError.disconnected',
  connect_failed: 'liveError.connect_failed',
  nobody_connected: 'liveError.nobody_connected',
} as const satisfies Record<LiveErrorCode, MessageKey>;

/** Wording for a code this client does not know (e.g. from a newer server). */
export const UNKNOWN_REFUSAL_KEY: MessageKey = 'liveError.unknown';

/** A refusal (from the server or the live client) worded for the reader, with its params filled in. */
export function refusalText(t: Translate, refusal: { code: string; params?: ErrorParams }): string {
  return t(isLiveErrorCode(refusal.code) ? LIVE_ERROR_KEYS[refusal.code] : UNKNOWN_REFUSAL_KEY, refusal.params);
}
