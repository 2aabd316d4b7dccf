import { createContext, useCallback, useContext, useState } from 'react';
import { sendCommand } from '../live/connection.ts';
import { failureMessage, type RunCommand } from './commands.ts';

const noConnection: RunCommand = () => Promise.resolve(false);

/** How the panel's controls send commands; provided by the island. */
export const CommandContext = createContext<RunCommand>(noConnection);

export const useRunCommand = (): RunCommand => useContext(CommandContext);

/**
 * Sends commands through the live client and keeps the message of the last refusal, for the
 * panel's alert region. Each new command clears the previous message first, so the same refusal
 * twice is announced twice.
 */
export function useCommandRunner(): { run: RunCommand; error: string } {
  const [error, setError] = useState('');
  const run = useCallback<RunCommand>(async (name, payload) => {
    setError('');
    const message = failureMessage(await sendCommand(name, payload));
    if (message !== null) setError(message);
    return message === null;
  }, []);
  return { run, error };
}
