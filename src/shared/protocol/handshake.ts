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
      resumeToken: z
        .string()
        .regex(/^[A-Za-z0-9_-]{32,100}$/)
        .optional(),
    })
    .strict(),
]);
export type Handshake = z.infer<typeof handshakeSchema>;

export type { HandshakeErrorCode } from './errors.ts';
