const MAX_BATCH = 500;

/**
 * Group commit: writes that arrive while a batch is being stored wait for the next one, and each
 * batch is one call of `writeMany` (one transaction, one disk sync). `write` resolves with its own
 * outcome once its batch is durable, so an ack sent after it still means stored.
 */
export function createGroupCommit<Input, Outcome>(writeMany: (inputs: readonly Input[]) => Promise<Outcome[]>) {
  let queue: { input: Input; resolve: (outcome: Outcome) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;

  async function drain(): Promise<void> {
    writing = true;
    while (queue.length > 0) {
      const batch = queue.slice(0, MAX_BATCH);
      queue = queue.slice(MAX_BATCH);
      try {
        const outcomes = await writeMany(batch.map((entry) => entry.input));
        batch.forEach((entry, index) => entry.resolve(outcomes[index] as Outcome));
      } catch (error) {
        for (const entry of batch) entry.reject(error);
      }
    }
    writing = false;
  }

  return {
    write(input: Input): Promise<Outcome> {
      return new Promise((resolve, reject) => {
        queue.push({ input, resolve, reject });
        // The first write waits one turn of the event loop, so those already received join its batch.
        if (!writing && queue.length === 1) setImmediate(() => void drain());
      });
    },
  };
}
export type GroupCommit<Input, Outcome> = ReturnType<typeof createGroupCommit<Input, Outcome>>;
