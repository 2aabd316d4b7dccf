import { createContext, useCallback, useContext, useState } from 'react';
import { sendCommand } from '../live/connection.ts';
import type { Refusal } from '../shared/protocol/errors.ts';
import { ackRefusal, type RunCommand } from './commands.ts';

const noConnection: RunCommand = () => Promise.resolve(false);

/** How the panel's controls send commands; provided by the island. */
export const CommandContext = createContext<RunCommand>(noConnection);

export const useRunCommand = (): RunCommand => useContext(CommandContext);

/**
 * Sends commands through the live client and keeps the last refusal, for the panel's alert
 * region. Each new command clears the previous one first, so the same refusal twice is
 * announced twice.
 */
export function useCommandRunner(): { run: RunCommand; error: Refusal<string> | null } {
  const [error, setError] = useState<Refusal<string> | null>(null);
  const run = useCallback<RunCommand>(async (name, payload) => {
    setError(null);
    const refusal = ackRefusal(await sendCommand(name, payload));
    if (refusal !== null) setError(refusal);
    return refusal === null;
  }, []);
  return { run, error };
}
