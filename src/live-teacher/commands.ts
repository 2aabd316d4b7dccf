import type { Ack } from '../shared/protocol/ack.ts';
import type { CommandName, CommandPayload } from '../shared/protocol/commands.ts';
import type { Refusal } from '../shared/protocol/errors.ts';

/** Sends one teacher command; resolves true when the server accepted it. */
export type RunCommand = <Name extends CommandName>(name: Name, payload: CommandPayload<Name>) => Promise<boolean>;

/** The refusal of an ack (the server's or the live client's own), to word for the reader; null when it succeeded. */
export const ackRefusal = (ack: Ack<unknown>): Refusal<string> | null => (ack.ok ? null : ack.error);
