import { atom } from 'nanostores';
import { sendCommand } from '../live/connection.ts';
import type { CommandName, CommandPayload } from '../shared/protocol/commands.ts';
import type { Refusal } from '../shared/protocol/errors.ts';

const KEY = 'lesplatform:board-sound';

const stored = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(KEY) !== 'off';
  } catch {
    return true;
  }
};

/** Whether the board plays the timer's end signal; the teacher's choice is kept on the board's computer. */
export const $boardSound = atom<boolean>(typeof window === 'undefined' ? true : stored());

export function toggleBoardSound(): void {
  const on = !$boardSound.get();
  $boardSound.set(on);
  try {
    localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // A board without storage still switches for this lesson.
  }
}

/** The last refusal of a command given on the board (a code), shown in its toolbar until the next command. */
export const $boardNotice = atom<Refusal<string> | null>(null);

/** Sends a teacher command from the board; a refusal is shown on the board instead of vanishing. */
export async function boardCommand<Name extends CommandName>(name: Name, payload: CommandPayload<Name>): Promise<void> {
  $boardNotice.set(null);
  const ack = await sendCommand(name, payload);
  if (!ack.ok) $boardNotice.set(ack.error);
}
