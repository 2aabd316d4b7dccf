import { ANSWER_ERROR_CODES, SESSION_ERROR_CODES } from '../session/error-codes.ts';

/** Why a connection was refused; `data.code` of the socket.io connect_error. */
export const HANDSHAKE_ERROR_CODES = [
  'bad_handshake',
  'not_logged_in',
  'not_your_session',
  'session_not_found',
  'unknown_code',
  'session_locked',
  'session_ended',
  'name_taken',
  'name_invalid',
  'name_offensive',
  'removed',
  'resume_unknown',
  'too_many_attempts',
  'too_many_joins',
  'server_error',
] as const;
export type HandshakeErrorCode = (typeof HANDSHAKE_ERROR_CODES)[number];

/** Refusals of any command, besides the reducer's and the answer rules'. */
export const COMMAND_ERROR_CODES = [
  'forbidden',
  'bad_payload',
  'rate_limited',
  'server_error',
  'conflict',
  'not_logged_in',
  'session_not_found',
  'unknown_participant',
  'removed',
  'name_invalid',
  'name_taken',
  'nobody_connected',
] as const;

/** Why the server closed a connection it had let in (besides `removed`). */
export const CLOSE_CODES = ['opened_elsewhere'] as const;

/** Acks the browser makes itself when a command or connection could not reach the server. */
export const LOCAL_ERROR_CODES = ['offline', 'timeout', 'disconnected', 'connect_failed'] as const;

/** Every reason the live server (or the live client) can give; each has a wording in the catalogue. */
export const LIVE_ERROR_CODES = [
  ...new Set([...HANDSHAKE_ERROR_CODES, ...COMMAND_ERROR_CODES, ...SESSION_ERROR_CODES, ...ANSWER_ERROR_CODES, ...CLOSE_CODES, ...LOCAL_ERROR_CODES]),
];
export type LiveErrorCode =
  | HandshakeErrorCode
  | (typeof COMMAND_ERROR_CODES)[number]
  | (typeof SESSION_ERROR_CODES)[number]
  | (typeof ANSWER_ERROR_CODES)[number]
  | (typeof CLOSE_CODES)[number]
  | (typeof LOCAL_ERROR_CODES)[number];

/** Values a client fills into the wording of a refusal, e.g. `{ max: 30 }`. */
export type ErrorParams = Record<string, string | number>;

/** A refusal as it travels: a code for programs and the values to word it with; never a sentence. */
export interface Refusal<Code extends string = LiveErrorCode> {
  code: Code;
  params?: ErrorParams;
}

export const isLiveErrorCode = (value: unknown): value is LiveErrorCode =>
  typeof value === 'string' && (LIVE_ERROR_CODES as readonly string[]).includes(value);

/** The params of a refusal read from the network: only string and number values survive. */
export function readErrorParams(value: unknown): ErrorParams | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value).filter(
    (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}
