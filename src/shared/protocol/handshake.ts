import { z } from 'zod';
import { PROTOCOL_VERSION } from './commands.ts';

/** What a client puts in `auth` when it connects. Teachers are known by their login cookie. */
export const handshakeSchema = z.union([
  z.object({ protocolVersion: z.literal(PROTOCOL_VERSION), role: z.literal('teacher'), sessionId: z.string().min(1).max(64) }).strict(),
  z.object({ protocolVersion: z.literal(PROTOCOL_VERSION), role: z.literal('student'), resumeToken: z.string().min(20).max(100) }).strict(),
  // A joining phone may bring the resume token it made itself: if the welcome gets lost on bad Wi-Fi,
  // the retry with the same token is the same student instead of a second one with a taken name.
  z
    .object({
      protocolVersion: z.literal(PROTOCOL_VERSION),
      role: z.literal('student'),
      code: z.string().min(1).max(20),
      name: z.string().max(100),
      resumeToken: z.string().regex(/^[A-Za-z0-9_-]{32,100}$/).optional(),
    })
    .strict(),
]);
export type Handshake = z.infer<typeof handshakeSchema>;

/** Connection errors a client can show; `data.code` on the socket.io connect_error. */
export const HANDSHAKE_ERRORS = {
  bad_handshake: 'De app is verouderd of de verbinding is onjuist; ververs de pagina.',
  not_logged_in: 'Log opnieuw in als docent.',
  not_your_session: 'Deze les is niet van jou.',
  session_not_found: 'Deze les bestaat niet (meer).',
  unknown_code: 'Deze code klopt niet. Kijk nog eens op het bord.',
  session_locked: 'De docent heeft de les op slot gezet; vraag de docent om je toe te laten.',
  session_ended: 'Deze les is afgelopen.',
  name_taken: 'Die naam is al gekozen in deze les; kies een andere.',
  name_invalid: 'Kies een naam van 1 tot 30 letters of cijfers.',
  name_offensive: 'Kies een andere naam.',
  removed: 'De docent heeft je uit de les gehaald.',
  resume_unknown: 'We kennen dit apparaat niet meer in deze les; doe opnieuw mee met de code.',
  too_many_attempts: 'Te veel pogingen; wacht een minuut en probeer het opnieuw.',
} as const;
export type HandshakeErrorCode = keyof typeof HANDSHAKE_ERRORS;
