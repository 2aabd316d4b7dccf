import { z } from 'zod';

import { widgets, type AnswerValue } from '../../widgets/index.ts';
import { CLIENT_ANSWER_ID_PATTERN } from './version.ts';

// In their own module, so that phones can use them without loading zod.
export { CLIENT_ANSWER_ID_PATTERN, PROTOCOL_VERSION } from './version.ts';

const widgetId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/);

/** Client-made answer id: a retry with the same id never counts twice. */
export const clientAnswerId = z.string().regex(CLIENT_ANSWER_ID_PATTERN);

/** An answer on the wire: the value schema of each answerable kind, told apart by `kind`. */
export const answerValueSchema = widgets.answerValue as z.ZodType<AnswerValue>;

/** Payloads of the commands clients send, by event name. Parsed on the server before anything else. */
export const commandSchemas = {
  // Students
  'answer:submit': z.object({ itemId: widgetId, clientAnswerId, value: answerValueSchema }).strict(),
  // Teacher
  'slide:goto': z.object({ index: z.number().int().min(1).max(500) }).strict(),
  'item:open': z.object({ id: widgetId, allowChanges: z.boolean().optional() }).strict(),
  'item:close': z.object({}).strict(),
  'results:show': z.object({ shown: z.boolean() }).strict(),
  'answer:reveal': z.object({ id: widgetId, revealed: z.boolean() }).strict(),
  'model:show': z.object({ id: widgetId, shown: z.boolean() }).strict(),
  'session:anonymous': z.object({ anonymous: z.boolean() }).strict(),
  'session:lock': z.object({ locked: z.boolean() }).strict(),
  'session:end': z.object({}).strict(),
  'session:lobby': z.object({ shown: z.boolean() }).strict(),
  'session:banner': z.object({ shown: z.boolean() }).strict(),
  'picker:pick': z.object({}).strict(),
  'picker:clear': z.object({}).strict(),
  'session:competition': z.object({ on: z.boolean(), speed: z.boolean() }).strict(),
  'leaderboard:show': z.object({ shown: z.boolean() }).strict(),
  'answer:hide': z.object({ answerId: z.string().min(1).max(64), hidden: z.boolean() }).strict(),
  'answer:highlight': z.object({ answerId: z.string().min(1).max(64), highlighted: z.boolean() }).strict(),
  // A question from the class (its id, as the results name it): answered or not. Hiding it is 'answer:hide' with its id.
  'question:answered': z.object({ questionId: z.string().min(1).max(64), answered: z.boolean() }).strict(),
  // Drawings: fetched by the screens that show them (never in every results push), and chosen for the board.
  'drawings:get': z.object({ itemId: widgetId, answerIds: z.array(z.string().min(1).max(64)).min(1).max(60) }).strict(),
  'drawing:show': z.object({ answerId: z.string().min(1).max(64), shown: z.boolean() }).strict(),
  'timer:start': z.object({ id: widgetId }).strict(),
  'timer:pause': z.object({ id: widgetId }).strict(),
  'timer:addMinute': z.object({ id: widgetId }).strict(),
  'timer:reset': z.object({ id: widgetId }).strict(),
  'participant:remove': z.object({ participantId: z.string().min(1).max(64) }).strict(),
  'participant:rename': z.object({ participantId: z.string().min(1).max(64), name: z.string().max(40) }).strict(),
  'participant:readmit': z.object({ participantId: z.string().min(1).max(64) }).strict(),
} as const;

export type CommandName = keyof typeof commandSchemas;
export type CommandPayload<Name extends CommandName> = z.infer<(typeof commandSchemas)[Name]>;

/** Commands only the session's teacher may send. */
export const TEACHER_COMMANDS = Object.keys(commandSchemas).filter((name) => name !== 'answer:submit') as CommandName[];
export const STUDENT_COMMANDS: CommandName[] = ['answer:submit'];
