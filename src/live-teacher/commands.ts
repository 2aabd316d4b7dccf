import type { Ack } from '../shared/protocol/ack.ts';
import type { CommandName, CommandPayload } from '../shared/protocol/commands.ts';

/** Sends one teacher command; resolves true when the server accepted it. */
export type RunCommand = <Name extends CommandName>(name: Name, payload: CommandPayload<Name>) => Promise<boolean>;

/** The text to show for an ack: the server's (or the live client's) own message when it failed, else null. */
export const failureMessage = (ack: Ack<unknown>): string | null => (ack.ok ? null : ack.error.message);
